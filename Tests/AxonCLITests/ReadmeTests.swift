import XCTest
import Axon

/// The README's library tour, as written there, must compile and work.
final class ReadmeTests: XCTestCase {
    func testTheLibraryTourRuns() throws {
        // Tensors: a runtime dtype (float32 by default), a shape, value semantics, broadcasting.
        let x = Tensor([[1, 2, 3], [4, 5, 6]] as [[Float]])       // shape [2, 3]
        print(x + Tensor([10, 20, 30] as [Float]), x.sum(axis: 1), x.argmax(axis: 1))

        // Backpropagation: forward propagation records the graph, backward() applies the chain rule.
        var rng = RandomGenerator(seed: 42)                         // same seed, same numbers, every platform
        var w = Tensor.randomNormal([3, 2], standardDeviation: 0.1, generator: &rng)
        w.requiresGrad = true
        let loss = Tensor.matmul(x, w).tanh().squared().mean()
        loss.backward()
        noGrad { w -= w.grad! * 0.1 }                              // one step of gradient descent

        // Layers, activations, losses and optimizers, with PyTorch's names and defaults.
        let model = Sequential {
            Dense(inputs: 2, outputs: 16, generator: &rng)
            Tanh()
            Dense(inputs: 16, outputs: 3, generator: &rng)
        }
        let adam = try Adam(model.namedParameters.map { ($0.name, $0.parameter) }, learningRate: 1e-2)
        let data = SyntheticData.spiral(seed: 0)
        let trainer = Trainer(model: model, loss: .crossEntropy(labelSmoothing: 0), optimizer: adam)
        let history = try trainer.fit(DataLoader(data.train, batchSize: .size(32)), epochs: 30, test: data.test)
        print(history.last!.testAccuracy!)

        // Check any gradient against central finite differences in float64.
        let check = gradcheck({ ($0[0].exp() * $0[1]).sum() },
                              inputs: [Tensor([0.5, 1] as [Double]), Tensor([2, 3] as [Double])])
        print(check.passed, check.maxRelativeError)

        XCTAssertEqual(w.shape, [3, 2])
        XCTAssertGreaterThan(history.last!.testAccuracy!, 0.8)
        XCTAssertTrue(check.passed)
    }
}
