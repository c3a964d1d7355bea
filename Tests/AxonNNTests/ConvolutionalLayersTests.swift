import AxonNN
import AxonTensor
import XCTest

/// The layers of convolutional networks: PyTorch's names, shapes and
/// initialisation, modes, model files, and the two networks of the primer's sequel.
final class ConvolutionalLayersTests: XCTestCase {
    func testLeNet5HasPyTorchsNamesShapesAndCount() throws {
        let model = Sequential.lenet5()
        XCTAssertEqual(model.parameterCount, 61_706)
        XCTAssertEqual(model.stateDict.map(\.name), ["0.weight", "0.bias", "3.weight", "3.bias", "7.weight", "7.bias",
                                                     "9.weight", "9.bias", "11.weight", "11.bias"])
        XCTAssertEqual(model.stateDict.map(\.tensor.shape), [[6, 1, 5, 5], [6], [16, 6, 5, 5], [16], [120, 400], [120],
                                                             [84, 120], [84], [10, 84], [10]])
        XCTAssertEqual(try model.outputShape(forInput: [5, 1, 28, 28]), [5, 10])
        let summary = try ModelSummary(model: model, inputShape: [1, 1, 28, 28])
        XCTAssertEqual(summary.totalParameters, 61_706)
        XCTAssertEqual(summary.rows.map(\.outputShape).prefix(7).map { $0 },
                       [[1, 6, 28, 28], [1, 6, 28, 28], [1, 6, 14, 14], [1, 16, 10, 10], [1, 16, 10, 10], [1, 16, 5, 5], [1, 400]])
        XCTAssertEqual(Sequential.mnistCNN().parameterCount, 1_199_882)
        XCTAssertEqual(Sequential.mnistCNN().stateDict.map(\.name),
                       ["0.weight", "0.bias", "2.weight", "2.bias", "7.weight", "7.bias", "10.weight", "10.bias"])
    }

    /// Sequential runs Conv2d + activation as one op; its output and every
    /// gradient are the bits of the two layers applied one after the other.
    func testFusedConvolutionAndActivationEqualTheLayersApart() {
        for dtype in [DType.float32, .float64] {
            for activation in [ReLU() as any Module, Tanh(), Sigmoid()] {
                var generator = RandomGenerator(seed: 11)
                let conv = Conv2d(3, 8, kernelSize: 3, padding: 1, dtype: dtype, generator: &generator)
                let values = Tensor.randomNormal([4, 3, 9, 10], dtype: dtype, generator: &generator)
                let upstream = Tensor.randomNormal([4, 8, 9, 10], dtype: dtype, generator: &generator)
                var x = values, y = values
                x.requiresGrad = true
                y.requiresGrad = true
                let fused = Sequential([conv, activation])(x)
                fused.backward(upstream)
                let fusedGradients = [x.grad!, conv.weight.grad!, conv.bias!.grad!].map(\.doubles)
                conv.zeroGrad()
                let apart = activation(conv(y))
                apart.backward(upstream)
                XCTAssertEqual(fused.doubles, apart.doubles, "\(dtype) \(activation)")
                XCTAssertEqual(fusedGradients, [y.grad!, conv.weight.grad!, conv.bias!.grad!].map(\.doubles), "\(dtype) \(activation)")
                XCTAssert(fused.doubles.contains { $0 != 0 } && apart.doubles.contains { $0 != 0 })
            }
        }
    }

    func testConvolutionStartsAsPyTorchsKaimingUniform() {
        var generator = RandomGenerator(seed: 3)
        let conv = Conv2d(6, 16, kernelSize: 5, dtype: .float64, generator: &generator)
        let bound = 1 / Double(6 * 25).squareRoot()
        let weights = conv.weight.value.doubles
        XCTAssertLessThanOrEqual(weights.map(Swift.abs).max()!, bound)
        XCTAssertEqual(weights.map { $0 * $0 }.reduce(0, +) / Double(weights.count), bound * bound / 3, accuracy: bound * bound * 0.05)
        XCTAssertLessThanOrEqual(conv.bias!.value.doubles.map(Swift.abs).max()!, bound)
        // Weight first, then bias, from one stream.
        var stream = RandomGenerator(seed: 3)
        XCTAssertEqual(Tensor.randomUniform([16, 6, 5, 5], low: -bound, high: bound, dtype: .float64, generator: &stream).doubles, weights)
        XCTAssertEqual(conv.description, "Conv2d(6 → 16, 5)")
    }

    func testBatchNormKeepsPyTorchsBuffersAndSwitchesWithTheMode() throws {
        let norm = BatchNorm2d(3)
        XCTAssertEqual(norm.stateDict.map(\.name), ["weight", "bias", "running_mean", "running_var", "num_batches_tracked"])
        XCTAssertEqual(norm.stateDict.last?.tensor.dtype, .int64)
        XCTAssertEqual(norm.namedParameters.map(\.name), ["weight", "bias"], "buffers are not trained")
        var generator = RandomGenerator(seed: 4)
        let x = Tensor.randomNormal([4, 3, 2, 2], mean: 2, generator: &generator)
        let trained = norm(x)
        // Each channel of the output has mean 0 and (biased) variance 1.
        assertClose(trained.mean(axes: [0, 2, 3]).doubles, [0, 0, 0], atol: 1e-5)
        XCTAssertEqual(norm.batchesTracked?.value.item, 1)
        assertClose(norm.runningMean!.value.doubles, x.mean(axes: [0, 2, 3]).doubles.map { $0 * 0.1 }, rtol: 1e-5)
        norm.eval()
        let evaluated = norm(x)
        XCTAssertNotEqual(evaluated.doubles, trained.doubles, "evaluation uses the running statistics")
        XCTAssertEqual(norm.batchesTracked?.value.item, 1, "evaluation leaves the statistics alone")
        // The buffers travel with the weights.
        let copy = BatchNorm2d(3)
        try copy.loadStateDict(Dictionary(uniqueKeysWithValues: norm.stateDict.map { ($0.name, $0.tensor) }))
        copy.eval()
        XCTAssertEqual(copy(x).doubles, evaluated.doubles)
        assertThrowsModuleError(["BatchNorm2d(3)", "[N, 3, ·, ·]", "[4, 2, 2, 2]"]) { () throws(ModuleError) in
            _ = try norm.outputShape(forInput: [4, 2, 2, 2])
        }
    }

    func testDropout2dZeroesWholeChannels() {
        let layer = Dropout2d(0.5, generator: RandomGenerator(seed: 9))
        let y = layer(Tensor.ones([4, 8, 3, 3])).doubles
        for channel in 0..<32 {
            let values = Set(y[(channel * 9)..<((channel + 1) * 9)])
            XCTAssertEqual(values.count, 1, "channel \(channel) is kept or dropped whole")
            XCTAssertTrue(values == [0] || values == [2])
        }
        layer.eval()
        XCTAssertEqual(layer(Tensor.ones([1, 2, 2, 2])).doubles, [Double](repeating: 1, count: 8))
    }

    func testEveryLayerIsSavedAndRebuilt() throws {
        let model = try Sequential.layers(
            "conv:8x3,pad=same,bias=false batchnorm relu maxpool:2,stride=1 conv:8x3x1,stride=2,groups=2 dropout2d:0.1 " +
            "avgpool:2,pad=1 adaptiveavgpool:2 flatten dense:6 layernorm tanh dropout:0.2 dense:3",
            inputShape: [2, 9, 9])
        let architecture = try ModuleArchitecture(describing: model)
        let rebuilt = try architecture.makeModule()
        XCTAssertEqual(try ModuleArchitecture(describing: rebuilt), architecture)
        XCTAssertEqual(rebuilt.stateDict.map(\.name), model.stateDict.map(\.name))
        try rebuilt.loadStateDict(Dictionary(uniqueKeysWithValues: model.stateDict.map { ($0.name, $0.tensor) }))
        model.eval()
        rebuilt.eval()
        var generator = RandomGenerator(seed: 5)
        let x = Tensor.randomNormal([2, 2, 9, 9], generator: &generator)
        XCTAssertEqual(rebuilt(x).floats, model(x).floats)
        let unflatten = Unflatten(1, [2, -1])
        XCTAssertEqual(try unflatten.outputShape(forInput: [3, 8]), [3, 2, 4])
        XCTAssertEqual(try ModuleArchitecture(describing: unflatten).makeModule().outputShape(forInput: [3, 8]), [3, 2, 4])
    }

    func testLayerListErrorsNameTheLayerAndTheShape() {
        assertThrowsModuleError(["layer 2", "\"dense:10\"", "flat inputs", "put flatten before it"]) { () throws(ModuleError) in
            _ = try Sequential.layers("conv:4x3 dense:10", inputShape: [1, 8, 8])
        }
        assertThrowsModuleError(["\"conv:4x9\"", "larger than the padded input"]) { () throws(ModuleError) in
            _ = try Sequential.layers("conv:4x9", inputShape: [1, 8, 8])
        }
        assertThrowsModuleError(["unknown layer \"wobble\""]) { () throws(ModuleError) in
            _ = try Sequential.layers("wobble", inputShape: [4])
        }
        assertThrowsModuleError(["has no option \"padd\""]) { () throws(ModuleError) in
            _ = try Sequential.layers("conv:4x3,padd=1", inputShape: [1, 8, 8])
        }
        assertThrowsModuleError(["needs images [C, H, W]", "[784]"]) { () throws(ModuleError) in
            _ = try Sequential.layers("conv:4x3", inputShape: [784])
        }
    }
}
