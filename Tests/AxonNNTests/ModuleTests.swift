import AxonNN
import AxonTensor
import XCTest

final class ModuleTests: XCTestCase {
    private func model() -> Sequential {
        var generator = RandomGenerator(seed: 30)
        return Sequential.multilayerPerceptron(sizes: [3, 4, 2], generator: &generator)
    }

    func testStateDictRoundTripsByName() throws {
        let source = model(), target = Sequential { Dense(3, 4); ReLU(); Dense(4, 2) }
        XCTAssertEqual(source.stateDict.map(\.name), ["0.weight", "0.bias", "2.weight", "2.bias"])
        let tensors = Dictionary(uniqueKeysWithValues: source.stateDict.map { ($0.name, $0.tensor) })
        try target.loadStateDict(tensors)
        for (a, b) in zip(source.parameters, target.parameters) {
            XCTAssertEqual(a.value.doubles, b.value.doubles)
            XCTAssertTrue(b.value.requiresGrad)
        }
        let x = randomTensor([2, 3], seed: 31).cast(to: .float32)
        XCTAssertEqual(source(x).doubles, target(x).doubles)
        // Loading copies: later updates of the source do not reach the target.
        noGrad { source.parameters[0].value += 1.0 }
        XCTAssertNotEqual(source.parameters[0].value.doubles, target.parameters[0].value.doubles)
    }

    func testSequentialFusesAnActivationIntoTheLayerBeforeItWithTheSameNumbers() {
        var generator = RandomGenerator(seed: 32)
        let model = Sequential {
            Dense(inputs: 3, outputs: 5, generator: &generator)
            Tanh()
            Dense(inputs: 5, outputs: 4, generator: &generator)
            ReLU()
            Dense(inputs: 4, outputs: 3, generator: &generator)
            Sigmoid()
            Dense(inputs: 3, outputs: 2, generator: &generator)
        }
        let x = randomTensor([6, 3], seed: 33).cast(to: .float32)
        model(x).sum().backward()
        let fused = model.parameters.map { $0.grad!.doubles }
        for parameter in model.parameters { parameter.grad = nil }
        // The same layers applied one at a time: no fusion.
        var y = x
        for layer in model.layers { y = layer(y) }
        y.sum().backward()
        XCTAssertEqual(model(x).doubles, y.doubles)
        XCTAssertEqual(fused, model.parameters.map { $0.grad!.doubles })
    }

    func testLoadingIsStrictAndNamesEveryProblem() {
        let target = model()
        var tensors = Dictionary(uniqueKeysWithValues: model().stateDict.map { ($0.name, $0.tensor) })
        tensors["0.bias"] = nil
        tensors["2.weight"] = Tensor.zeros([3, 4])
        tensors["5.weight"] = Tensor.zeros([1])
        let before = target.parameters.map(\.value.doubles)
        assertThrowsModuleError(["Sequential.loadStateDict", "missing 0.bias", "unexpected 5.weight",
                                 "2.weight has shape [3, 4], the model expects [2, 4]"]) { () throws(ModuleError) in
            try target.loadStateDict(tensors)
        }
        XCTAssertEqual(target.parameters.map(\.value.doubles), before, "nothing changes when loading fails")
        assertThrowsModuleError(["0.weight has dtype int64"]) { () throws(ModuleError) in
            var integers = Dictionary(uniqueKeysWithValues: model().stateDict.map { ($0.name, $0.tensor) })
            integers["0.weight"] = Tensor.zeros([4, 3], dtype: .int64)
            try target.loadStateDict(integers)
        }
    }

    func testCastConvertsEveryParameterAndKeepsItTrainable() {
        let network = model()
        let values = network.parameters.map(\.value.doubles)
        network.cast(to: .float64)
        XCTAssertTrue(network.parameters.allSatisfy { $0.dtype == .float64 && $0.value.requiresGrad })
        XCTAssertEqual(network.parameters.map(\.value.doubles), values)
        XCTAssertEqual(network(Tensor.zeros([1, 3], dtype: .float64)).dtype, .float64)
    }

    func testClearGradients() {
        let network = model()
        network(Tensor.ones([2, 3])).sum().backward()
        XCTAssertNotNil(network.parameters[0].grad)
        network.zeroGrad()
        XCTAssertTrue(network.parameters.allSatisfy { $0.grad == nil })
    }

    func testParametersAreSharedByReference() {
        let layer = Dense(2, 1)
        let parameter = layer.namedParameters[0].parameter
        noGrad { parameter.value *= 0.0 }
        XCTAssertEqual(layer(Tensor([[3.0, 4]])).doubles, layer.bias!.value.doubles)
    }
}
