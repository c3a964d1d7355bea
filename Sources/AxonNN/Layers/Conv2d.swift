import AxonTensor

/// The 2-D convolution layer, as `torch.nn.Conv2d`: images `[N, C, H, W]`
/// to `[N, out, H′, W′]` by ``AxonTensor/Tensor/conv2d(_:weight:bias:stride:padding:dilation:groups:activation:)``.
///
/// The weight is `[out, in/groups, kh, kw]` and the bias `[out]`, PyTorch's
/// layouts and names, initialised as PyTorch does: uniform in ±1/√fanIn
/// with fanIn = in/groups·kh·kw (Kaiming-uniform with a = √5), the weight
/// drawn first, then the bias.
///
/// ```swift
/// let conv = Conv2d(1, 6, kernelSize: 5, padding: 2)   // LeNet-5's first layer
/// let y = conv(images)                                  // [N, 1, 28, 28] → [N, 6, 28, 28]
/// ```
public final class Conv2d: Module {
    /// The number of input channels.
    public let inChannels: Int
    /// The number of output channels (filters).
    public let outChannels: Int
    /// The kernel's height and width.
    public let kernelSize: Size2D
    /// The step between windows.
    public let stride: Size2D
    /// The zeros around the input.
    public let padding: ConvPadding
    /// The spacing of the kernel's elements.
    public let dilation: Size2D
    /// The number of channel groups, each convolved on its own.
    public let groups: Int
    /// The filters, `[out, in/groups, kh, kw]`.
    public let weight: Parameter
    /// The bias, `[out]`, or `nil`.
    public let bias: Parameter?
    public var isTraining = true

    /// A convolution layer drawn from the global generator.
    ///
    /// - Parameters:
    ///   - inChannels: input channels, a multiple of `groups`.
    ///   - outChannels: output channels, a multiple of `groups`.
    ///   - kernelSize: the window, e.g. `5` or `[3, 5]`.
    ///   - stride: the default value is `1`.
    ///   - padding: a size, `.same` (stride 1) or `.valid`. The default value is `0`.
    ///   - dilation: the default value is `1`.
    ///   - groups: the default value is `1`.
    ///   - bias: whether to add a bias. The default value is `true`.
    ///   - dtype: the default value is `.float32`.
    public convenience init(
        _ inChannels: Int, _ outChannels: Int, kernelSize: Size2D, stride: Size2D = 1, padding: ConvPadding = 0,
        dilation: Size2D = 1, groups: Int = 1, bias: Bool = true, dtype: DType = .float32
    ) {
        let tensors = RandomGenerator.withGlobal { generator in
            Conv2d.initialTensors(inChannels, outChannels, kernelSize: kernelSize, groups: groups, bias: bias,
                                  dtype: dtype, generator: &generator)
        }
        self.init(inChannels, outChannels, kernelSize: kernelSize, stride: stride, padding: padding, dilation: dilation,
                  groups: groups, weight: tensors.weight, bias: tensors.bias)
    }

    /// A convolution layer drawn from `generator`; see ``init(_:_:kernelSize:stride:padding:dilation:groups:bias:dtype:)``.
    public convenience init(
        _ inChannels: Int, _ outChannels: Int, kernelSize: Size2D, stride: Size2D = 1, padding: ConvPadding = 0,
        dilation: Size2D = 1, groups: Int = 1, bias: Bool = true, dtype: DType = .float32,
        generator: inout RandomGenerator
    ) {
        let tensors = Conv2d.initialTensors(inChannels, outChannels, kernelSize: kernelSize, groups: groups, bias: bias,
                                            dtype: dtype, generator: &generator)
        self.init(inChannels, outChannels, kernelSize: kernelSize, stride: stride, padding: padding, dilation: dilation,
                  groups: groups, weight: tensors.weight, bias: tensors.bias)
    }

    private init(
        _ inChannels: Int, _ outChannels: Int, kernelSize: Size2D, stride: Size2D, padding: ConvPadding, dilation: Size2D,
        groups: Int, weight: Tensor, bias: Tensor?
    ) {
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernelSize = kernelSize
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.weight = Parameter(weight)
        self.bias = bias.map { Parameter($0) }
    }

    /// The weight and bias as PyTorch draws them.
    private static func initialTensors(
        _ inChannels: Int, _ outChannels: Int, kernelSize: Size2D, groups: Int, bias: Bool, dtype: DType,
        generator: inout RandomGenerator
    ) -> (weight: Tensor, bias: Tensor?) {
        requireValid { () throws(ModuleError) in
            try Conv2d.validate(inChannels: inChannels, outChannels: outChannels, kernelSize: kernelSize, groups: groups, dtype: dtype)
        }
        let fanIn = inChannels / groups * kernelSize.height * kernelSize.width
        let fanOut = outChannels / groups * kernelSize.height * kernelSize.width
        let weight = Initializer.pytorchDefault.makeTensor(
            shape: [outChannels, inChannels / groups, kernelSize.height, kernelSize.width], fanIn: fanIn, fanOut: fanOut,
            dtype: dtype, generator: &generator)
        let biasTensor = bias ? Initializer.pytorchDefault.makeTensor(
            shape: [outChannels], fanIn: fanIn, fanOut: fanOut, dtype: dtype, generator: &generator) : nil
        return (weight, biasTensor)
    }

    /// Checks the sizes of a layer: positive, channels divisible by `groups`.
    public static func validate(inChannels: Int, outChannels: Int, kernelSize: Size2D, groups: Int,
                                dtype: DType = .float32) throws(ModuleError) {
        guard inChannels > 0, outChannels > 0 else {
            throw ModuleError("Conv2d: channels must be positive, got \(inChannels) in and \(outChannels) out")
        }
        guard kernelSize.height > 0, kernelSize.width > 0 else {
            throw ModuleError("Conv2d: kernel size must be positive, got \(kernelSize)")
        }
        guard groups > 0, inChannels % groups == 0, outChannels % groups == 0 else {
            throw ModuleError("Conv2d: \(groups) groups must divide \(inChannels) input and \(outChannels) output channels")
        }
        guard dtype.isFloatingPoint else { throw ModuleError("Conv2d: dtype must be float32 or float64, got \(dtype)") }
        _ = try ParameterBudget.count([weightShape(inChannels, outChannels, kernelSize, groups)], for: "Conv2d")
    }

    private static func weightShape(_ inChannels: Int, _ outChannels: Int, _ kernelSize: Size2D, _ groups: Int) -> [Int] {
        [outChannels, inChannels / groups, kernelSize.height, kernelSize.width]
    }

    /// Takes the layer's weight and bias from the ``ParameterBudget`` in force.
    static func reserve(inChannels: Int, outChannels: Int, kernelSize: Size2D, groups: Int, bias: Bool) throws(ModuleError) {
        let weight = weightShape(inChannels, outChannels, kernelSize, groups)
        try ParameterBudget.reserve(bias ? [weight, [outChannels]] : [weight], for: "Conv2d(\(inChannels) → \(outChannels))")
    }

    public func callAsFunction(_ x: Tensor) -> Tensor { callAsFunction(x, activation: .identity) }

    /// The layer followed by `activation`, as one op (see
    /// ``AxonTensor/Tensor/conv2d(_:weight:bias:stride:padding:dilation:groups:activation:)``):
    /// the same numbers as applying the activation to the layer's output.
    /// ``Sequential`` calls this for a layer that an activation follows.
    public func callAsFunction(_ x: Tensor, activation: LinearActivation) -> Tensor {
        if x.rank != 4 && x.rank != 3 || x.shape[x.rank - 3] != inChannels {
            requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) }
        }
        return Tensor.conv2d(x, weight: weight.value, bias: bias?.value, stride: stride, padding: padding,
                             dilation: dilation, groups: groups, activation: activation)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        do {
            return try Tensor.conv2dOutputShape(input: shape, weight: weight.shape, stride: stride, padding: padding,
                                                dilation: dilation, groups: groups)
        } catch {
            throw ModuleError("\(description): \(error)")
        }
    }
}

extension Conv2d: CustomStringConvertible {
    /// `Conv2d(1 → 6, 5, padding: 2)`.
    public var description: String {
        var parts = ["\(inChannels) → \(outChannels)", kernelSize.description]
        if stride != 1 { parts.append("stride: \(stride)") }
        if padding != 0 { parts.append("padding: \(padding)") }
        if dilation != 1 { parts.append("dilation: \(dilation)") }
        if groups != 1 { parts.append("groups: \(groups)") }
        if bias == nil { parts.append("bias: false") }
        return "Conv2d(" + parts.joined(separator: ", ") + ")"
    }
}

extension Conv2d: ConfigurableModule {
    /// The layer's arguments, as `torch.nn.Conv2d` names them.
    public struct Configuration: Codable, Equatable, Sendable {
        public var inChannels: Int
        public var outChannels: Int
        public var kernelSize: [Int]
        public var stride: [Int]
        /// `[h, w]`, or `"same"` / `"valid"` in ``paddingMode``.
        public var padding: [Int]
        public var paddingMode: String?
        public var dilation: [Int]
        public var groups: Int
        public var bias: Bool
    }

    public var configuration: Configuration {
        let (pad, mode): ([Int], String?)
        switch padding {
        case .explicit(let size): (pad, mode) = ([size.height, size.width], nil)
        case .same: (pad, mode) = ([0, 0], "same")
        case .valid: (pad, mode) = ([0, 0], "valid")
        }
        return Configuration(
            inChannels: inChannels, outChannels: outChannels, kernelSize: [kernelSize.height, kernelSize.width],
            stride: [stride.height, stride.width], padding: pad, paddingMode: mode,
            dilation: [dilation.height, dilation.width], groups: groups, bias: bias != nil)
    }

    /// A layer of the configured shape, drawn from the global generator.
    public convenience init(configuration c: Configuration) throws {
        func size(_ pair: [Int], _ name: String) throws(ModuleError) -> Size2D {
            guard pair.count == 2, pair.allSatisfy({ $0 <= Size2D.largest }) else {
                throw ModuleError("Conv2d: \(name) must be [height, width] of at most \(Size2D.largest), got \(pair)")
            }
            return Size2D(height: pair[0], width: pair[1])
        }
        let kernel = try size(c.kernelSize, "kernelSize")
        try Conv2d.validate(inChannels: c.inChannels, outChannels: c.outChannels, kernelSize: kernel, groups: c.groups)
        try Conv2d.reserve(inChannels: c.inChannels, outChannels: c.outChannels, kernelSize: kernel, groups: c.groups, bias: c.bias)
        let padding: ConvPadding
        switch c.paddingMode {
        case nil: padding = .explicit(try size(c.padding, "padding"))
        case "same"?: padding = .same
        case "valid"?: padding = .valid
        case let other?: throw ModuleError("Conv2d: padding mode \"\(other)\" is not same or valid")
        }
        self.init(c.inChannels, c.outChannels, kernelSize: kernel, stride: try size(c.stride, "stride"), padding: padding,
                  dilation: try size(c.dilation, "dilation"), groups: c.groups, bias: c.bias)
    }
}
