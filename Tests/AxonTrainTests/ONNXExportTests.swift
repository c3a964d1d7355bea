import AxonIO
import AxonNN
import AxonTensor
import Foundation
import XCTest
@testable import AxonTrain

/// The ONNX graphs the exporter writes, read back field by field, and the
/// models it refuses. (onnxruntime runs the files in `ONNXExportCommandTests`.)
final class ONNXExportTests: XCTestCase {
    func testAnMLPIsGemmsOverItsStateDictWithADynamicBatch() throws {
        var generator = RandomGenerator(seed: 1)
        let model = Sequential.multilayerPerceptron(sizes: [4, 8, 3], activation: .relu, generator: &generator)
        let onnx = try ONNXReader(ONNXExport.encode(model, sampleShape: [4]))

        XCTAssertEqual(onnx.irVersion, 8)
        XCTAssertEqual(onnx.opsets.map(\.domain), [""])
        XCTAssertEqual(onnx.opsets.map(\.version), [17])
        XCTAssertEqual(onnx.producer, "Axon")
        XCTAssertEqual(onnx.nodes.map(\.opType), ["Gemm", "Relu", "Gemm"])
        XCTAssertEqual(onnx.nodes[0].inputs, ["input", "0.weight", "0.bias"])
        XCTAssertEqual(onnx.nodes[0].integers["transB"], [1])
        XCTAssertEqual(onnx.nodes[1].inputs, onnx.nodes[0].outputs)
        XCTAssertEqual(onnx.nodes[2].inputs, onnx.nodes[1].outputs + ["2.weight", "2.bias"])
        XCTAssertEqual(onnx.nodes[2].outputs, ["output"])
        XCTAssertEqual(Set(onnx.nodes.map(\.name)).count, 3, "node names are distinct")

        XCTAssertEqual(onnx.inputs, [ONNXReader.Value(name: "input", elementType: 1, dims: ["N", "4"])])
        XCTAssertEqual(onnx.outputs, [ONNXReader.Value(name: "output", elementType: 1, dims: ["N", "3"])])
        let state = model.stateDict
        XCTAssertEqual(onnx.initializers.map(\.name), state.map(\.name))
        for (initializer, entry) in zip(onnx.initializers, state) {
            XCTAssertEqual(initializer.dims, entry.tensor.shape, entry.name)
            XCTAssertEqual(initializer.dataType, 1, entry.name)
            XCTAssertEqual(initializer.floats.map(\.bitPattern), entry.tensor.floats.map(\.bitPattern), entry.name)
        }
    }

    func testAConvolutionalNetworkMapsEachLayer() throws {
        manualSeed(2)
        let body = try Sequential.layers(
            "conv:4x3,pad=same batchnorm relu maxpool:2 conv:6x3,stride=2 gelu avgpool:2 adaptiveavgpool:1 flatten dropout:0.5 dense:5",
            inputShape: [2, 12, 12])
        let model = Sequential(body.layers + [Softmax()])
        let onnx = try ONNXReader(ONNXExport.encode(model, sampleShape: [2, 12, 12]))
        XCTAssertEqual(onnx.nodes.map(\.opType), ["Conv", "BatchNormalization", "Relu", "MaxPool", "Conv",
                                                  "Div", "Erf", "Add", "Mul", "Mul",
                                                  "AveragePool", "GlobalAveragePool", "Flatten", "Gemm", "Softmax"])
        let conv = onnx.nodes[0]
        XCTAssertEqual(conv.inputs, ["input", "0.weight", "0.bias"])
        XCTAssertEqual(conv.integers["kernel_shape"], [3, 3])
        XCTAssertEqual(conv.integers["pads"], [1, 1, 1, 1])
        XCTAssertEqual(conv.integers["strides"], [1, 1])
        XCTAssertEqual(conv.integers["group"], [1])
        XCTAssertEqual(onnx.nodes[4].integers["strides"], [2, 2])
        XCTAssertEqual(onnx.nodes[1].inputs, conv.outputs + ["1.weight", "1.bias", "1.running_mean", "1.running_var"])
        XCTAssertEqual(onnx.nodes[1].floats["epsilon"], 1e-5)
        XCTAssertEqual(onnx.nodes[3].integers["kernel_shape"], [2, 2])
        XCTAssertEqual(onnx.nodes.last?.integers["axis"], [-1])
        XCTAssertFalse(onnx.initializers.contains { $0.name.hasSuffix("num_batches_tracked") },
                       "a buffer the graph does not read is left out")
        XCTAssertEqual(onnx.outputs.first?.dims, ["N", "5"])
    }

    func testFloat64ModelsStayFloat64AndUnflattenKeepsTheBatch() throws {
        manualSeed(3)
        let model = Sequential {
            Unflatten(1, [1, 4, 4])
            Conv2d(1, 2, kernelSize: 3)
            Flatten()
            Dense(8, 2)
            LayerNorm([2])
        }.cast(to: .float64)
        let onnx = try ONNXReader(ONNXExport.encode(model, sampleShape: [16]))
        XCTAssertEqual(onnx.nodes.map(\.opType), ["Reshape", "Conv", "Flatten", "Gemm", "LayerNormalization"])
        XCTAssertEqual(onnx.inputs.first?.elementType, 11)
        XCTAssertEqual(Set(onnx.initializers.filter { $0.name != "0.shape" }.map(\.dataType)), [11])
        let shape = try XCTUnwrap(onnx.initializers.first { $0.name == "0.shape" })
        XCTAssertEqual(shape.dataType, 7)
        XCTAssertEqual(stride(from: 0, to: shape.raw.count, by: 8).map {
            Int(Int64(bitPattern: EventFileReader.littleEndian(Array(shape.raw[$0 ..< $0 + 8]), as: UInt64.self)))
        }, [0, 1, 4, 4], "0 keeps the batch dimension")
        XCTAssertEqual(onnx.nodes.last?.integers["axis"], [-1])
    }

    /// A module whose forward pass is its own code.
    final class Residual: Module {
        let inner = Dense(4, 4)
        func callAsFunction(_ x: Tensor) -> Tensor { x + inner(x) }
    }

    func testLayersWithoutAnONNXFormAreNamed() {
        let custom = Sequential {
            Dense(4, 4)
            Residual()
        }
        XCTAssertThrowsError(try ONNXExport.encode(custom, sampleShape: [4])) { error in
            XCTAssertTrue("\(error)".contains("layer 1 (Residual) has no ONNX form"), "\(error)")
        }
        let batchStatistics = Sequential {
            Dense(4, 4)
            BatchNorm1d(4, trackRunningStatistics: false)
        }
        XCTAssertThrowsError(try ONNXExport.encode(batchStatistics, sampleShape: [4])) { error in
            XCTAssertTrue("\(error)".contains("layer 1 (BatchNorm1d) keeps no running statistics"), "\(error)")
        }
        XCTAssertThrowsError(try ONNXExport.encode(Sequential { Dense(4, 4) }, sampleShape: [5])) { error in
            XCTAssertTrue("\(error)".contains("does not take inputs of shape [N] + [5]"), "\(error)")
        }
        XCTAssertThrowsError(try ONNXExport.encode(Sequential { MaxPool2d(2) }, sampleShape: [4, 4])) { error in
            XCTAssertTrue("\(error)".contains("MaxPool2d"), "\(error)")
        }
    }

    func testADirectoryIsNotOverwritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-onnx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        XCTAssertThrowsError(try ONNXExport.write(Sequential { Dense(2, 2) }, sampleShape: [2], to: directory)) { error in
            XCTAssertTrue(error is OutputFileError, "\(error)")
        }
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
