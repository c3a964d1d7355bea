import Foundation
import XCTest
@testable import AxonCLI
import Axon

/// Convolutional networks through the command line: MNIST-format images
/// reach the network as images, the model file evaluates and resumes.
final class ConvolutionalCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-conv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A small MNIST-format set: 10×10 images of 3 classes, a bright square whose corner is the class.
        var generator = RandomGenerator(seed: 8)
        for (prefix, count) in [("train", 90), ("t10k", 30)] {
            var pixels: [UInt8] = [], labels: [UInt8] = []
            for i in 0..<count {
                let label = i % 3
                var image = [UInt8](repeating: 0, count: 100)
                for y in 0..<4 { for x in 0..<4 { image[(y + label * 3) * 10 + x + label * 2] = 255 } }
                for p in 0..<100 { image[p] = UInt8(min(255, Int(image[p]) + generator.nextInt(below: 40))) }
                pixels += image
                labels.append(UInt8(label))
            }
            try Data(idx([count, 10, 10], pixels)).write(to: directory.appendingPathComponent("\(prefix)-images-idx3-ubyte"))
            try Data(idx([count], labels)).write(to: directory.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func idx(_ dimensions: [Int], _ payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 0x08, UInt8(dimensions.count)]
        for size in dimensions { bytes += withUnsafeBytes(of: UInt32(size).bigEndian) { Array($0) } }
        return bytes + payload
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func run(_ arguments: [String]) throws {
        var command = try AxonCommand.parseAsRoot(arguments)
        try command.run()
    }

    func testALayerListTrainsOnImagesSavesEvaluatesAndResumes() throws {
        let common = ["train", "--data", "mnist:\(directory.path)", "--model",
                      "conv:4x3,pad=1 relu maxpool:2 conv:8x3 relu flatten dense:10",
                      "--batch-size", "16", "--lr", "0.01", "--epochs", "6"]
        try run(common + ["--checkpoint-dir", path("run"), "--keep", "6", "--save", path("conv.safetensors")])
        let (model, info) = try ModelFile.load(from: URL(fileURLWithPath: path("conv.safetensors")))
        XCTAssertEqual(info.inputShape, [1, 10, 10])
        XCTAssertEqual(model.stateDict.map(\.name), ["0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias"])
        XCTAssertEqual(model.stateDict.first?.tensor.shape, [4, 1, 3, 3])

        // The file evaluates: the classes are easy, so the network learned them.
        let test = try XCTUnwrap(try MNIST.load(directory: directory).test).withSampleShape([1, 10, 10])
        let accuracy = Evaluator(model: model, loss: Loss.crossEntropy, encoding: .classIndices).evaluate(test).accuracy
        XCTAssertGreaterThan(try XCTUnwrap(accuracy), 0.9)
        try run(["evaluate", "--weights", path("conv.safetensors"), "--data", "mnist:\(directory.path)"])
        try run(["predict", "--weights", path("conv.safetensors"), "--data", "mnist:\(directory.path)", "--output", path("p.csv")])
        let predictions = try String(contentsOfFile: path("p.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(predictions.count, 31)

        // Stopped after 3 epochs and resumed: the same weights, bit for bit.
        try run(["train", "--resume", path("run/\(Checkpoint.fileName(epoch: 3))"), "--checkpoint-dir", path("resumed"),
                 "--save", path("resumed.safetensors")])
        let a = try SafeTensors.read(from: URL(fileURLWithPath: path("conv.safetensors")))
        let b = try SafeTensors.read(from: URL(fileURLWithPath: path("resumed.safetensors")))
        for (x, y) in zip(a.tensors, b.tensors) {
            XCTAssertEqual(x.tensor.doubles.map(\.bitPattern), y.tensor.doubles.map(\.bitPattern), x.name)
        }
    }

    func testAModelThatDoesNotFitTheImagesIsRefusedWithBothShapes() {
        var message = ""
        do {
            try run(["train", "--data", "mnist:\(directory.path)", "--model", "lenet5", "--epochs", "1"])
        } catch {
            message = AxonCommand.message(for: error)
        }
        XCTAssertTrue(message.contains("--model lenet5"), message)
        XCTAssertTrue(message.contains("[1, 10, 10]"), message)
        do {
            try run(["train", "--data", "spiral", "--model", "conv:4x3 flatten dense:3", "--epochs", "1"])
            XCTFail("a conv net on points")
        } catch {
            message = AxonCommand.message(for: error)
        }
        XCTAssertTrue(message.contains("needs images [C, H, W]"), message)
    }
}
