import XCTest
@testable import AxonPlot

final class FigureTests: XCTestCase {
    private func panel(_ title: String, width: Double = 400, height: Double = 300) -> Plot {
        Plot(title: title, width: width, height: height, lines: [LineSeries(title, y: [3, 2, 1])])
    }

    func testPanelsSitSideBySideInOneDocument() {
        let figure = Figure(title: "Learning rates", caption: "Too small, right, too large.",
                            panels: [panel("small"), panel("right"), panel("large")])
        XCTAssertEqual(figure.width, 3 * 400 + 2 * 8)
        let inspection = assertValidSVG(figure.svg())
        XCTAssertEqual(inspection.all("svg").count, 1)
        for text in ["Learning rates", "Too small, right, too large.", "small", "right", "large"] {
            XCTAssertTrue(inspection.texts.contains(text), text)
        }
        // Each panel's plot box lies inside its own third of the figure.
        let boxes = inspection.all("rect").filter { $0.attributes["stroke"] == "#404040" && $0.attributes["fill"] == "none" }
        XCTAssertEqual(boxes.count, 3)
        for (index, box) in boxes.enumerated() {
            let left = box.number("x") ?? -1
            let right = left + (box.number("width") ?? 0)
            XCTAssertGreaterThanOrEqual(left, Double(index) * 408)
            XCTAssertLessThanOrEqual(right, Double(index) * 408 + 400)
        }
    }

    func testGridRowsAndColumnsTakeTheLargestPanel() {
        let figure = Figure(columns: 2, panels: [panel("a", width: 300, height: 200), panel("b", width: 500, height: 250),
                                                 panel("c", width: 400, height: 300)])
        XCTAssertEqual(figure.width, 400 + 500 + 8)
        XCTAssertEqual(figure.height, 250 + 300 + 8)
        assertValidSVG(figure.svg())
    }

    func testClipPathIdentifiersStayUniqueAcrossPanelsAndNestedFigures() {
        func regions() -> Plot {
            var plot = Plot(width: 300, height: 300)
            plot.regions = DecisionRegions(xRange: 0 ... 1, yRange: 0 ... 1, classes: [[0, 1], [1, 0]])
            return plot
        }
        let inner = Figure(panels: [regions(), regions()])
        let outer = Figure(columns: 1, panels: [inner, regions(), HeatMap(values: [[1, 2]])])
        let inspection = assertValidSVG(outer.svg())
        let identifiers = inspection.all("clipPath").compactMap { $0.attributes["id"] }
        XCTAssertEqual(identifiers.count, 3)
        XCTAssertEqual(Set(identifiers).count, 3)
        XCTAssertEqual(outer.svg(), outer.svg())
    }

    func testEmptyFigureIsValid() {
        assertValidSVG(Figure(title: "nothing", panels: []).svg())
    }
}
