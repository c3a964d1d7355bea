import XCTest
@testable import AxonPlot

final class SVGCanvasTests: XCTestCase {
    func testDocumentHasSizeViewBoxFontStackAndBackground() {
        let canvas = SVGCanvas(width: 320, height: 200)
        let inspection = assertValidSVG(canvas.svg())
        let root = inspection.elements[0]
        XCTAssertEqual(root.attributes["viewBox"], "0 0 320 200")
        XCTAssertEqual(root.attributes["width"], "320")
        XCTAssertEqual(root.attributes["font-family"], "DejaVu Sans, Helvetica, Arial, sans-serif")
        XCTAssertEqual(inspection.all("rect").first?.attributes["fill"], "#ffffff")
        XCTAssertTrue(SVGCanvas(width: 10, height: 10, background: nil).svg().contains("<rect") == false)
    }

    func testPolylineBreaksAtNonFinitePointsAndDropsLonePoints() {
        var canvas = SVGCanvas(width: 100, height: 100)
        let points = [CanvasPoint(x: 0, y: 0), CanvasPoint(x: 10, y: 10), CanvasPoint(x: .nan, y: 5),
                      CanvasPoint(x: 20, y: 20), CanvasPoint(x: 30, y: .infinity), CanvasPoint(x: 40, y: 40),
                      CanvasPoint(x: 50, y: 50)]
        canvas.polyline(points, stroke: Stroke())
        let lines = assertValidSVG(canvas.svg()).all("polyline")
        XCTAssertEqual(lines.map(\.attributes["points"]), ["0,0 10,10", "40,40 50,50"])
    }

    func testTextIsEscapedAndMultiLineTextUsesTspans() {
        var canvas = SVGCanvas(width: 100, height: 100)
        canvas.title = "a <title> & more"
        canvas.text("x < y & \"z\"", at: CanvasPoint(x: 5, y: 5))
        canvas.text("first\nsecond", at: CanvasPoint(x: 5, y: 50), style: TextStyle(anchor: .middle, baseline: .middle))
        let svg = canvas.svg()
        XCTAssertTrue(svg.contains("x &lt; y &amp; &quot;z&quot;"))
        let inspection = assertValidSVG(svg)
        XCTAssertEqual(inspection.all("title").first?.text, "a <title> & more")
        XCTAssertEqual(inspection.texts, ["x < y & \"z\"", "firstsecond"])
        XCTAssertEqual(inspection.all("tspan").count, 2)
        // A two-line block centred on y = 50: first baseline half a line above the centre line.
        let first = inspection.all("text")[1]
        XCTAssertEqual(first.number("y") ?? 0, 50 + 0.35 * 13 - 1.25 * 13 / 2, accuracy: 0.01)
        XCTAssertEqual(first.attributes["text-anchor"], "middle")
    }

    func testGroupsGetNumberedClipPathsInDrawingOrder() {
        var canvas = SVGCanvas(width: 100, height: 100)
        canvas.group(clippedTo: CanvasRect(x: 0, y: 0, width: 50, height: 50)) { canvas in
            canvas.circle(center: CanvasPoint(x: 25, y: 25), radius: 40, fill: .blue)
        }
        canvas.group(clippedTo: CanvasRect(x: 50, y: 50, width: 50, height: 50), opacity: 0.5) { canvas in
            canvas.rect(CanvasRect(x: 0, y: 0, width: 100, height: 100), fill: .orange)
        }
        let inspection = assertValidSVG(canvas.svg())
        XCTAssertEqual(inspection.all("clipPath").map(\.attributes["id"]), ["clip1", "clip2"])
        XCTAssertEqual(inspection.all("g").map(\.attributes["clip-path"]), ["url(#clip1)", "url(#clip2)"])
        XCTAssertEqual(inspection.all("g")[1].attributes["opacity"], "0.5")
    }

    func testIdentifierPrefixKeepsInlinedDrawingsApart() {
        var plot = Plot(xRange: 0 ... 1, yRange: 0 ... 1)
        plot.contours = ContourLayer(xRange: 0 ... 1, yRange: 0 ... 1, resolution: 5) { x, y in x + y }
        let inspection = assertValidSVG(plot.canvas(identifierPrefix: "figure3-clip").svg())
        XCTAssertEqual(inspection.all("clipPath").map(\.attributes["id"]), ["figure3-clip1"])
        XCTAssertEqual(inspection.all("g").compactMap(\.attributes["clip-path"]), ["url(#figure3-clip1)"])
        XCTAssertEqual(plot.canvas().svg(), plot.svg(), "the default prefix is clip")
        XCTAssertTrue(plot.svg().contains("id=\"clip1\""))
    }

    func testMarkersAreDistinctShapes() {
        var canvas = SVGCanvas(width: 200, height: 40)
        for (index, shape) in MarkerShape.allCases.enumerated() {
            canvas.marker(shape, at: CanvasPoint(x: 20 + Double(index) * 20, y: 20), size: 10, fill: Palette.color(index))
        }
        let inspection = assertValidSVG(canvas.svg())
        XCTAssertEqual(inspection.all("circle").count, 1)
        let vertexCounts = inspection.all("polygon").map(\.points.count)
        // triangle, square, diamond, triangle down, cross, plus, star
        XCTAssertEqual(vertexCounts, [3, 4, 4, 3, 12, 12, 10])
    }

    func testArrowEndsAtItsTipWithAFilledHead() {
        var canvas = SVGCanvas(width: 100, height: 100)
        canvas.arrow(from: CanvasPoint(x: 10, y: 50), to: CanvasPoint(x: 90, y: 50), stroke: Stroke(width: 2))
        let inspection = assertValidSVG(canvas.svg())
        let head = inspection.all("polygon")[0].points
        XCTAssertEqual(head[0].x, 90)
        XCTAssertEqual(head[1].x, 82)
        XCTAssertEqual(inspection.all("line")[0].number("x2") ?? 0, 90 - 8 * 0.8, accuracy: 0.01)
    }

    func testPathSkipsNonFinitePointsAndRestartsThere() {
        var path = CanvasPath()
        path.move(to: CanvasPoint(x: 0, y: 0))
        path.line(to: CanvasPoint(x: 10, y: 0))
        path.line(to: CanvasPoint(x: .nan, y: 0))
        path.line(to: CanvasPoint(x: 20, y: 5))
        path.quadraticCurve(to: CanvasPoint(x: 30, y: 5), control: CanvasPoint(x: 25, y: 0))
        path.close()
        XCTAssertEqual(path.data, "M0,0 L10,0 M20,5 Q25,0 30,5 Z")
    }

    func testSameDrawingGivesSameBytes() {
        func draw() -> String {
            var canvas = SVGCanvas(width: 120, height: 80)
            canvas.line(from: CanvasPoint(x: 1.234, y: 2), to: CanvasPoint(x: 100.005, y: 70), stroke: Stroke(dash: .dashDot))
            canvas.text("θ = 0.1", at: CanvasPoint(x: 3, y: 4), style: TextStyle(rotation: -90, halo: .white))
            return canvas.svg()
        }
        XCTAssertEqual(draw(), draw())
        assertValidSVG(draw())
    }
}
