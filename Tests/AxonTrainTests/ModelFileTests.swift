import AxonData
import AxonIO
import AxonNN
import AxonTensor
import Foundation
import XCTest
@testable import AxonTrain

final class ModelFileTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testTheFileAloneRebuildsTheModelAndItsPreprocessing() throws {
        var generator = RandomGenerator(seed: 1)
        let scaler = FeatureScaler(kind: .standard, shift: [1, 2, 3, 4], scale: [2, 2, 2, 2])
        let info = ModelInfo(inputShape: [4], loss: "cross-entropy", classNames: ["a", "b", "c"], scaler: scaler)
        let model = Sequential.multilayerPerceptron(sizes: [4, 5, 3], activation: .tanh, dtype: .float64, generator: &generator)
        let url = directory.appendingPathComponent("model.safetensors")
        try ModelFile.save(model, info: info, to: url)

        let (restored, restoredInfo) = try ModelFile.load(from: url)
        XCTAssertEqual(try ModuleArchitecture(describing: restored), try ModuleArchitecture(describing: model))
        XCTAssertEqual(restored.parameters.first?.dtype, .float64)
        XCTAssertEqual(restoredInfo.inputShape, [4])
        XCTAssertEqual(restoredInfo.loss, "cross-entropy")
        XCTAssertEqual(restoredInfo.classNames, ["a", "b", "c"])
        XCTAssertEqual(restoredInfo.scaler?.shift.doubles, [1, 2, 3, 4])
        XCTAssertFalse(restored.isTraining, "a loaded model is in evaluation mode")
        let x = Tensor.randomNormal([2, 4], dtype: .float64, generator: &generator)
        XCTAssertEqual(restored(x).doubles, model(x).doubles)

        // PyTorch's names and layouts: "0.weight" is [out, in].
        let file = try SafeTensors.read(from: url)
        XCTAssertEqual(file.names, ["0.weight", "0.bias", "2.weight", "2.bias"])
        XCTAssertEqual(file["0.weight"]?.shape, [5, 4])
    }

    func testFilesOfTheFirstFormatStillLoad() throws {
        // The metadata `axon train --save` wrote before architectures were recorded.
        var generator = RandomGenerator(seed: 4)
        let model = Sequential.multilayerPerceptron(sizes: [3, 6, 2], activation: .tanh, generator: &generator)
        let url = directory.appendingPathComponent("mlp.safetensors")
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, metadata: [
            "format": "axon", "model": "mlp", "sizes": "3-6-2", "activation": "tanh", "dtype": "float32",
            "loss": "cross-entropy", "classes": "[\"x\",\"y\"]",
        ], to: url)
        let (restored, info) = try ModelFile.load(from: url)
        XCTAssertEqual(try ModuleArchitecture(describing: restored), try ModuleArchitecture(describing: model))
        XCTAssertEqual(info.inputShape, [3])
        XCTAssertEqual(info.classNames, ["x", "y"])
        let x = Tensor.randomNormal([5, 3], generator: &generator)
        XCTAssertEqual(restored(x).floats, model(x).floats)
    }

    func testWeightsWithoutAxonMetadataLoadIntoAGivenArchitecture() throws {
        var generator = RandomGenerator(seed: 2)
        let model = Sequential.multilayerPerceptron(sizes: [3, 4, 2], activation: .relu, generator: &generator)
        let url = directory.appendingPathComponent("torch.safetensors")
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, to: url)
        XCTAssertThrowsError(try ModelFile.load(from: url)) { error in
            XCTAssertTrue("\(error)".contains("no Axon model description"), "\(error)")
        }
        let other = Sequential.multilayerPerceptron(sizes: [3, 4, 2], activation: .relu, generator: &generator)
        try ModelFile.loadWeights(from: url, into: other)
        XCTAssertEqual(other.parameters.map(\.value.floats), model.parameters.map(\.value.floats))
    }

    func testMisShapedOrMissingTensorsAreNamed() throws {
        var generator = RandomGenerator(seed: 3)
        let small = Sequential.multilayerPerceptron(sizes: [3, 4, 2], activation: .relu, generator: &generator)
        let url = directory.appendingPathComponent("small.safetensors")
        try SafeTensors.write(small.stateDict.map { ($0.name, $0.tensor) }.dropLast(), to: url)
        let wide = Sequential.multilayerPerceptron(sizes: [3, 5, 2], activation: .relu, generator: &generator)
        XCTAssertThrowsError(try ModelFile.loadWeights(from: url, into: wide)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("0.weight"), message)
            XCTAssertTrue(message.contains("2.bias"), message)
            XCTAssertTrue(message.hasPrefix(url.path), message)
        }
    }
}

extension ModelFileTests {
    /// A file whose metadata describes a model far larger than its tensors.
    func testMetadataCannotBuildMoreThanTheTensorsHold() throws {
        let url = directory.appendingPathComponent("lying.safetensors")
        let metadata = ["format": "axon", "model": "mlp", "sizes": "2-16-16-50000000", "activation": "relu", "dtype": "float32"]
        try SafeTensors.write([("0.weight", Tensor.zeros([16, 2]))], metadata: metadata, to: url)
        XCTAssertThrowsError(try ModelFile.load(from: url)) { error in
            let reason = (error as? ModelFileError)?.reason ?? "\(error)"
            XCTAssertTrue(reason.contains("more than the file's model tensors hold (32 values in all)"), reason)
        }
    }

    func testInputShapeMustBeCountable() throws {
        let url = directory.appendingPathComponent("shape.safetensors")
        var generator = RandomGenerator(seed: 0)
        let model = Sequential.multilayerPerceptron(sizes: [2, 2], generator: &generator)
        var metadata = try ModelFile.metadata(of: model, info: ModelInfo(inputShape: [2]), path: url.path)
        metadata["input_shape"] = "[3037000500,3037000500]"
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, metadata: metadata, to: url)
        XCTAssertThrowsError(try ModelFile.load(from: url)) { error in
            XCTAssertTrue("\(error)".contains("input_shape"), "\(error)")
        }
    }
}
