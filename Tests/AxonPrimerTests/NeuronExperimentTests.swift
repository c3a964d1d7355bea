import AxonPrimer
import XCTest

final class NeuronExperimentTests: XCTestCase {
    func testTruthTables() {
        let result = NeuronExperiment().run()
        XCTAssertEqual(result.neurons.map(\.name), ["AND", "OR"])
        for neuron in result.neurons {
            for row in neuron.rows {
                let a = row.inputs[0] == 1, b = row.inputs[1] == 1
                let expected = neuron.name == "AND" ? (a && b) : (a || b)
                XCTAssertEqual(row.output, expected ? 1 : 0, "\(neuron.name) \(row.inputs)")
                XCTAssertEqual(row.weightedSum, zip(neuron.weights, row.inputs).map { $0 * $1 }.reduce(0, +))
            }
        }
    }
}
