import AxonPrimer
import Foundation
import XCTest

final class ForwardPropagationExperimentTests: XCTestCase {
    func testEveryNeuronsValueFollowsFromTheLayerBefore() {
        let result = ForwardPropagationExperiment().run(seed: 0)
        XCTAssertEqual(result.sizes, [2, 3, 2])
        XCTAssertEqual(result.layers.count, 2)
        var a = result.input
        for layer in result.layers {
            let z = zip(layer.parameters.weights, layer.parameters.biases).map { row, b in
                zip(row, a).map { $0 * $1 }.reduce(0, +) + b
            }
            assertClose(layer.preactivations, z, atol: exactTolerance)
            assertClose(layer.activations, z.map { 1 / (1 + exp(-$0)) }, atol: exactTolerance)
            a = layer.activations
        }
        XCTAssertEqual(result.output, a)
        let loss = zip(a, result.target).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(a.count)
        XCTAssertEqual(result.loss, loss, accuracy: exactTolerance)
    }

    func testSameSeedSameNetwork() {
        let experiment = ForwardPropagationExperiment()
        XCTAssertEqual(experiment.run(seed: 1), experiment.run(seed: 1))
        XCTAssertNotEqual(experiment.run(seed: 1).layers, experiment.run(seed: 2).layers)
    }
}
