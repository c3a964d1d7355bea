import XCTest
@testable import AxonPlot

final class HeatMapTests: XCTestCase {
    func testConfusionMatrixShowsEveryCountAndItsLabels() {
        let counts = [[50, 2, 0], [3, 45, 7], [0, 0, 41]]
        let map = HeatMap.confusionMatrix(counts, labels: ["cat", "dog", "bird"], title: "Confusion")
        let inspection = assertValidSVG(map.svg())
        let texts = inspection.texts
        let cellTexts = texts.filter { Int($0) != nil }
        // The nine counts, then the colour bar's tick labels.
        XCTAssertEqual(Array(cellTexts.prefix(9)), ["50", "2", "0", "3", "45", "7", "0", "0", "41"])
        XCTAssertEqual(texts.filter { $0 == "cat" }.count, 2, "row and column")
        for text in ["predicted", "true", "Confusion"] { XCTAssertTrue(texts.contains(text), text) }
    }

    func testCellColoursFollowTheScaleAndTextStaysReadable() {
        let map = HeatMap(values: [[0, 10], [5, 10]], showsColorBar: false)
        let range = (lower: 0.0, upper: 10.0)
        XCTAssertEqual(map.color(of: 0, range: range), ColorScale.blues.color(at: 0))
        XCTAssertEqual(map.color(of: 10, range: range), ColorScale.blues.color(at: 1))
        XCTAssertEqual(map.color(of: .nan, range: range), .lightGray)
        let inspection = assertValidSVG(map.svg())
        let fills = Set(inspection.all("rect").compactMap { $0.attributes["fill"] })
        XCTAssertTrue(fills.isSuperset(of: [0.0, 0.5, 1].map { ColorScale.blues.color(at: $0).hexString }))
        // The two 10s share a column and merge into one rectangle: 3 fills, 1 background, 1 frame.
        XCTAssertEqual(inspection.all("rect").count, 5)
        let dark = inspection.all("text").first { $0.text == "10" }
        let light = inspection.all("text").first { $0.text == "0" }
        XCTAssertEqual(dark?.attributes["fill"], "#ffffff")
        XCTAssertEqual(light?.attributes["fill"], "#000000")
    }

    func testHundredClassesThinTheLabelsAndLeaveOutCellText() {
        let counts = (0 ..< 100).map { row in (0 ..< 100).map { $0 == row ? 517 : ($0 * row) % 37 == 0 ? 3 : 0 } }
        let inspection = assertValidSVG(HeatMap.confusionMatrix(counts).svg())
        let labels = inspection.texts.filter { Int($0) != nil }
        XCTAssertLessThan(labels.count, 200, "not every row and column is labelled")
        XCTAssertGreaterThan(labels.count, 40)
        XCTAssertFalse(labels.contains("517"), "cells are too small for text")
        XCTAssertLessThan(inspection.all("rect").count, 100 * 100 / 4, "runs of equal colour are merged")
    }

    func testNonFiniteRaggedAndEmptyMatricesStayValid() {
        let odd = HeatMap(values: [[1.5, .nan], [.infinity], [-2, 0.25]], rowLabels: ["a", "b"], columnLabels: ["x", "y", "z"])
        let inspection = assertValidSVG(odd.svg())
        XCTAssertTrue(inspection.texts.contains("1.50"))
        XCTAssertTrue(inspection.texts.contains("\u{2212}2.00"))
        XCTAssertTrue(inspection.all("rect").contains { $0.attributes["fill"] == Color.lightGray.hexString })
        assertValidSVG(HeatMap(values: []).svg())
        assertValidSVG(HeatMap(values: [[7]]).svg())
        assertValidSVG(HeatMap(values: [[3, 3], [3, 3]], range: 5 ... 5).svg())
    }

    func testLongLabelsAreShortened() {
        let name = "a very long class name indeed"
        let inspection = assertValidSVG(HeatMap(values: [[1]], rowLabels: [name], columnLabels: ["<x&y>"]).svg())
        XCTAssertTrue(inspection.texts.contains("a very long class…"))
        XCTAssertTrue(inspection.texts.contains("<x&y>"))
    }
}
