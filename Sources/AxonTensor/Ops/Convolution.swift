/// A height and a width: a kernel size, a stride, a dilation or a padding,
/// as PyTorch takes an int or a pair. `3` means `(3, 3)`, `[2, 1]` means
/// height 2, width 1.
public struct Size2D: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// The size along the height (rows).
    public var height: Int
    /// The size along the width (columns).
    public var width: Int

    /// The given height and width.
    public init(height: Int, width: Int) {
        self.height = height
        self.width = width
    }

    /// The same size along both axes.
    public init(_ both: Int) { self.init(height: both, width: both) }

    public init(integerLiteral value: Int) { self.init(value) }

    /// `[height, width]`.
    public init(arrayLiteral elements: Int...) {
        precondition(elements.count == 2, "Size2D: give [height, width], not \(elements)")
        self.init(height: elements[0], width: elements[1])
    }

    /// `3` for a square size, `(2, 1)` otherwise.
    public var description: String { height == width ? "\(height)" : "(\(height), \(width))" }
}

/// How a convolution pads its input, as PyTorch's `padding` argument.
public enum ConvPadding: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// This many zeros before and after each axis.
    case explicit(Size2D)
    /// No padding (PyTorch's `"valid"`).
    case valid
    /// Enough zeros that the output has the input's size (stride 1 only):
    /// `dilation·(k − 1)` in all per axis, half before and the rest after,
    /// so an even kernel pads one more after (PyTorch's `"same"`).
    case same

    public init(integerLiteral value: Int) { self = .explicit(Size2D(value)) }

    /// `[height, width]`.
    public init(arrayLiteral elements: Int...) {
        precondition(elements.count == 2, "ConvPadding: give [height, width], not \(elements)")
        self = .explicit(Size2D(height: elements[0], width: elements[1]))
    }

    public var description: String {
        switch self {
        case .explicit(let size): return size.description
        case .valid: return "valid"
        case .same: return "same"
        }
    }
}

extension Tensor {
    /// The 2-D convolution (cross-correlation, as in PyTorch) of images
    /// `input` `[N, C, H, W]` (or one image `[C, H, W]`) with `weight`
    /// `[out, C/groups, kh, kw]`, plus `bias` `[out]`:
    ///
    ///     y[n, o, i, j] = b[o] + Σ_{c, p, q} w[o, c, p, q] · x[n, g·C/groups + c, i·s + p·d − pad, j·s + q·d − pad]
    ///
    /// over the input channels `c` of output channel `o`'s group `g`. The
    /// output is `[N, out, ⌊(H + pads − d·(kh − 1) − 1)/s⌋ + 1, …]`. Each
    /// image's patches become the columns of a matrix that the weights
    /// multiply (im2col and the GEMM kernels); the gradients are the same
    /// products read the other ways: `∂x` = `Wᵀ·∂y` added back into the
    /// patches' places, `∂W` = `∂y·patchesᵀ` summed over images, `∂b` = `∂y`
    /// summed over images and positions.
    ///
    /// `activation` (identity unless given) is applied to the output as part
    /// of the op, as ``linear(_:weight:bias:activation:)`` does: ReLU as each
    /// image's output is stored, tanh and sigmoid in place afterwards; the
    /// numbers are those of the activation applied to the convolution, with
    /// one buffer, one pass and one graph node fewer.
    public static func conv2d(
        _ input: Tensor, weight: Tensor, bias: Tensor? = nil, stride: Size2D = 1, padding: ConvPadding = 0,
        dilation: Size2D = 1, groups: Int = 1, activation: LinearActivation = .identity
    ) -> Tensor {
        let unbatched = input.rank == 3
        let x4 = unbatched ? input.reshaped([1] + input.shape) : input
        let (x, w, b, geometry) = checked { () throws(ShapeError) in
            try convolutionOperands(x4, weight: weight, bias: bias, stride: stride, padding: padding,
                                    dilation: dilation, groups: groups)
        }
        let outChannels = w.shape[0]
        let result = Tensor(uninitializedShape: [x.shape[0], outChannels, geometry.outputHeight, geometry.outputWidth],
                            dtype: x.dtype, device: x.device)
        let backend = x.backend
        backend.conv2d(x, weight: w, bias: b, geometry: geometry, groups: groups, relu: activation == .relu,
                       into: result)
        // ReLU's derivative is applied by the gradient kernels as they read ∂y
        // (the saved output as a mask); tanh's and sigmoid's by a pass first.
        let derivative: BinaryKernel?
        switch activation {
        case .identity, .relu: derivative = nil
        case .tanh:
            backend.unary(.tanh, result, into: result)
            derivative = .tanhBackward
        case .sigmoid:
            backend.unary(.sigmoid, result, into: result)
            derivative = .sigmoidBackward
        }
        guard recordsGradient(x, w, b) else {
            return unbatched ? result.reshaped(Array(result.shape.dropFirst())) : result
        }
        let rule: (Tensor) -> [Tensor?] = { upstream in
            var g = upstream.cast(to: x.dtype)
            // The activation's derivative from the saved output, then the convolution's.
            let reluOutput = activation == .relu ? result : nil
            if let derivative { g = activationGradient(derivative, upstream: g, saved: result) }
            var gradients: [Tensor?] = []
            if x.node != nil {
                let gradientX = Tensor(uninitializedShape: x.shape, dtype: x.dtype, device: x.device)
                backend.conv2dInputGradient(g, reluOutput: reluOutput, weight: w, geometry: geometry, groups: groups,
                                            into: gradientX)
                gradients.append(gradientX)
            } else {
                gradients.append(nil)
            }
            let wantsW = w.node != nil, wantsB = b?.node != nil
            var gradientW: Tensor? = nil, gradientB: Tensor? = nil
            if wantsW || wantsB {
                let weightGradient = Tensor(uninitializedShape: w.shape, dtype: x.dtype, device: x.device)
                let biasGradient = b == nil ? nil : Tensor(uninitializedShape: [outChannels], dtype: x.dtype, device: x.device)
                backend.conv2dWeightGradient(x, upstream: g, reluOutput: reluOutput, geometry: geometry, groups: groups,
                                             into: weightGradient, bias: biasGradient)
                gradientW = wantsW ? weightGradient : nil
                gradientB = wantsB ? biasGradient : nil
            }
            gradients.append(gradientW)
            if b != nil { gradients.append(gradientB) }
            return gradients
        }
        let output = b.map { record("conv2d", result, x, w, $0, rule: rule) } ?? record("conv2d", result, x, w, rule: rule)
        return unbatched ? output.reshaped(Array(output.shape.dropFirst())) : output
    }

    /// The output shape of ``conv2d(_:weight:bias:stride:padding:dilation:groups:activation:)``
    /// for an input of `inputShape` and a weight of `weightShape`, or an
    /// error naming what does not fit.
    public static func conv2dOutputShape(
        input inputShape: [Int], weight weightShape: [Int], stride: Size2D = 1, padding: ConvPadding = 0,
        dilation: Size2D = 1, groups: Int = 1
    ) throws(ShapeError) -> [Int] {
        guard inputShape.count == 3 || inputShape.count == 4 else {
            throw ShapeError("conv2d: input of shape \(inputShape) is not [N, C, H, W] or [C, H, W]")
        }
        let batched = inputShape.count == 4 ? inputShape : [1] + inputShape
        let geometry = try convolutionGeometry(batched, weight: weightShape, stride: stride, padding: padding,
                                               dilation: dilation, groups: groups)
        let spatial = [weightShape[0], geometry.outputHeight, geometry.outputWidth]
        return inputShape.count == 4 ? [inputShape[0]] + spatial : spatial
    }

    /// The operands of a convolution in one dtype, and its geometry.
    private static func convolutionOperands(
        _ input: Tensor, weight: Tensor, bias: Tensor?, stride: Size2D, padding: ConvPadding, dilation: Size2D, groups: Int
    ) throws(ShapeError) -> (Tensor, Tensor, Tensor?, ConvGeometry) {
        let geometry = try convolutionGeometry(input.shape, weight: weight.shape, stride: stride, padding: padding,
                                               dilation: dilation, groups: groups)
        if let bias, bias.shape != [weight.shape[0]] {
            throw ShapeError("conv2d: bias of shape \(bias.shape) for \(weight.shape[0]) output channels")
        }
        var dtype = input.dtype.promoted(with: weight.dtype)
        if let bias { dtype = dtype.promoted(with: bias.dtype) }
        guard dtype.isFloatingPoint else { throw ShapeError("conv2d: needs float32 or float64 tensors, not \(dtype)") }
        return (input.cast(to: dtype), weight.cast(to: dtype), bias?.cast(to: dtype), geometry)
    }

    /// The geometry of a convolution of `[N, C, H, W]` by `[out, C/groups, kh, kw]`.
    static func convolutionGeometry(
        _ input: [Int], weight: [Int], stride: Size2D, padding: ConvPadding, dilation: Size2D, groups: Int
    ) throws(ShapeError) -> ConvGeometry {
        guard input.count == 4 else { throw ShapeError("conv2d: input of shape \(input) is not [N, C, H, W]") }
        guard weight.count == 4 else { throw ShapeError("conv2d: weight of shape \(weight) is not [out, in/groups, kh, kw]") }
        guard groups >= 1, input[1] % groups == 0, weight[0] % groups == 0 else {
            throw ShapeError("conv2d: \(groups) groups must divide the input's \(input[1]) and the output's \(weight[0]) channels")
        }
        guard weight[1] * groups == input[1] else {
            throw ShapeError("conv2d: input of shape \(input) has \(input[1]) channels, the weight \(weight) takes \(weight[1] * groups)")
        }
        guard stride.height >= 1, stride.width >= 1, dilation.height >= 1, dilation.width >= 1 else {
            throw ShapeError("conv2d: stride \(stride) and dilation \(dilation) must be at least 1")
        }
        let spanH = dilation.height * (weight[2] - 1), spanW = dilation.width * (weight[3] - 1)
        let pads: (top: Int, left: Int, bottom: Int, right: Int)
        switch padding {
        case .valid: pads = (0, 0, 0, 0)
        case .explicit(let size):
            guard size.height >= 0, size.width >= 0 else { throw ShapeError("conv2d: padding \(size) must not be negative") }
            pads = (size.height, size.width, size.height, size.width)
        case .same:
            guard stride == 1 else { throw ShapeError("conv2d: padding \"same\" needs stride 1, not \(stride)") }
            pads = (spanH / 2, spanW / 2, spanH - spanH / 2, spanW - spanW / 2)
        }
        let paddedH = input[2] + pads.top + pads.bottom, paddedW = input[3] + pads.left + pads.right
        guard paddedH > spanH, paddedW > spanW else {
            throw ShapeError("conv2d: the kernel \(weight[2])×\(weight[3]) (dilation \(dilation)) is larger than the padded input \(paddedH)×\(paddedW) of shape \(input)")
        }
        return ConvGeometry(
            channels: input[1], height: input[2], width: input[3], kernelHeight: weight[2], kernelWidth: weight[3],
            strideHeight: stride.height, strideWidth: stride.width,
            dilationHeight: dilation.height, dilationWidth: dilation.width,
            padTop: pads.top, padLeft: pads.left, padBottom: pads.bottom, padRight: pads.right,
            outputHeight: (paddedH - spanH - 1) / stride.height + 1, outputWidth: (paddedW - spanW - 1) / stride.width + 1)
    }
}
