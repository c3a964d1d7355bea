import XCTest
@testable import AxonPlot

final class PlotTests: XCTestCase {
    /// The plot box: the frame drawn around the plotting area.
    private func box(_ inspection: SVGInspection) -> CanvasRect? {
        guard let frame = inspection.all("rect").last(where: { $0.attributes["fill"] == "none" && $0.attributes["stroke"] == "#404040" }),
              let x = frame.number("x"), let y = frame.number("y"), let width = frame.number("width"),
              let height = frame.number("height") else { return nil }
        return CanvasRect(x: x, y: y, width: width, height: height)
    }

    private func richPlot() -> Plot {
        var plot = Plot(title: "Loss & accuracy <per epoch>", xLabel: "epoch", yLabel: "loss", caption: "Two runs.")
        plot.lines = [LineSeries("SGD", y: [2.3, 1.2, 0.8, 0.5], firstX: 1),
                      LineSeries("Adam", y: [2.3, 0.6, 0.3, 0.2], firstX: 1, marker: .square)]
        plot.scatter = [ScatterSeries("checkpoints", x: [2, 4], y: [1.2, 0.5])]
        plot.straightLines = [StraightLine(slope: -0.5, intercept: 2.5, label: "trend")]
        plot.referenceLines = [ReferenceLine(y: 0.4, label: "target")]
        plot.annotations = [Annotation(x: 4, y: 0.2, text: "best")]
        return plot
    }

    func testSameInputsGiveIdenticalBytes() {
        let first = richPlot().svg()
        XCTAssertEqual(first, richPlot().svg())
        let inspection = assertValidSVG(first)
        XCTAssertTrue(inspection.texts.contains("Loss & accuracy <per epoch>"))
    }

    func testLegendNamesEveryNamedSeriesAndNothingElse() {
        var plot = richPlot()
        plot.lines.append(LineSeries(nil, y: [1, 1, 1, 1]))
        let texts = assertValidSVG(plot.svg()).texts
        for name in ["SGD", "Adam", "checkpoints", "trend"] {
            XCTAssertEqual(texts.filter { $0 == name }.count, 1, name)
        }
        plot.legend = .hidden
        XCTAssertFalse(assertValidSVG(plot.svg()).texts.contains("SGD"))
    }

    func testADataPointLandsAtItsPixel() {
        let plot = Plot(xRange: 0 ... 10, yRange: 0 ... 100, scatter: [ScatterSeries(x: [2.5], y: [75], marker: .circle)])
        let inspection = assertValidSVG(plot.svg())
        guard let frame = box(inspection), let dot = inspection.all("circle").first else { return XCTFail("no box or marker") }
        XCTAssertEqual(dot.number("cx") ?? 0, frame.x + 0.25 * frame.width, accuracy: 0.01)
        XCTAssertEqual(dot.number("cy") ?? 0, frame.maxY - 0.75 * frame.height, accuracy: 0.01)
    }

    func testLogarithmicAxisSpacesDecadesEqually() {
        let plot = Plot(yScale: .logarithmic, lines: [LineSeries(x: [0, 1, 2, 3], y: [1, 10, 100, 1000], marker: .circle)])
        let inspection = assertValidSVG(plot.svg())
        let heights = inspection.all("circle").compactMap { $0.number("cy") }
        XCTAssertEqual(heights.count, 4)
        let steps = zip(heights, heights.dropFirst()).map { $0.0 - $0.1 }
        for step in steps { XCTAssertEqual(step, steps[0], accuracy: 0.02) }
        XCTAssertTrue(inspection.texts.contains("100"))
        XCTAssertTrue(inspection.texts.contains("1000"))
    }

    func testBadValuesBreakLinesAndEverythingStaysInsideTheBox() {
        let y: [Double] = [1, 2, .nan, 3, 4, .infinity, 5, -1, 6, 7, 1e300, 8]
        let plot = Plot(yScale: .logarithmic, yRange: 0.5 ... 10, legend: .hidden,
                        lines: [LineSeries("run", y: y, marker: .circle)])
        let inspection = assertValidSVG(plot.svg())
        guard let frame = box(inspection) else { return XCTFail("no box") }
        let lines = inspection.all("polyline")
        // Pieces: 1–2, 3–4, (5 alone, between inf and -1), 6–7 up to the top
        // edge, and back down from the top edge to 8.
        XCTAssertEqual(lines.count, 4)
        for point in lines.flatMap(\.points) {
            XCTAssertTrue(frame.contains(CanvasPoint(x: point.x, y: point.y), tolerance: 0.011), "\(point) outside \(frame)")
        }
        XCTAssertEqual(lines[2].points.last?.y ?? 0, frame.y, accuracy: 0.01, "the diverging run stops at the top edge")
        XCTAssertEqual(lines[3].points.first?.y ?? 0, frame.y, accuracy: 0.01)
        // One marker per drawable point inside the range: 1, 2, 3, 4, 5, 6, 7, 8.
        XCTAssertEqual(inspection.all("circle").count, 8)
    }

    func testDegenerateInputsStillGiveCompleteCharts() {
        let cases: [Plot] = [
            Plot(),
            Plot(title: "empty series", lines: [LineSeries("nothing", x: [], y: [])]),
            Plot(lines: [LineSeries("one point", x: [3], y: [3])]),
            Plot(lines: [LineSeries("flat", y: [2, 2, 2, 2])]),
            Plot(lines: [LineSeries("all bad", y: [.nan, .infinity, -.infinity])]),
            Plot(xScale: .logarithmic, yScale: .logarithmic, lines: [LineSeries("negative", x: [-1, -2], y: [-3, 0])]),
            Plot(xRange: 5 ... 5, yRange: -1 ... 1, scatter: [ScatterSeries(x: [5], y: [0])]),
            Plot(yScale: .logarithmic, yRange: -1 ... 10, lines: [LineSeries(y: [1, 2])]),
            Plot(width: 40, height: 30, lines: [LineSeries("tiny", y: [1, 2])]),
        ]
        for plot in cases {
            let inspection = assertValidSVG(plot.svg())
            XCTAssertNotNil(box(inspection))
            XCTAssertFalse(inspection.all("text").isEmpty, "ticks are labelled")
        }
        let lone = assertValidSVG(cases[2].svg())
        XCTAssertEqual(lone.all("circle").count, 1, "a lone point is drawn as a dot")
    }

    func testStraightLineIsCutAtTheBoxCorners() {
        var plot = Plot(xRange: -1 ... 1, yRange: -1 ... 1)
        plot.straightLines = [StraightLine(a: 1, b: -1, c: 0, label: "y = x"), StraightLine(a: 0, b: 0, c: 1)]
        let inspection = assertValidSVG(plot.svg())
        guard let frame = box(inspection) else { return XCTFail("no box") }
        let line = inspection.all("polyline")[0].points
        XCTAssertEqual(line.count, 2)
        XCTAssertEqual(line[0].x, frame.x, accuracy: 0.01)
        XCTAssertEqual(line[0].y, frame.maxY, accuracy: 0.01)
        XCTAssertEqual(line[1].x, frame.maxX, accuracy: 0.01)
        XCTAssertEqual(line[1].y, frame.y, accuracy: 0.01)
        XCTAssertEqual(inspection.all("polyline").count, 1, "0·x + 0·y + 1 = 0 draws nothing")
        XCTAssertTrue(inspection.texts.contains("y = x"))
    }

    func testAnnotationAtInfinitySitsOnTheEdgeAndReferenceLinesAreLabelled() {
        var plot = Plot(xRange: 0 ... 10, yRange: 0 ... 10)
        plot.annotations = [Annotation(x: 7, y: .infinity, text: "diverged"), Annotation(x: .nan, y: 1, text: "dropped")]
        plot.referenceLines = [ReferenceLine(x: 7, label: "step 7"), ReferenceLine(x: 20, label: "outside")]
        let inspection = assertValidSVG(plot.svg())
        guard let frame = box(inspection), let marker = inspection.all("circle").first else { return XCTFail("no box or marker") }
        XCTAssertEqual(marker.number("cy") ?? 0, frame.y, accuracy: 0.01)
        XCTAssertEqual(marker.number("cx") ?? 0, frame.x + 0.7 * frame.width, accuracy: 0.01)
        XCTAssertTrue(inspection.texts.contains("diverged"))
        XCTAssertTrue(inspection.texts.contains("step 7"))
        XCTAssertFalse(inspection.texts.contains("dropped"))
        XCTAssertFalse(inspection.texts.contains("outside"))
    }

    func testAutomaticLegendTakesAnEmptyCorner() {
        // Data fills the top right; the legend must go elsewhere.
        let xs = stride(from: 6.0, through: 10, by: 0.25).map { $0 }
        let plot = Plot(xRange: 0 ... 10, yRange: 0 ... 10,
                        scatter: [ScatterSeries("crowd", x: xs, y: xs.map { _ in 9.5 }), ScatterSeries("more", x: xs, y: xs.map { _ in 8.5 })])
        let inspection = assertValidSVG(plot.svg())
        guard let frame = box(inspection),
              let legend = inspection.all("rect").first(where: { $0.attributes["fill-opacity"] == "0.88" }) else {
            return XCTFail("no legend")
        }
        XCTAssertLessThan(legend.number("x") ?? .infinity, frame.center.x, "the legend is on the left")
        XCTAssertLessThan(legend.number("y") ?? .infinity, frame.center.y, "and at the top")
    }

    func testLongCurvesAreSimplifiedButKeepTheirEnds() {
        let x = (0 ..< 20_000).map { Double($0) / 1000 }
        let plot = Plot(legend: .hidden, lines: [LineSeries(x: x, y: x.map { sin($0) })])
        let inspection = assertValidSVG(plot.svg())
        let lines = inspection.all("polyline")
        XCTAssertEqual(lines.count, 1)
        let points = lines[0].points
        XCTAssertLessThan(points.count, 1_000)
        guard let frame = box(inspection) else { return XCTFail("no box") }
        // The curve starts at (0, 0) and ends at (19.999, sin 19.999), both inside the plot.
        let y = AxisMapping(scale: .linear, lower: -1, upper: 1, start: frame.maxY, end: frame.y)
        XCTAssertEqual(points.first?.y ?? 0, y.coordinate(0) ?? 0, accuracy: 0.01)
        XCTAssertEqual(points.last?.y ?? 0, y.coordinate(sin(19.999)) ?? 0, accuracy: 0.01)
    }

    func testOutsideLegendSitsRightOfANarrowerBox() {
        var plot = Plot(legend: .outsideRight, lines: [LineSeries("a rather long series name", y: [1, 2, 3])])
        let outside = assertValidSVG(plot.svg())
        plot.legend = .topLeft
        let inside = assertValidSVG(plot.svg())
        guard let narrow = box(outside), let wide = box(inside),
              let legend = outside.all("rect").first(where: { $0.attributes["fill-opacity"] == "0.88" }) else {
            return XCTFail("no box or legend")
        }
        XCTAssertLessThan(narrow.width, wide.width - 100)
        XCTAssertGreaterThan(legend.number("x") ?? 0, narrow.maxX)
        XCTAssertLessThanOrEqual((legend.number("x") ?? 0) + (legend.number("width") ?? 0), plot.width)
    }

    func testEqualAspectMakesUnitsTheSameLengthOnBothAxes() {
        let plot = Plot(xRange: 0 ... 4, yRange: 0 ... 1, equalAspect: true)
        guard let frame = box(assertValidSVG(plot.svg())) else { return XCTFail("no box") }
        XCTAssertEqual(frame.width / 4, frame.height / 1, accuracy: 0.05)
    }
}
