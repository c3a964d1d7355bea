import AxonNN
import AxonTensor
import XCTest

final class DenseTests: XCTestCase {
    func testForwardIsXTimesWeightTransposedPlusBias() {
        let layer = Dense(weight: Tensor([[1.0, 2, 3], [4, 5, 6]]), bias: Tensor([0.5, -1]))
        let x = Tensor([[1.0, 0, -1], [2, 1, 0]])
        XCTAssertEqual(layer(x).shape, [2, 2])
        assertClose(layer(x).doubles, [1 - 3 + 0.5, 4 - 6 - 1, 2 + 2 + 0.5, 8 + 5 - 1])
        // Any leading dimensions are kept: one sample, or a batch of sequences.
        assertClose(layer(Tensor([1.0, 0, -1])).doubles, [-1.5, -3])
        XCTAssertEqual(layer(Tensor.zeros([4, 5, 3], dtype: .float64)).shape, [4, 5, 2])
    }

    func testShapesNamesAndCountsFollowPyTorch() {
        let layer = Dense(784, 128)
        XCTAssertEqual(layer.weight.shape, [128, 784])
        XCTAssertEqual(layer.bias?.shape, [128])
        XCTAssertEqual(layer.namedParameters.map(\.name), ["weight", "bias"])
        XCTAssertEqual(layer.parameterCount, 784 * 128 + 128)
        XCTAssertEqual(layer.weight.dtype, .float32)
        let noBias = Dense(inputs: 3, outputs: 2, bias: false)
        XCTAssertNil(noBias.bias)
        XCTAssertEqual(noBias.namedParameters.map(\.name), ["weight"])
        XCTAssertEqual(noBias.description, "Dense(3 → 2, bias: false)")
    }

    func testDefaultInitialisationIsPyTorchsUniformAndSeeded() {
        var generator = RandomGenerator(seed: 1)
        let layer = Dense(inputs: 100, outputs: 50, dtype: .float64, generator: &generator)
        let bound = 1 / 100.0.squareRoot()
        let weights = layer.weight.value.doubles, biases = layer.bias!.value.doubles
        XCTAssertLessThanOrEqual(weights.map(Swift.abs).max()!, bound)
        XCTAssertLessThanOrEqual(biases.map(Swift.abs).max()!, bound)
        // U(−b, b) has variance b²/3.
        let variance = weights.map { $0 * $0 }.reduce(0, +) / Double(weights.count)
        XCTAssertEqual(variance, bound * bound / 3, accuracy: bound * bound * 0.03)
        // Seeded: the same generator state gives the same layer.
        var again = RandomGenerator(seed: 1)
        XCTAssertEqual(Dense(inputs: 100, outputs: 50, dtype: .float64, generator: &again).weight.value.doubles, weights)
        // Without a generator, layers draw from the global one: two layers
        // differ, and the same seed gives the same layers again.
        manualSeed(7)
        let first = Dense(10, 4).weight.value.doubles, second = Dense(10, 4).weight.value.doubles
        XCTAssertNotEqual(first, second)
        manualSeed(7)
        XCTAssertEqual(Dense(10, 4).weight.value.doubles, first)
        XCTAssertEqual(Dense(10, 4).weight.value.doubles, second)
        // The weight is drawn first, then the bias, from one stream.
        var stream = RandomGenerator(seed: 1)
        let expectedWeight = Tensor.randomUniform([50, 100], low: -bound, high: bound, dtype: .float64, generator: &stream)
        let expectedBias = Tensor.randomUniform([50], low: -bound, high: bound, dtype: .float64, generator: &stream)
        XCTAssertEqual(expectedWeight.doubles, weights)
        XCTAssertEqual(expectedBias.doubles, biases)
    }

    func testWrongInputWidthIsNamed() {
        let layer = Dense(784, 128)
        assertThrowsModuleError(["Dense(784 → 128)", "expected input width 784", "got shape [32, 100]"]) { () throws(ModuleError) in
            try layer.validate(input: [32, 100])
        }
        assertThrowsModuleError(["expected input width 784", "got shape []"]) { () throws(ModuleError) in
            _ = try layer.outputShape(forInput: [])
        }
        XCTAssertEqual(try layer.outputShape(forInput: [32, 784]), [32, 128])
    }

    func testInvalidSizesAreNamed() {
        assertThrowsModuleError(["Dense", "inputs must be positive", "-3"]) { () throws(ModuleError) in
            try Dense.validate(inputs: -3, outputs: 2)
        }
        assertThrowsModuleError(["outputs must be positive", "got 0"]) { () throws(ModuleError) in
            try Dense.validate(inputs: 3, outputs: 0)
        }
        assertThrowsModuleError(["dtype must be float32 or float64", "int64"]) { () throws(ModuleError) in
            try Dense.validate(inputs: 3, outputs: 2, dtype: .int64)
        }
    }

    func testGradientsOfInputAndParameters() {
        var generator = RandomGenerator(seed: 8)
        let layer = Dense(inputs: 4, outputs: 3, dtype: .float64, generator: &generator)
        let x = randomTensor([5, 4], seed: 9)
        let input = gradcheck({ layer($0[0]).tanh() }, inputs: [x])
        XCTAssertTrue(input.passed, "input: \(input.maxRelativeError)")
        let error = parameterGradientError(of: layer) { layer(x).tanh().sum() }
        XCTAssertLessThan(error, 1e-6)
        // ∂L/∂b = Σ over the batch of ∂L/∂y: here every y contributes 1.
        layer.zeroGrad()
        layer(x).sum().backward()
        assertClose(layer.bias!.grad!.doubles, [5, 5, 5])
        assertClose(layer.weight.grad!.doubles, [Double](repeating: 0, count: 12).enumerated().map { index, _ in
            x.sum(axis: 0).doubles[index % 4]
        }, rtol: 1e-14)
    }
}
