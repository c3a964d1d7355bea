import ArgumentParser
import Axon
import Foundation

/// `axon export MODEL --onnx FILE`: a model file's network as an ONNX graph
/// for other runtimes (onnxruntime, TensorRT, ...), see ``ONNXExport``.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a model file's network as an ONNX graph (opset 17) for inference elsewhere.",
        discussion: """
            The graph is the network's forward pass in evaluation mode: input `input`, output `output`, \
            both with a dynamic batch dimension `N`; the weights are initializers under their state-dict \
            names (0.weight, 0.bias, ...), in the model's dtype (float32 or float64). Dense becomes Gemm, \
            Conv2d Conv, the pooling layers MaxPool/AveragePool/GlobalAveragePool, BatchNorm \
            BatchNormalization, LayerNorm LayerNormalization, Flatten and Unflatten Flatten and Reshape; \
            dropout is left out; activations map to their operators. A layer without an ONNX form (a \
            custom module) is an error naming it. A model file's input scaling (--normalize) is not part \
            of the graph: feed it scaled inputs.

              axon export mlp.safetensors --onnx mlp.onnx
              python -c "import onnxruntime as ort; s = ort.InferenceSession('mlp.onnx'); print(s.get_inputs()[0].shape)"
            """
    )

    @Argument(help: ArgumentHelp("An Axon model file or checkpoint.", valueName: "model"))
    var model: String

    @Option(help: ArgumentHelp("The ONNX file to write (replaced whole, never a directory or device).", valueName: "file"))
    var onnx: String

    @Option(help: "The shape of one input sample, e.g. 1,28,28 (default: the one the model file records).")
    var inputShape: String?

    func run() throws {
        try checkOutput(onnx, flag: "--onnx")
        let saved = try SavedModel(path: model)
        let sampleShape: [Int]
        if let inputShape {
            let parts = inputShape.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw ValidationError("--input-shape \(inputShape): give positive sizes separated by commas, e.g. 1,28,28")
            }
            sampleShape = parts.map { $0 ?? 0 }
        } else if let recorded = saved.info.inputShape {
            sampleShape = recorded
        } else {
            throw CLIError("\(model): the file does not record its input shape; give --input-shape")
        }
        let bytes: [UInt8]
        do {
            bytes = try ONNXExport.encode(saved.model, sampleShape: sampleShape)
        } catch {
            throw CLIError("\(model): \(error.description)")
        }
        do {
            try OutputFile.write(Data(bytes), to: URL(fileURLWithPath: onnx))
        } catch {
            throw CLIError("--onnx \(onnx): cannot write: \(error.reason)")
        }
        var note = ""
        if saved.info.scaler != nil { note = "; the model file scales its inputs, the graph does not: feed it scaled inputs" }
        print("wrote \(onnx): ONNX opset \(ONNXExport.operatorSetVersion), input [N, \(sampleShape.map(String.init).joined(separator: ", "))], \(bytes.count) bytes\(note)")
    }
}
