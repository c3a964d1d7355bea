import AxonPrimer
import XCTest

final class BackpropagationExperimentTests: XCTestCase {
    func testGradientsMatchFiniteDifferences() {
        for seed: UInt64 in 0 ..< 3 {
            let result = BackpropagationExperiment().run(seed: seed)
            XCTAssertEqual(result.layers.count, 2)
            for (index, layer) in result.layers.enumerated() {
                XCTAssertLessThan(layer.maximumDifference, finiteDifferenceTolerance, "layer \(index + 1), seed \(seed)")
                XCTAssertEqual(layer.activationGradient.count, result.sizes[index + 1])
                XCTAssertEqual(layer.weightGradient.count, result.sizes[index + 1])
                XCTAssertEqual(layer.weightGradientNumeric.count, result.sizes[index + 1])
                XCTAssertEqual(layer.biasGradientNumeric.count, result.sizes[index + 1])
            }
        }
    }

    func testGradientsFollowTheChainRule() {
        let forward = ForwardPropagationExperiment().run(seed: 0)
        let result = BackpropagationExperiment().run(seed: 0)
        XCTAssertEqual(result.loss, forward.loss)
        // The output's gradient: ∂L/∂a = 2(a − y)/n for the mean squared error.
        let output = forward.output
        let expected = zip(output, result.target).map { 2 * ($0 - $1) / Double(output.count) }
        assertClose(result.layers[1].activationGradient, expected, atol: exactTolerance)
        for (index, layer) in result.layers.enumerated() {
            let a = forward.layers[index].activations
            // ∂L/∂z = ∂L/∂a · σ′(z), σ′(z) = a(1 − a).
            let dz = zip(layer.activationGradient, a).map { $0 * $1 * (1 - $1) }
            assertClose(layer.preactivationGradient, dz, atol: exactTolerance)
            // ∂L/∂b = ∂L/∂z and ∂L/∂W = ∂L/∂z · (previous a)ᵀ.
            XCTAssertEqual(layer.biasGradient, layer.preactivationGradient)
            let previous = index == 0 ? forward.input : forward.layers[index - 1].activations
            for (row, gradient) in layer.weightGradient.enumerated() {
                assertClose(gradient, previous.map { $0 * dz[row] }, atol: exactTolerance)
            }
            // ∂L/∂a of the layer before = Wᵀ · ∂L/∂z.
            if index > 0 {
                let weights = forward.layers[index].parameters.weights
                let back = previous.indices.map { i in zip(weights, dz).map { $0[i] * $1 }.reduce(0, +) }
                assertClose(result.layers[index - 1].activationGradient, back, atol: exactTolerance)
            }
        }
    }

    func testSameSeedSameGradients() {
        XCTAssertEqual(BackpropagationExperiment().run(seed: 4), BackpropagationExperiment().run(seed: 4))
    }
}
