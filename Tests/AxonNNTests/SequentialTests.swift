import AxonNN
import AxonTensor
import XCTest

final class SequentialTests: XCTestCase {
    func testParameterNamesAndCountsMatchPyTorchsStateDict() {
        // nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
        let model = Sequential { Dense(784, 256); ReLU(); Dense(256, 128); ReLU(); Dense(128, 10) }
        XCTAssertEqual(model.namedParameters.map(\.name),
                       ["0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias"])
        XCTAssertEqual(model.namedParameters.map(\.parameter.shape), [[256, 784], [256], [128, 256], [128], [10, 128], [10]])
        XCTAssertEqual(model.parameterCount, 235_146)
        XCTAssertEqual(model.parameters.count, 6)
    }

    func testNestedContainersJoinNamesWithDots() {
        let model = Sequential {
            Sequential { Dense(4, 3); Tanh() }
            Dropout(0.1)
            Dense(3, 2, bias: false)
        }
        XCTAssertEqual(model.namedParameters.map(\.name), ["0.0.weight", "0.0.bias", "2.weight"])
        XCTAssertEqual(model.namedModules.map(\.name), ["", "0", "0.0", "0.1", "1", "2"])
    }

    func testResultBuilderAcceptsConditionsLoopsAndArrays() {
        let deep = true
        let model = Sequential {
            Flatten()
            for width in [8, 4] { Dense(width == 8 ? 6 : 8, width) }
            if deep { ReLU() } else { Tanh() }
            [Dense(4, 2), Softmax()] as [any Module]
        }
        XCTAssertEqual(model.layers.map(\.layerName), ["Flatten", "Dense", "Dense", "ReLU", "Dense", "Softmax"])
        XCTAssertEqual(model(Tensor.zeros([5, 2, 3])).shape, [5, 2])
        XCTAssertEqual(try model.outputShape(forInput: [5, 2, 3]), [5, 2])
        XCTAssertEqual(Sequential([Dense(2, 2), ReLU()]).layers.count, 2)
    }

    func testTrainAndEvalReachEveryDescendant() {
        let inner = Dropout(0.5)
        let model = Sequential { Sequential { inner }; Dense(2, 2) }
        XCTAssertTrue(inner.isTraining)
        model.eval()
        XCTAssertFalse(inner.isTraining)
        XCTAssertFalse(model.isTraining)
        model.train()
        XCTAssertTrue(inner.isTraining)
    }

    /// The primer's claim: without an activation between them, dense layers
    /// collapse into one, W = W₂W₁ and b = W₂b₁ + b₂, so a stack of them can
    /// only draw a straight line.
    func testDenseLayersWithoutActivationCollapseIntoOne() {
        var generator = RandomGenerator(seed: 12)
        let first = Dense(inputs: 2, outputs: 5, dtype: .float64, generator: &generator)
        let second = Dense(inputs: 5, outputs: 3, dtype: .float64, generator: &generator)
        let third = Dense(inputs: 3, outputs: 1, dtype: .float64, generator: &generator)
        let stack = Sequential { first; second; third }
        let w1 = first.weight.value, w2 = second.weight.value, w3 = third.weight.value
        let w = Tensor.matmul(w3, Tensor.matmul(w2, w1))
        let b12 = Tensor.matmul(w2, first.bias!.value.reshaped([5, 1])).reshaped([3]) + second.bias!.value
        let b = Tensor.matmul(w3, b12.reshaped([3, 1])).reshaped([1]) + third.bias!.value
        let single = Dense(weight: w, bias: b)
        let x = randomTensor([50, 2], seed: 13, scale: 4)
        assertClose(stack(x).doubles, single(x).doubles, rtol: 1e-12, atol: 1e-14)
        // Affine, so the midpoint of two inputs maps to the midpoint of their outputs.
        XCTAssertLessThan(midpointGap(stack), 1e-12)
    }

    func testAnActivationBetweenLayersCannotBeCollapsed() {
        for activation in [Activation.tanh, .sigmoid] {
            var generator = RandomGenerator(seed: 14)
            let model = Sequential {
                Dense(inputs: 2, outputs: 5, dtype: .float64, generator: &generator)
                activation.makeLayer()
                Dense(inputs: 5, outputs: 1, dtype: .float64, generator: &generator)
            }
            XCTAssertGreaterThan(midpointGap(model), 1e-3, "\(activation)")
        }
    }

    /// The largest |f((a + b)/2) − (f(a) + f(b))/2| over random pairs: zero
    /// exactly when f is affine.
    private func midpointGap(_ f: any Module) -> Double {
        let a = randomTensor([40, 2], seed: 15, scale: 3), b = randomTensor([40, 2], seed: 16, scale: 3)
        let gap = f((a + b) * 0.5) - (f(a) + f(b)) * 0.5
        return gap.abs().max().item
    }

    func testModelGradientsMatchFiniteDifferences() {
        var generator = RandomGenerator(seed: 17)
        let model = Sequential.multilayerPerceptron(sizes: [3, 4, 2], activation: .tanh, dtype: .float64, generator: &generator)
        let x = randomTensor([6, 3], seed: 18)
        let labels = Tensor([Int64(0), 1, 1, 0, 1, 0])
        XCTAssertLessThan(parameterGradientError(of: model) { crossEntropy(model(x), labels) }, 1e-6)
        XCTAssertTrue(gradcheck({ model($0[0]) }, inputs: [x]).passed)
    }
}
