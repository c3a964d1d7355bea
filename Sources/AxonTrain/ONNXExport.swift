import AxonIO
import AxonNN
import AxonTensor
import Foundation

/// Why a model cannot be exported to ONNX: the layer that cannot, by its
/// path in the model and its type.
public struct ONNXExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What cannot be exported, and why.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}

/// Writes a model built from Axon's layers as an ONNX graph (operator set
/// 17, IR version 8) for inference, as `torch.onnx.export` does: the weights
/// are initializers under their state-dict names (`0.weight`), the input
/// `input` and the output `output` have a batch dimension named `N`, and
/// the elements are the model's dtype (float32, or float64).
///
/// | Axon | ONNX |
/// |---|---|
/// | `Sequential` | its layers in order |
/// | `Dense` | `Gemm` (transB = 1) on a batch of rows; `MatMul`, `Add` otherwise |
/// | `Conv2d` | `Conv` |
/// | `MaxPool2d`, `AvgPool2d` | `MaxPool`, `AveragePool` |
/// | `AdaptiveAvgPool2d` | `GlobalAveragePool` (1×1), `AveragePool` (sizes that divide the input) |
/// | `BatchNorm1d`, `BatchNorm2d` | `BatchNormalization` (the running statistics) |
/// | `LayerNorm` | `LayerNormalization` |
/// | `Flatten`, `Unflatten` | `Flatten`, `Reshape` |
/// | `Dropout`, `Dropout2d`, `Identity` | nothing (inference passes the input through) |
/// | `ReLU`, `Sigmoid`, `Tanh`, `LeakyReLU`, `ELU`, `Softplus`, `Softmax`, `LogSoftmax` | the operator of that name |
/// | `GELU`, `SiLU`, `Step` | `Erf` or `Tanh`, `Sigmoid`, `Greater` with `Mul`, `Add`, `Cast` |
///
/// Any other module (a custom one whose forward pass is code, not a list of
/// layers) is an ``ONNXExportError`` naming it. The graph is the forward
/// pass of evaluation mode; a model file's input scaling is not part of it.
public enum ONNXExport {
    /// The version of the default operator set (`ai.onnx`) the graph uses: 17.
    public static let operatorSetVersion = 17
    /// The ONNX file format (IR) version written: 8.
    public static let irVersion = 8

    /// The bytes of the ONNX model of `model` for inputs of shape
    /// `[N] + sampleShape` (`[784]` for an MLP on MNIST, `[1, 28, 28]` for
    /// a convolutional network).
    public static func encode(_ model: any Module, sampleShape: [Int]) throws(ONNXExportError) -> [UInt8] {
        var builder = try ONNXGraphBuilder(model: model, sampleShape: sampleShape)
        return try builder.build().modelBytes(irVersion: irVersion, opset: operatorSetVersion,
                                              producer: "Axon", producerVersion: "1")
    }

    /// Writes the ONNX model of `model` (see ``encode(_:sampleShape:)``) to
    /// `url` through ``AxonIO/OutputFile``: whole or not at all, and never
    /// over a directory, a device or a FIFO.
    public static func write(_ model: any Module, sampleShape: [Int], to url: URL) throws {
        let bytes = try encode(model, sampleShape: sampleShape)
        try OutputFile.write(Data(bytes), to: url)
    }
}

/// Turns a module tree into an ``ONNXGraph``, one layer at a time, keeping
/// the shape of a batch of one to check each layer and size what needs it.
struct ONNXGraphBuilder {
    /// A value of the graph: its name and the shape it has for a batch of one.
    struct Value {
        var name: String
        var shape: [Int]
    }

    let model: any Module
    let sampleShape: [Int]
    let dtype: DType
    let elementType: ONNXGraph.ElementType
    /// State-dict names of the parameters and buffers, by identity.
    var names: [ObjectIdentifier: String] = [:]
    var graph = ONNXGraph(name: "axon")
    var initialized: Set<String> = []

    init(model: any Module, sampleShape: [Int]) throws(ONNXExportError) {
        self.model = model
        self.sampleShape = sampleShape
        guard !sampleShape.isEmpty, sampleShape.allSatisfy({ $0 > 0 }) else {
            throw ONNXExportError("ONNX export: the input shape must be positive sizes after the batch, got \(sampleShape)")
        }
        let tensors = model.namedParameters.map { (name: $0.name, tensor: $0.parameter.value) }
            + model.namedBuffers.map { (name: $0.name, tensor: $0.buffer.value) }
        dtype = tensors.first { $0.tensor.dtype.isFloatingPoint }?.tensor.dtype ?? .float32
        guard let elementType = ONNXGraph.ElementType(dtype) else {
            throw ONNXExportError("ONNX export: the model's dtype \(dtype) is not float32 or float64")
        }
        self.elementType = elementType
        if let mixed = model.namedParameters.first(where: { $0.parameter.value.dtype != dtype }) {
            throw ONNXExportError("ONNX export: parameter \(mixed.name) is \(mixed.parameter.value.dtype), the model \(dtype); cast the model to one dtype first")
        }
        for (name, parameter) in model.namedParameters { names[ObjectIdentifier(parameter)] = name }
        for (name, buffer) in model.namedBuffers { names[ObjectIdentifier(buffer)] = name }
    }

    /// The whole graph: `input` through the model to `output`.
    mutating func build() throws(ONNXExportError) -> ONNXGraph {
        let input = Value(name: "input", shape: [1] + sampleShape)
        do {
            _ = try model.outputShape(forInput: input.shape)
        } catch {
            throw ONNXExportError("ONNX export: the model does not take inputs of shape [N] + \(sampleShape): \(error.message)")
        }
        var result = try add(model, path: "", input: input)
        if result.name == input.name {
            graph.nodes.append(ONNXGraph.Node(opType: "Identity", name: "output", inputs: [input.name], outputs: ["output"]))
        } else {
            // The last node writes `output` rather than its own name.
            for index in graph.nodes.indices {
                graph.nodes[index].outputs = graph.nodes[index].outputs.map { $0 == result.name ? "output" : $0 }
            }
        }
        result.name = "output"
        graph.inputs = [ONNXGraph.Value(name: input.name, type: elementType, shape: dynamicBatch(input.shape))]
        graph.outputs = [ONNXGraph.Value(name: result.name, type: elementType, shape: dynamicBatch(result.shape))]
        return graph
    }

    private func dynamicBatch(_ shape: [Int]) -> [ONNXGraph.Dimension] {
        [.symbol("N")] + shape.dropFirst().map { .size($0) }
    }

    /// Adds the nodes of `module` (at `path` in the model) applied to `input`.
    mutating func add(_ module: any Module, path: String, input: Value) throws(ONNXExportError) -> Value {
        let outputShape: [Int]
        do {
            outputShape = try module.outputShape(forInput: input.shape)
        } catch {
            throw ONNXExportError("ONNX export: layer \(describe(module, path)): \(error.message)")
        }
        func output(_ suffix: String = "output") -> Value { Value(name: Self.join(path, suffix), shape: outputShape) }
        switch module {
        case let sequential as Sequential:
            var value = input
            for (index, layer) in sequential.layers.enumerated() {
                value = try add(layer, path: join(path, String(index)), input: value)
            }
            return value
        case let dense as Dense:
            return try addDense(dense, path: path, input: input, output: output())
        case let convolution as Conv2d:
            let x = try rank4(input, module, path)
            let kernel = convolution.kernelSize, dilation = convolution.dilation
            let spanH = dilation.height * (kernel.height - 1), spanW = dilation.width * (kernel.width - 1)
            let pads: [Int]
            switch convolution.padding {
            case .valid: pads = [0, 0, 0, 0]
            case .explicit(let size): pads = [size.height, size.width, size.height, size.width]
            // PyTorch's "same": an even kernel pads one more after.
            case .same: pads = [spanH / 2, spanW / 2, spanH - spanH / 2, spanW - spanW / 2]
            }
            var inputs = [x.name, try initializer(convolution.weight, module, path)]
            if let bias = convolution.bias { inputs.append(try initializer(bias, module, path)) }
            return node("Conv", path: path, inputs: inputs, output: output(), attributes: [
                .ints("kernel_shape", [kernel.height, kernel.width]),
                .ints("strides", [convolution.stride.height, convolution.stride.width]),
                .ints("pads", pads),
                .ints("dilations", [dilation.height, dilation.width]),
                .int("group", convolution.groups),
            ])
        case let pool as MaxPool2d:
            let x = try rank4(input, module, path)
            return node("MaxPool", path: path, inputs: [x.name], output: output(), attributes: Self.window(
                kernel: pool.kernelSize, stride: pool.stride, padding: pool.padding) + [
                .ints("dilations", [pool.dilation.height, pool.dilation.width]),
                .int("ceil_mode", pool.ceilMode ? 1 : 0),
            ])
        case let pool as AvgPool2d:
            let x = try rank4(input, module, path)
            return node("AveragePool", path: path, inputs: [x.name], output: output(), attributes: Self.window(
                kernel: pool.kernelSize, stride: pool.stride, padding: pool.padding) + [
                .int("ceil_mode", pool.ceilMode ? 1 : 0),
                .int("count_include_pad", pool.countIncludePad ? 1 : 0),
            ])
        case let pool as AdaptiveAvgPool2d:
            let x = try rank4(input, module, path)
            let (height, width) = (x.shape[2], x.shape[3])
            let size = pool.outputSize
            if size.height == 1 && size.width == 1 {
                return node("GlobalAveragePool", path: path, inputs: [x.name], output: output())
            }
            guard height % size.height == 0, width % size.width == 0 else {
                throw ONNXExportError("ONNX export: layer \(describe(module, path)): an output of \(size) from \(height)×\(width) "
                    + "has windows of different sizes, which ONNX's pooling cannot express; only 1×1 or sizes dividing the input export")
            }
            let window = [height / size.height, width / size.width]
            return node("AveragePool", path: path, inputs: [x.name], output: output(),
                        attributes: [.ints("kernel_shape", window), .ints("strides", window)])
        case let norm as BatchNorm:
            guard let mean = norm.runningMean, let variance = norm.runningVariance else {
                throw ONNXExportError("ONNX export: layer \(describe(module, path)) keeps no running statistics "
                    + "(trackRunningStats: false), so it normalises with each batch's own; ONNX's BatchNormalization needs running ones")
            }
            let scale = try norm.weight.map { p throws(ONNXExportError) in try initializer(p, module, path) }
                ?? constant(join(path, "scale"), Tensor.ones([norm.features], dtype: dtype))
            let shift = try norm.bias.map { p throws(ONNXExportError) in try initializer(p, module, path) }
                ?? constant(join(path, "shift"), Tensor.zeros([norm.features], dtype: dtype))
            let inputs = [input.name, scale, shift, try initializer(mean, module, path), try initializer(variance, module, path)]
            return node("BatchNormalization", path: path, inputs: inputs, output: output(), attributes: [
                .float("epsilon", Float(norm.eps)),
                .float("momentum", Float(1 - norm.momentum)),
            ])
        case let norm as LayerNorm:
            let scale = try norm.weight.map { p throws(ONNXExportError) in try initializer(p, module, path) }
                ?? constant(join(path, "scale"), Tensor.ones(norm.normalizedShape, dtype: dtype))
            let shift = try norm.bias.map { p throws(ONNXExportError) in try initializer(p, module, path) }
                ?? constant(join(path, "shift"), Tensor.zeros(norm.normalizedShape, dtype: dtype))
            return node("LayerNormalization", path: path, inputs: [input.name, scale, shift], output: output(), attributes: [
                .int("axis", -norm.normalizedShape.count),
                .float("epsilon", Float(norm.eps)),
            ])
        case is Flatten:
            return node("Flatten", path: path, inputs: [input.name], output: output(), attributes: [.int("axis", 1)])
        case let unflatten as Unflatten:
            let axis = unflatten.axis < 0 ? unflatten.axis + input.shape.count : unflatten.axis
            guard axis > 0 else {
                throw ONNXExportError("ONNX export: layer \(describe(module, path)) splits the batch axis, which the graph keeps dynamic")
            }
            // 0 in a Reshape's target keeps that dimension: the batch.
            let target = [0] + outputShape.dropFirst()
            let shapeName = join(path, "shape")
            addInitializer(ONNXGraph.Initializer(name: shapeName, integers: target))
            return node("Reshape", path: path, inputs: [input.name, shapeName], output: output())
        case is Dropout, is Dropout2d, is Identity:
            return input
        case is ReLU:
            return node("Relu", path: path, inputs: [input.name], output: output())
        case is Sigmoid:
            return node("Sigmoid", path: path, inputs: [input.name], output: output())
        case is Tanh:
            return node("Tanh", path: path, inputs: [input.name], output: output())
        case is Softplus:
            return node("Softplus", path: path, inputs: [input.name], output: output())
        case let leaky as LeakyReLU:
            return node("LeakyRelu", path: path, inputs: [input.name], output: output(),
                        attributes: [.float("alpha", Float(leaky.negativeSlope))])
        case let elu as ELU:
            return node("Elu", path: path, inputs: [input.name], output: output(), attributes: [.float("alpha", Float(elu.alpha))])
        case let softmax as Softmax:
            return node("Softmax", path: path, inputs: [input.name], output: output(), attributes: [.int("axis", softmax.axis)])
        case let softmax as LogSoftmax:
            return node("LogSoftmax", path: path, inputs: [input.name], output: output(), attributes: [.int("axis", softmax.axis)])
        case is SiLU:
            let gate = node("Sigmoid", path: path, inputs: [input.name], output: output("sigmoid"))
            return node("Mul", path: path, inputs: [input.name, gate.name], output: output())
        case let gelu as GELU:
            return addGELU(gelu.approximation, path: path, input: input, output: output)
        case is Step:
            let positive = node("Greater", path: path, inputs: [input.name, scalar(join(path, "zero"), 0)], output: output("greater"))
            return node("Cast", path: path, inputs: [positive.name], output: output(),
                        attributes: [.int("to", Int(elementType.rawValue))])
        default:
            throw ONNXExportError("ONNX export: layer \(describe(module, path)) has no ONNX form; the exporter knows Sequential and "
                + "the built-in layers (Dense, Conv2d, pooling, BatchNorm, LayerNorm, Flatten, Unflatten, Dropout, activations), "
                + "not a module whose forward pass is its own code")
        }
    }

    /// `Gemm` for `[N, inputs]`; `MatMul` by the transposed weight, then
    /// `Add`, for inputs of any other rank.
    private mutating func addDense(_ dense: Dense, path: String, input: Value, output: Value) throws(ONNXExportError) -> Value {
        let weight = try initializer(dense.weight, dense, path)
        let bias = try dense.bias.map { p throws(ONNXExportError) in try initializer(p, dense, path) }
        if input.shape.count == 2 {
            return node("Gemm", path: path, inputs: [input.name, weight] + (bias.map { [$0] } ?? []), output: output,
                        attributes: [.int("transB", 1)])
        }
        let transposed = node("Transpose", path: path, inputs: [weight], output: Value(name: join(path, "weight_t"), shape: []),
                              attributes: [.ints("perm", [1, 0])])
        guard let bias else { return node("MatMul", path: path, inputs: [input.name, transposed.name], output: output) }
        let product = node("MatMul", path: path, inputs: [input.name, transposed.name],
                           output: Value(name: join(path, "matmul"), shape: output.shape))
        return node("Add", path: path, inputs: [product.name, bias], output: output)
    }

    /// x·Φ(x): with erf, ½x(1 + erf(x/√2)); with tanh,
    /// ½x(1 + tanh(√(2/π)(x + 0.044715x³))), each step a node.
    private mutating func addGELU(_ approximation: GELUApproximation, path: String, input: Value,
                                  output: (String) -> Value) -> Value {
        let x = input.name
        let inner: Value
        switch approximation {
        case .exact:
            let scaled = node("Div", path: path, inputs: [x, scalar(join(path, "sqrt2"), 2.0.squareRoot())], output: output("div"))
            inner = node("Erf", path: path, inputs: [scaled.name], output: output("erf"))
        case .tanh:
            let square = node("Mul", path: path, inputs: [x, x], output: output("square"))
            let cube = node("Mul", path: path, inputs: [square.name, x], output: output("cube"))
            let term = node("Mul", path: path, inputs: [cube.name, scalar(join(path, "coefficient"), 0.044715)], output: output("term"))
            let sum = node("Add", path: path, inputs: [x, term.name], output: output("sum"))
            let argument = node("Mul", path: path, inputs: [sum.name, scalar(join(path, "sqrt_2_over_pi"), (2 / Double.pi).squareRoot())],
                                output: output("argument"))
            inner = node("Tanh", path: path, inputs: [argument.name], output: output("tanh"))
        }
        let onePlus = node("Add", path: path, inputs: [inner.name, scalar(join(path, "one"), 1)], output: output("one_plus"))
        let product = node("Mul", path: path, inputs: [x, onePlus.name], output: output("mul"))
        return node("Mul", path: path, inputs: [product.name, scalar(join(path, "half"), 0.5)], output: output("output"))
    }

    // MARK: - Nodes and initializers

    /// Appends one node writing `output`, and returns `output`.
    @discardableResult
    private mutating func node(_ opType: String, path: String, inputs: [String], output: Value,
                               attributes: [ONNXGraph.Attribute] = []) -> Value {
        let name = join(path, opType) + (graph.nodes.contains { $0.name == join(path, opType) } ? "_\(graph.nodes.count)" : "")
        graph.nodes.append(ONNXGraph.Node(opType: opType, name: name, inputs: inputs, outputs: [output.name], attributes: attributes))
        return output
    }

    /// The name of `parameter` (or buffer) as an initializer, added once.
    private mutating func initializer(_ object: AnyObject, _ module: any Module, _ path: String) throws(ONNXExportError) -> String {
        guard let name = names[ObjectIdentifier(object)] else {
            throw ONNXExportError("ONNX export: layer \(describe(module, path)) holds a tensor that is not in the model's state dict")
        }
        let tensor: Tensor
        switch object {
        case let parameter as Parameter: tensor = parameter.value
        case let buffer as Buffer: tensor = buffer.value
        default: preconditionFailure("ONNX export: \(name) is neither a parameter nor a buffer")
        }
        if !initialized.contains(name) {
            addInitializer(ONNXGraph.Initializer(name: name, tensor: tensor.cast(to: dtype)))
        }
        return name
    }

    /// A constant of the model's dtype that no state-dict name holds.
    private mutating func constant(_ name: String, _ tensor: Tensor) -> String {
        addInitializer(ONNXGraph.Initializer(name: name, tensor: tensor.cast(to: dtype)))
        return name
    }

    /// A one-element constant `[1]`, broadcast by the node that reads it.
    private mutating func scalar(_ name: String, _ value: Double) -> String {
        constant(name, Tensor([value]))
    }

    private mutating func addInitializer(_ initializer: ONNXGraph.Initializer) {
        graph.initializers.append(initializer)
        initialized.insert(initializer.name)
    }

    /// The input of a layer that needs `[N, C, H, W]`.
    /// A pooling window's attributes: ONNX pads are (top, left, bottom, right).
    private static func window(kernel: Size2D, stride: Size2D, padding: Size2D) -> [ONNXGraph.Attribute] {
        [.ints("kernel_shape", [kernel.height, kernel.width]),
         .ints("strides", [stride.height, stride.width]),
         .ints("pads", [padding.height, padding.width, padding.height, padding.width])]
    }

    private func rank4(_ input: Value, _ module: any Module, _ path: String) throws(ONNXExportError) -> Value {
        guard input.shape.count == 4 else {
            throw ONNXExportError("ONNX export: layer \(describe(module, path)) needs inputs [N, C, H, W], got [N] + \(Array(input.shape.dropFirst()))")
        }
        return input
    }

    private func join(_ path: String, _ name: String) -> String { Self.join(path, name) }

    /// `path.name`, or `name` at the top.
    static func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : path + "." + name }

    /// `3 (Conv2d)`, or the type alone for the model itself.
    private func describe(_ module: any Module, _ path: String) -> String {
        path.isEmpty ? module.layerName : "\(path) (\(module.layerName))"
    }
}
