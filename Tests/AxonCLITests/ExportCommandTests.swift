import Axon
import Foundation
import XCTest
@testable import AxonCLI

/// `axon export MODEL --onnx FILE`: the graphs onnxruntime runs give Axon's
/// outputs, and what cannot be exported is refused by name.
///
/// The comparison needs `onnxruntime` and `numpy` in Python: the test runs
/// `$AXON_TEST_PYTHON`, else `python3`, and is skipped, with the reason,
/// when that interpreter cannot import them
/// (`python3 -m venv venv && venv/bin/pip install onnxruntime numpy`, then
/// `AXON_TEST_PYTHON=venv/bin/python swift test --filter ExportCommandTests`).
final class ExportCommandTests: CLITestCase {
    /// float32 outputs of two runtimes whose kernels sum in different orders.
    static let float32Tolerance = 1e-5

    static let runnerScript = """
        import sys
        import numpy as np
        import onnxruntime as ort
        model, inputs, shape, outputs = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split(",")], sys.argv[4]
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        assert [i.name for i in session.get_inputs()] == ["input"], session.get_inputs()
        assert session.get_inputs()[0].shape[0] == "N", session.get_inputs()[0].shape
        x = np.fromfile(inputs, dtype="<f4").reshape(shape)
        (y,) = session.run(["output"], {"input": x})
        y.astype("<f4").tofile(outputs)
        print(",".join(str(s) for s in y.shape))
        """

    func testTheMNISTMultilayerPerceptronRunsInOnnxruntimeAsInAxon() throws {
        let python = try onnxRuntimePython()
        var generator = RandomGenerator(seed: 11)
        let model = Sequential.multilayerPerceptron(sizes: [784, 256, 128, 10], activation: .relu, generator: &generator)
        try compareWithOnnxruntime(model, sampleShape: [784], python: python)
    }

    func testALeNetWithBatchNormAndPoolingRunsInOnnxruntimeAsInAxon() throws {
        let python = try onnxRuntimePython()
        manualSeed(12)
        let model = try Sequential.layers(
            "conv:6x5,pad=2 batchnorm relu maxpool:2 conv:16x5 tanh avgpool:2 dropout:0.25 flatten dense:120 relu dense:84 gelu dense:10",
            inputShape: [1, 28, 28])
        // Running statistics of their own, so that the normalisation is not the identity.
        var generator = RandomGenerator(seed: 13)
        let norm = try XCTUnwrap(model.layers[1] as? BatchNorm)
        norm.runningMean?.value = Tensor.randomNormal([6], generator: &generator)
        norm.runningVariance?.value = Tensor.randomUniform([6], low: 0.5, high: 2, generator: &generator)
        norm.weight?.assign(Tensor.randomUniform([6], low: 0.5, high: 1.5, generator: &generator))
        try compareWithOnnxruntime(model, sampleShape: [1, 28, 28], python: python)
    }

    /// Saves `model`, exports it with `axon export`, runs the file in
    /// onnxruntime on a fixed batch of 5 and compares with `model.infer`.
    func compareWithOnnxruntime(_ model: Sequential, sampleShape: [Int], python: [String]) throws {
        try ModelFile.save(model, info: ModelInfo(inputShape: sampleShape), to: URL(fileURLWithPath: path("model.safetensors")))
        try run(["export", path("model.safetensors"), "--onnx", path("model.onnx")])

        var generator = RandomGenerator(seed: 14)
        let x = Tensor.randomNormal([5] + sampleShape, generator: &generator)
        let expected = model.infer(x)
        var inputBytes = Data()
        for value in x.floats { withUnsafeBytes(of: value.bitPattern.littleEndian) { inputBytes.append(contentsOf: $0) } }
        try inputBytes.write(to: URL(fileURLWithPath: path("inputs.bin")))
        let shape = x.shape.map(String.init).joined(separator: ",")
        let result = try launch(python + ["-c", Self.runnerScript, path("model.onnx"), path("inputs.bin"), shape, path("outputs.bin")])
        guard result.status == 0 else {
            return XCTFail("onnxruntime failed (\(result.status)): \(result.error)")
        }
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines),
                       expected.shape.map(String.init).joined(separator: ","))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path("outputs.bin")))
        let actual = stride(from: 0, to: bytes.count, by: 4).map { offset in
            Float(bitPattern: bytes[offset ..< offset + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        let wanted = expected.floats
        XCTAssertEqual(actual.count, wanted.count)
        for (index, (a, e)) in zip(actual, wanted).enumerated() {
            let tolerance = Self.float32Tolerance * Swift.max(1, Swift.abs(Double(e)))
            if Swift.abs(Double(a) - Double(e)) > tolerance {
                return XCTFail("output \(index): onnxruntime \(a), Axon \(e)")
            }
        }
    }

    func testWhatCannotBeExportedIsRefusedByName() throws {
        let batchStatistics = Sequential {
            Dense(4, 4)
            BatchNorm1d(4, trackRunningStatistics: false)
        }
        try ModelFile.save(batchStatistics, info: ModelInfo(inputShape: [4]), to: URL(fileURLWithPath: path("batch.safetensors")))
        let refused = failure(["export", path("batch.safetensors"), "--onnx", path("batch.onnx")])
        XCTAssertTrue(refused?.contains("layer 1 (BatchNorm1d) keeps no running statistics") == true, refused ?? "exported")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("batch.onnx")))

        try ModelFile.save(Sequential { Dense(4, 2) }, to: URL(fileURLWithPath: path("bare.safetensors")))
        XCTAssertTrue(failure(["export", path("bare.safetensors"), "--onnx", path("bare.onnx")])?
            .contains("does not record its input shape; give --input-shape") == true)
        try run(["export", path("bare.safetensors"), "--onnx", path("bare.onnx"), "--input-shape", "4"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("bare.onnx")))

        let intoDirectory = failure(["export", path("bare.safetensors"), "--onnx", directory.path])
        XCTAssertTrue(intoDirectory?.contains("--onnx \(directory.path): cannot write") == true, intoDirectory ?? "exported")
        XCTAssertTrue(failure(["export", path("missing.safetensors"), "--onnx", path("x.onnx")]) != nil)
    }

    /// The command that starts a Python with onnxruntime and numpy:
    /// `$AXON_TEST_PYTHON`, else `python3`; skipped when it has not got them.
    func onnxRuntimePython() throws -> [String] {
        let configured = ProcessInfo.processInfo.environment["AXON_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
        let python = configured.map { [$0] } ?? ["python3"]
        let check = try? launch(python + ["-c", "import numpy, onnxruntime"])
        if let check, check.status == 0 { return python }
        let why = check.map { "it exits with \($0.status): \($0.error.split(separator: "\n").last ?? "")" } ?? "it does not start"
        throw XCTSkip("onnxruntime is not available to \(python[0]) (`import numpy, onnxruntime`: \(why)). "
            + "To run this test: python3 -m venv venv && venv/bin/pip install onnxruntime numpy, "
            + "then AXON_TEST_PYTHON=venv/bin/python swift test --filter ExportCommandTests")
    }
}
