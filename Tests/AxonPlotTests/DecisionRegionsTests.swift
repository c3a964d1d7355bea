import XCTest
@testable import AxonPlot

final class DecisionRegionsTests: XCTestCase {
    func testEveryCellKeepsItsClassColourAfterMerging() {
        // A diagonal boundary over an 8 × 8 grid, with a blank (-1) cell.
        let size = 8
        var classes: [[Int]] = []
        for row in 0 ..< size {
            classes.append((0 ..< size).map { column in column > row ? 1 : (column == row ? 2 : 0) })
        }
        classes[0][size - 1] = -1
        var plot = Plot(xRange: 0 ... 8, yRange: 0 ... 8, showsGrid: false)
        plot.regions = DecisionRegions(xRange: 0 ... 8, yRange: 0 ... 8, classes: classes)
        let inspection = assertValidSVG(plot.svg())
        let fills = Dictionary(uniqueKeysWithValues: (0 ... 2).map {
            (Color.white.mixed(with: Palette.color($0), fraction: 0.3).hexString, $0)
        })
        let cells = inspection.all("rect").filter { fills[$0.attributes["fill"] ?? ""] != nil }
        XCTAssertLessThan(cells.count, size * size / 2, "runs, not cells")
        guard let frame = inspection.all("rect").last(where: { $0.attributes["stroke"] == "#404040" }),
              let left = frame.number("x"), let bottom = frame.number("y").map({ $0 + (frame.number("height") ?? 0) }),
              let width = frame.number("width"), let height = frame.number("height") else { return XCTFail("no box") }
        let cellWidth = width / Double(size)
        let cellHeight = height / Double(size)
        for row in 0 ..< size {
            for column in 0 ..< size {
                let x = left + (Double(column) + 0.5) * cellWidth
                let y = bottom - (Double(row) + 0.5) * cellHeight
                let covering = cells.filter { rect in
                    guard let rx = rect.number("x"), let ry = rect.number("y"),
                          let rw = rect.number("width"), let rh = rect.number("height") else { return false }
                    return x > rx && x < rx + rw && y > ry && y < ry + rh
                }
                let expected = classes[row][column]
                if expected < 0 {
                    XCTAssertTrue(covering.isEmpty, "blank cell (\(row), \(column))")
                } else {
                    XCTAssertEqual(covering.count, 1, "cell (\(row), \(column))")
                    XCTAssertEqual(covering.first.flatMap { fills[$0.attributes["fill"] ?? ""] }, expected, "cell (\(row), \(column))")
                }
            }
        }
    }

    func testProbabilitiesRunFromClassZeroThroughWhiteToClassOne() {
        let regions = DecisionRegions(xRange: 0 ... 1, yRange: 0 ... 1, probabilities: [[0, 0.5, 1, .nan]])
        let colors = regions.cellColors()[0]
        XCTAssertEqual(colors[0], Color.white.mixed(with: Palette.color(0), fraction: 0.3))
        XCTAssertEqual(colors[1], .white)
        XCTAssertEqual(colors[2], Color.white.mixed(with: Palette.color(1), fraction: 0.3))
        XCTAssertNil(colors[3])
    }

    func testScatterClassesMatchRegionColoursAndShapes() {
        let series = ScatterSeries.classes(x: [0, 1, 2, 3], y: [0, 1, 2, 3], labels: [1, 0, 1, 3], names: ["zero", "one"])
        XCTAssertEqual(series.map(\.name), ["zero", "one", "class 3"])
        XCTAssertEqual(series.map(\.x), [[1], [0, 2], [3]])
        XCTAssertEqual(series.map(\.color), [Palette.color(0), Palette.color(1), Palette.color(3)])
        XCTAssertEqual(series.map(\.marker), [.circle, .triangle, .diamond])
    }

    func testRegionsFigureWithPointsIsValidAndDeterministic() {
        func panel(_ title: String) -> Plot {
            var plot = Plot(title: title, width: 360, height: 360, legend: .hidden)
            plot.regions = DecisionRegions(xRange: -1 ... 1, yRange: -1 ... 1, probabilities: [[0.1, 0.9], [0.9, 0.1]])
            plot.scatter = ScatterSeries.classes(x: [-0.5, 0.5], y: [-0.5, 0.5], labels: [0, 1])
            return plot
        }
        let figure = Figure(title: "XOR", panels: [panel("a: 100%"), panel("b: 75%"), panel("c: 50%")])
        XCTAssertEqual(figure.svg(), figure.svg())
        let inspection = assertValidSVG(figure.svg())
        XCTAssertTrue(["a: 100%", "b: 75%", "c: 50%", "XOR"].allSatisfy(inspection.texts.contains))
    }
}
