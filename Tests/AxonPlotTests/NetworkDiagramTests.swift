import XCTest
@testable import AxonPlot

final class NetworkDiagramTests: XCTestCase {
    private let w1: [[Double]] = [[0.5, -1.2], [2.0, 0.3], [-0.7, 0.9]]
    private let w2: [[Double]] = [[1.5, -4.0, 0.4]]

    private func diagram() -> NetworkDiagram {
        NetworkDiagram(layers: [
            NetworkLayer(name: "input", count: 2, labels: ["x₁", "x₂"], notes: ["0.50", "−1.00"]),
            NetworkLayer(name: "hidden", count: 3, notes: ["b = 0.1"]),
            NetworkLayer(name: "output", count: 1, labels: ["ŷ"]),
        ], weights: [w1, w2], title: "Trained", showsWeightValues: true, showsParameterCounts: true, showsKey: false)
    }

    /// The edges: lines whose stroke is neither the grey of unweighted edges nor a frame's.
    private func edges(_ inspection: SVGInspection) -> [SVGElement] {
        inspection.all("line").filter { $0.attributes["stroke"] != Color.gray.hexString }
    }

    func testOneEdgePerWeightWithWidthProportionalToItsMagnitude() {
        let inspection = assertValidSVG(diagram().svg())
        let lines = edges(inspection)
        XCTAssertEqual(lines.count, 2 * 3 + 3 * 1)
        let widths = lines.compactMap { $0.number("stroke-width") }.sorted()
        let magnitudes = (Array(w1.joined()) + Array(w2.joined())).map(abs).sorted()
        for (width, magnitude) in zip(widths, magnitudes) {
            XCTAssertEqual(width, 0.5 + 5.5 * magnitude / 4, accuracy: 0.01)
        }
        XCTAssertEqual(widths.last, 6, "the largest |w| gets the maximum width")
        XCTAssertEqual(inspection.all("circle").count, 6)
    }

    func testEdgeColoursShowTheSignOnADivergingScale() {
        let positive = NetworkDiagram.edgeColor(weight: 2, largest: 4)
        let negative = NetworkDiagram.edgeColor(weight: -2, largest: 4)
        XCTAssertGreaterThan(positive.blue, positive.red)
        XCTAssertGreaterThan(negative.red, negative.blue)
        XCTAssertEqual(NetworkDiagram.edgeColor(weight: 4, largest: 4), ColorScale.redBlue.color(at: 1))
        XCTAssertEqual(NetworkDiagram.edgeColor(weight: -4, largest: 4), ColorScale.redBlue.color(at: 0))
        // The weakest edge is still clearly darker than the white background.
        XCTAssertLessThan(NetworkDiagram.edgeColor(weight: 1e-9, largest: 4).luminance, 0.8)
    }

    func testLabelsNotesWeightValuesAndParameterCountsAreWritten() {
        let texts = assertValidSVG(diagram().svg()).texts
        for text in ["x₁", "ŷ", "0.50", "b = 0.1", "\u{2212}4.00", "2.00", "input", "Trained"] {
            XCTAssertTrue(texts.contains(text), text)
        }
        XCTAssertTrue(texts.contains { $0.contains("2·3 + 3 = 9 parameters") })
        XCTAssertTrue(texts.contains { $0.contains("3·1 + 1 = 4 parameters") })
        XCTAssertEqual(NetworkLayer.parameterSummary(inputs: 784, outputs: 128), "784·128 + 128 = 100480 parameters")
    }

    func testWeightValuesTakeTheDecimalsAskedFor() {
        var small = diagram()
        small.weights = [w1.map { $0.map { $0 / 100 } }, w2.map { $0.map { $0 / 100 } }]
        XCTAssertTrue(assertValidSVG(small.svg()).texts.contains("0.02"), "two decimals by default")
        small.weightDecimals = 4
        let texts = assertValidSVG(small.svg()).texts
        for text in ["0.0200", "\u{2212}0.0400", "0.0050"] {
            XCTAssertTrue(texts.contains(text), text)
        }
    }

    func testLargeLayersAreElidedInTheMiddle() {
        let big = NetworkDiagram(layers: [NetworkLayer(name: "input", count: 784), NetworkLayer(name: "output", count: 10)],
                                 maximumNodesShown: 9)
        XCTAssertEqual(big.shownSlots(count: 784), [0, 1, 2, 3, nil, 780, 781, 782, 783])
        let inspection = assertValidSVG(big.svg())
        XCTAssertEqual(inspection.all("circle").count, 8 + 8, "784 inputs and 10 outputs each shown as 4 + ⋮ + 4")
        XCTAssertEqual(inspection.texts.filter { $0 == "⋮" }.count, 2)
        XCTAssertEqual(inspection.all("line").count, 8 * 8, "grey edges between the shown nodes")
    }

    func testMissingAndNonFiniteWeightsAndEmptyDiagramsStayValid() {
        let odd = NetworkDiagram(layers: [NetworkLayer(count: 2), NetworkLayer(count: 2), NetworkLayer(count: 0)],
                                 weights: [[[Double.nan, 1], [.infinity]]])
        let inspection = assertValidSVG(odd.svg())
        XCTAssertEqual(inspection.all("circle").count, 4)
        XCTAssertEqual(inspection.all("line").filter { $0.attributes["stroke-dasharray"] != nil }.count, 2, "NaN and ∞ dotted")
        assertValidSVG(NetworkDiagram(layers: []).svg())
        assertValidSVG(NetworkDiagram(layers: [NetworkLayer(name: "alone", count: 1)]).svg())
    }
}
