/// Where a tensor's bytes live. Every op runs on its operands' device, through
/// that device's ``Backend``.
public enum Device: String, Sendable, Equatable, CustomStringConvertible {
    /// Main memory, with the SIMD kernels of `CAxonKernels`.
    case cpu

    public var description: String { rawValue }

    /// The kernels of this device.
    var backend: any Backend {
        switch self {
        case .cpu: return CPUBackend()
        }
    }
}

/// The kernel interface under the ops: everything an op does to memory, in
/// terms of tensors. The ops in `Ops/` compute shapes, dtypes and gradient
/// rules and call these; they never touch raw memory. Each device implements
/// the interface once (``CPUBackend`` with the C kernels of `CAxonKernels`),
/// so a second device is a second implementation, not a rewrite of the ops.
///
/// Conventions: outputs are passed in (`into:`), already allocated on the
/// device with their shape and dtype; inputs have the output's dtype unless
/// said otherwise; tensors are contiguous and row-major; an output may be the
/// first input of an elementwise kernel (in place).
protocol Backend: Sendable {
    // MARK: Memory

    /// Sets every element of `tensor` to `value`, converted to its dtype.
    func fill(_ tensor: Tensor, with value: Double)
    /// Converts every element of `x` to `y`'s dtype (a C cast: floats to
    /// integers truncate toward zero, nonzero becomes `true`).
    func cast(_ x: Tensor, into y: Tensor)
    /// Copies `count` elements of `source` from element `sourceOffset` into
    /// `target` at element `offset` (same dtype).
    func copy(_ source: Tensor, from sourceOffset: Int, into target: Tensor, at offset: Int, count: Int)
    /// Adds `count` elements of `source` from `sourceOffset` into `target` at
    /// `offset` (float tensors of one dtype).
    func accumulate(_ source: Tensor, from sourceOffset: Int, into target: Tensor, at offset: Int, count: Int)
    /// Fills `y` (contiguous, its own shape) with the element of `x` at
    /// `Σ index[d] · strides[d]` for each index of `y` (strides in elements;
    /// 0 repeats): permute, transpose, expand.
    func gather(_ x: Tensor, strides: [Int], into y: Tensor)
    /// Copies rows of `x`, seen as `[outer, length, inner]`, into `y`, seen as
    /// `[outer, rows.count, inner]`: `y[o, i, :] = x[o, rows[i], :]`.
    /// `rows` is an int64 tensor of values in `0..<length`.
    func gatherRows(_ x: Tensor, rows: Tensor, outer: Int, length: Int, inner: Int, into y: Tensor)
    /// The values of an int64 tensor as indices into a dimension of `bound`
    /// (a negative one counted from the end), as an int64 tensor of values
    /// in `0..<bound` (the same tensor when every value already is), or the
    /// position of the first that is outside `-bound..<bound`.
    func wrappedIndices(_ indices: Tensor, bound: Int) -> Result<Tensor, IndexOutOfRange>
    /// The rows `rows` (an int64 tensor of row numbers) of a uint8 matrix `x`
    /// into the float32 matrix `y`, each byte times `scale`.
    func gatherScaledBytes(_ x: Tensor, rows: Tensor, scale: Double, into y: Tensor)
    /// `y[i] = x[offsets[i]]` (elements of the flat storage).
    func gatherElements(_ x: Tensor, offsets: [Int], into y: Tensor)
    /// `y[i] = x[offsets[i]]`, or `fill` where `offsets[i]` is negative (padding).
    func gatherElements(_ x: Tensor, offsets: [Int], fill: Double, into y: Tensor)
    /// `y[offsets[i]] += x[i]`, every contribution added, negative offsets
    /// skipped (float tensors).
    func scatterAddElements(_ x: Tensor, offsets: [Int], into y: Tensor)

    // MARK: Elementwise

    /// `y = f(x)` elementwise, for a float `x`.
    func unary(_ function: UnaryKernel, _ x: Tensor, into y: Tensor)
    /// A libm function without a vector kernel, elementwise, for a float `x`.
    func scalarFunction(_ function: ScalarFunctionKernel, _ x: Tensor, into y: Tensor)
    /// `z = a ∘ b` for float tensors broadcast to `z`'s shape; `z` may be `a`.
    func binary(_ operation: BinaryKernel, _ a: Tensor, _ b: Tensor, into z: Tensor)
    /// `z = a ∘ b` for int64 tensors broadcast to `z`'s shape (int64).
    func integerBinary(_ operation: IntegerKernel, _ a: Tensor, _ b: Tensor, into z: Tensor)
    /// A bool `z = a ⋈ b` for tensors of one dtype broadcast to `z`'s shape.
    func compare(_ comparison: ComparisonKernel, _ a: Tensor, _ b: Tensor, into z: Tensor)
    /// `z = mask ? a : b` for a bool mask and tensors of one dtype, all
    /// broadcast to `z`'s shape.
    func select(_ mask: Tensor, _ a: Tensor, _ b: Tensor, into z: Tensor)

    // MARK: Reductions

    /// For `x` seen as `[outer, length, inner]`, reduces the middle axis into
    /// `y`, `[outer, inner]` (float tensors).
    func reduce(_ reduction: ReductionKernel, _ x: Tensor, outer: Int, length: Int, inner: Int, into y: Tensor)
    /// The sum of each column of `x`, seen as `[rows, columns]`, into `y`
    /// (`[columns]`): a bias's gradient, whatever the number of columns.
    func columnSums(_ x: Tensor, rows: Int, columns: Int, into y: Tensor)
    /// For `x` seen as `[rows, length]`, the index of each row's largest
    /// (`largest`) or smallest element into the int64 `y`: the first of
    /// ties, NaN counting as the extreme.
    func argExtremum(_ x: Tensor, rows: Int, length: Int, largest: Bool, into y: Tensor)

    // MARK: Convolution and pooling (NCHW)

    /// `y = conv(x, weight) + bias` for images `x` `[N, C, H, W]` and weights
    /// `[out, C/groups, kh, kw]`; `y` is `[N, out, outH, outW]`. With `relu`,
    /// `y = max(y, 0)` (NaN kept) as it is stored.
    func conv2d(_ x: Tensor, weight: Tensor, bias: Tensor?, geometry: ConvGeometry, groups: Int, relu: Bool,
                into y: Tensor)
    /// The gradient of a convolution's input for the output gradient. With
    /// `reluOutput` (the output of a ReLU fused into ``conv2d``), the output
    /// gradient counts only where it is > 0: the gradient through the ReLU.
    func conv2dInputGradient(_ upstream: Tensor, reluOutput: Tensor?, weight: Tensor, geometry: ConvGeometry,
                             groups: Int, into x: Tensor)
    /// The gradients of a convolution's weights (and bias, when given), the
    /// output gradient masked as for the input gradient.
    func conv2dWeightGradient(_ x: Tensor, upstream: Tensor, reluOutput: Tensor?, geometry: ConvGeometry, groups: Int,
                              into weight: Tensor, bias: Tensor?)
    /// Max pooling of every plane of `x` (`[planes, H, W]` in effect) into
    /// `y`, with the flat in-plane index of each maximum into the int64 `indices`.
    func maxPool2d(_ x: Tensor, geometry: ConvGeometry, into y: Tensor, indices: Tensor)
    /// `x` = 0, then `x[index] += upstream` per output (`x` is overwritten).
    func maxPool2dBackward(_ upstream: Tensor, indices: Tensor, geometry: ConvGeometry, into x: Tensor)
    /// Average pooling with PyTorch's divisor.
    func avgPool2d(_ x: Tensor, geometry: ConvGeometry, countIncludePad: Bool, into y: Tensor)
    /// Each output gradient's share added to its window; `x` must start at zero.
    func avgPool2dBackward(_ upstream: Tensor, geometry: ConvGeometry, countIncludePad: Bool, into x: Tensor)
    /// Adaptive average pooling of `[.., H, W]` planes to `y`'s last two sizes.
    func adaptiveAvgPool2d(_ x: Tensor, into y: Tensor)
    /// Its gradient; `x` must start at zero.
    func adaptiveAvgPool2dBackward(_ upstream: Tensor, into x: Tensor)

    // MARK: Products

    /// `c = op(a)·op(b) (+ bias)` for the matrices stored in `a`, `b` and `c`
    /// from the given element offsets, contiguous (`op(a)` is `m × k`,
    /// `op(b)` `k × n`, `c` `m × n`); `bias[j]` is added to column `j`; with
    /// `accumulate` the product is added to `c` instead of replacing it.
    func gemm(_ a: Tensor, _ b: Tensor, into c: Tensor, m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool,
              offsets: MatrixOffsets, bias: Tensor?, accumulate: Bool)

    // MARK: Class labels

    /// The first position of an int64 tensor whose label is outside
    /// `0..<classes`, or `nil`.
    func firstLabel(_ labels: Tensor, outside classes: Int) -> Int?
    /// The number of positions where two int64 tensors of the same element
    /// count hold the same value.
    func countEqual(_ a: Tensor, _ b: Tensor) -> Int

    // MARK: Fused training kernels

    /// Each row's cross-entropy `logsumexp(z) − (1 − ε)·z[y] − ε·mean(z)`
    /// into `losses` and its softmax into `probabilities`.
    func softmaxCrossEntropy(_ logits: Tensor, labels: [Int64], smoothing: Double, losses: Tensor, probabilities: Tensor)
    /// The gradient `scale·(p − target)` of ``softmaxCrossEntropy(_:labels:smoothing:losses:probabilities:)``,
    /// scaled by the upstream gradient of each row (of the mean when `averaged`).
    func softmaxCrossEntropyBackward(_ probabilities: Tensor, labels: [Int64], smoothing: Double, upstream: Tensor,
                                     averaged: Bool, into gradient: Tensor)
    /// One Adam or AdamW step in place; see ``OptimizerKernels/adam(parameter:gradient:m:v:maxV:beta1:beta2:eps:weightDecay:decoupled:learningRate:stepSize:rootBiasCorrection2:)``.
    func adam(parameter w: inout Tensor, gradient g: Tensor, m: inout Tensor, v: inout Tensor, maxV: inout Tensor?,
              constants: AdamConstants)
    /// One SGD step in place; see ``OptimizerKernels/sgd(parameter:gradient:buffer:learningRate:momentum:dampening:weightDecay:nesterov:)``.
    func sgd(parameter w: inout Tensor, gradient g: Tensor, buffer: inout Tensor?, constants: SGDConstants)
}

/// One image's geometry for a convolution or a pooling window: channels and
/// size, kernel, stride, dilation, the padding before and after each axis,
/// and the output size.
struct ConvGeometry: Equatable {
    var channels, height, width: Int
    var kernelHeight, kernelWidth: Int
    var strideHeight, strideWidth: Int
    var dilationHeight, dilationWidth: Int
    var padTop, padLeft, padBottom, padRight: Int
    var outputHeight, outputWidth: Int
}

/// Where each operand of a `gemm` starts in its tensor, in elements.
struct MatrixOffsets {
    var a = 0, b = 0, c = 0
}

/// Elementwise functions with vector kernels.
enum UnaryKernel {
    case exp, log, sqrt, abs, sign, square, negate, tanh, sigmoid, relu
}

/// Elementwise functions of libm's, one element at a time.
enum ScalarFunctionKernel {
    case log1p, expm1, erf
}

/// Elementwise operations of two float tensors.
enum BinaryKernel {
    case add, subtract, multiply, divide, power, maximum, minimum
    /// `g · (1 − y)(1 + y)` from the upstream gradient `g` and tanh's output `y`.
    case tanhBackward
    /// `g · y(1 − y)` from the upstream gradient and sigmoid's output.
    case sigmoidBackward
    /// `g` where the saved input is positive, else 0.
    case reluBackward
}

/// Elementwise integer arithmetic (wrapping).
enum IntegerKernel {
    case add, subtract, multiply
}

/// Elementwise comparisons and logic, to bool.
enum ComparisonKernel {
    case equal, notEqual, less, lessEqual, greater, greaterEqual, and, or
}

/// Reductions along one axis.
enum ReductionKernel {
    case sum, maximum, minimum
}

/// The constants of one Adam step (see ``OptimizerKernels``).
struct AdamConstants {
    var oneMinusBeta1, beta2, oneMinusBeta2, eps, weightDecay: Double
    var decoupled: Bool
    var shrink, stepSize, rootBiasCorrection2: Double
}

/// The constants of one SGD step (see ``OptimizerKernels``).
struct SGDConstants {
    var learningRate, momentum, keep, weightDecay: Double
    var nesterov: Bool
}

extension Tensor {
    /// The kernels of the device that holds this tensor.
    var backend: any Backend { device.backend }

    /// The device that holds the tensor's bytes.
    public var device: Device { storage.device }
}

extension Backend {
    /// `c = op(a)·op(b) (+ bias)` for whole matrices, each starting at its
    /// tensor's first element.
    func gemm(_ a: Tensor, _ b: Tensor, into c: Tensor, m: Int, n: Int, k: Int, transposeA: Bool = false,
              transposeB: Bool = false, bias: Tensor? = nil) {
        gemm(a, b, into: c, m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, offsets: MatrixOffsets(),
             bias: bias, accumulate: false)
    }
}

/// The position of an index outside its dimension (see ``Backend/wrappedIndices(_:bound:)``).
struct IndexOutOfRange: Error {
    let position: Int
}
