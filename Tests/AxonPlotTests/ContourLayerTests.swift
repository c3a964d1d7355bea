import XCTest
@testable import AxonPlot

final class ContourLayerTests: XCTestCase {
    func testLevelsAutomaticLogarithmicAndChosen() {
        let ramp = [[0.0, 50], [50, 100]]
        let automatic = ContourLayer(xRange: 0 ... 1, yRange: 0 ... 1, values: ramp, levels: .automatic(count: 10))
        XCTAssertEqual(automatic.levelValues(), [10, 20, 30, 40, 50, 60, 70, 80, 90])
        let wide = [[1.0, 100], [10, 10_000]]
        let logarithmic = ContourLayer(xRange: 0 ... 1, yRange: 0 ... 1, values: wide, levels: .logarithmic(count: 3))
        let levels = logarithmic.levelValues()
        XCTAssertEqual(levels.count, 3)
        for (level, expected) in zip(levels, [10.0, 100, 1000]) { XCTAssertEqual(level, expected, accuracy: expected * 1e-12) }
        let chosen = ContourLayer(xRange: 0 ... 1, yRange: 0 ... 1, values: ramp, levels: .values([3, .nan, 1]))
        XCTAssertEqual(chosen.levelValues(), [1, 3])
        let flat = ContourLayer(xRange: 0 ... 1, yRange: 0 ... 1, values: [[2, 2], [2, 2]])
        XCTAssertEqual(flat.levelValues(), [])
    }

    func testContourPlotWithPathIsValidFilledOrNot() {
        for filled in [false, true] {
            var plot = Plot(title: "Descent", xLabel: "w₁", yLabel: "w₂", equalAspect: true)
            plot.contours = ContourLayer(xRange: -3 ... 3, yRange: -2 ... 2, resolution: 31, levels: .logarithmic(count: 8),
                                         filled: filled) { x, y in x * x + 10 * y * y }
            plot.lines = [LineSeries("η = 0.08", x: [-2.8, -2.4, 1e200, .nan], y: [1.5, -0.9, 0, 0], marker: .circle)]
            let first = plot.svg()
            XCTAssertEqual(first, plot.svg())
            let inspection = assertValidSVG(first)
            XCTAssertTrue(inspection.texts.contains("η = 0.08"))
            XCTAssertGreaterThan(inspection.all("polyline").count, 8, "at least one line per level")
            XCTAssertEqual(inspection.all("clipPath").count, 1)
        }
    }
}
