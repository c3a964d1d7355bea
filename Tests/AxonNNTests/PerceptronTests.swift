import AxonNN
import AxonTensor
import XCTest

final class PerceptronTests: XCTestCase {
    /// Two clusters of 40 points around (−2, −2) (label 0) and (2, 2) (label 1).
    private func clusters() -> (Tensor, Tensor) {
        var generator = RandomGenerator(seed: 60)
        let noise = Tensor.randomNormal([80, 2], standardDeviation: 0.7, dtype: .float64, generator: &generator)
        let centres = Tensor.concatenate([Tensor.full([40, 2], value: -2, dtype: .float64),
                                          Tensor.full([40, 2], value: 2, dtype: .float64)])
        let labels = Tensor.concatenate([Tensor.zeros([40], dtype: .float64), Tensor.ones([40], dtype: .float64)])
        return (centres + noise, labels)
    }

    func testConvergesOnTwoSeparableClusters() throws {
        let (x, y) = clusters()
        let perceptron = Perceptron(inputs: 2)
        let report = try perceptron.train(samples: x, labels: y, maximumEpochs: 100)
        XCTAssertTrue(report.converged)
        XCTAssertEqual(report.mistakesPerEpoch.last, 0)
        XCTAssertEqual(report.epochs, report.mistakesPerEpoch.count)
        XCTAssertLessThan(report.epochs, 100)
        XCTAssertGreaterThan(report.mistakesPerEpoch[0], 0)
        // Every training point is now classified correctly.
        XCTAssertEqual(perceptron(x).reshaped([-1]).doubles, y.doubles)
        XCTAssertEqual(perceptron.namedParameters.map(\.name), ["weight", "bias"])
        XCTAssertEqual(perceptron.parameterCount, 3)
    }

    func testDoesNotConvergeOnXOR() throws {
        let x = Tensor([[0.0, 0], [0, 1], [1, 0], [1, 1]])
        let y = Tensor([0.0, 1, 1, 0])
        let report = try Perceptron(inputs: 2).train(samples: x, labels: y, maximumEpochs: 50)
        XCTAssertFalse(report.converged)
        XCTAssertEqual(report.epochs, 50)
        XCTAssertTrue(report.mistakesPerEpoch.allSatisfy { $0 > 0 })
    }

    func testLearnsANDWithTheClassicRule() throws {
        let x = Tensor([[0.0, 0], [0, 1], [1, 0], [1, 1]])
        let y = Tensor([0.0, 0, 0, 1])
        let perceptron = Perceptron(inputs: 2, learningRate: 0.5)
        let report = try perceptron.train(samples: x, labels: y)
        XCTAssertTrue(report.converged)
        // The first mistake is (1, 1) predicted 0: w ← w + η(1 − 0)x, b ← b + η.
        XCTAssertEqual(perceptron(x).reshaped([-1]).doubles, [0, 0, 0, 1])
    }

    func testRejectsBadDataAndArguments() {
        let perceptron = Perceptron(inputs: 2)
        assertThrowsModuleError(["labels must be 0 or 1", "got -1.0 at sample 1"]) { () throws(ModuleError) in
            try perceptron.train(samples: Tensor([[0.0, 0], [1, 1]]), labels: Tensor([0.0, -1]))
        }
        assertThrowsModuleError(["samples must be [N, 2]", "[2, 3]"]) { () throws(ModuleError) in
            try perceptron.train(samples: Tensor.zeros([2, 3]), labels: Tensor([0.0, 1]))
        }
        assertThrowsModuleError(["3 labels", "2 samples"]) { () throws(ModuleError) in
            try perceptron.train(samples: Tensor.zeros([2, 2]), labels: Tensor([0.0, 1, 1]))
        }
        assertThrowsModuleError(["maximum epochs must be positive", "0"]) { () throws(ModuleError) in
            try perceptron.train(samples: Tensor.zeros([2, 2]), labels: Tensor([0.0, 1]), maximumEpochs: 0)
        }
        assertThrowsModuleError(["learning rate must be positive", "-1"]) { () throws(ModuleError) in
            try Perceptron.validate(inputs: 2, learningRate: -1)
        }
        assertThrowsModuleError(["inputs must be positive", "0"]) { () throws(ModuleError) in
            try Perceptron.validate(inputs: 0, learningRate: 1)
        }
    }
}
