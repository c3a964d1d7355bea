import AxonTensor

/// Whether a variance-scaling initializer divides by the number of inputs or
/// of outputs of a layer (PyTorch's `mode` argument).
public enum FanMode: Sendable, Equatable {
    /// Preserves the variance of activations in the forward pass.
    case fanIn
    /// Preserves the variance of gradients in the backward pass.
    case fanOut
}

/// How a layer's initial parameter values are drawn, with the formulas of
/// `torch.nn.init`. A fully connected layer of `fanIn` inputs and `fanOut`
/// outputs draws every value from the seeded generator it is given.
public enum Initializer: Sendable, Equatable {
    /// `torch.nn.Linear`'s default: uniform in ±1/√fanIn, for weights and
    /// biases alike. (For the weight this is `kaiming_uniform_` with
    /// `a = √5`: gain √(2/(1 + 5)), bound √3·gain/√fanIn = 1/√fanIn.)
    case pytorchDefault
    /// Glorot and Bengio (2010): uniform in ±gain·√(6/(fanIn + fanOut)).
    /// The default value of `gain` is `1`.
    case xavierUniform(gain: Double = 1)
    /// Glorot and Bengio (2010): normal with standard deviation
    /// gain·√(2/(fanIn + fanOut)). The default value of `gain` is `1`.
    case xavierNormal(gain: Double = 1)
    /// He et al. (2015): uniform in ±√3·gain/√fan. The default value of
    /// `gain` is `√2` (ReLU) and of `mode` is `.fanIn`.
    case kaimingUniform(gain: Double = 2.0.squareRoot(), mode: FanMode = .fanIn)
    /// He et al. (2015): normal with standard deviation gain/√fan. The
    /// default value of `gain` is `√2` (ReLU) and of `mode` is `.fanIn`.
    case kaimingNormal(gain: Double = 2.0.squareRoot(), mode: FanMode = .fanIn)
    /// Every value 0.
    case zeros
    /// Every value `value`.
    case constant(Double)

    /// A tensor of `shape` drawn for a layer with `fanIn` inputs and `fanOut`
    /// outputs (a bias uses its layer's fans).
    public func makeTensor(
        shape: [Int], fanIn: Int, fanOut: Int, dtype: DType = .float32, generator: inout RandomGenerator
    ) -> Tensor {
        switch self {
        case .pytorchDefault:
            let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
            return Tensor.randomUniform(shape, low: -bound, high: bound, dtype: dtype, generator: &generator)
        case .xavierUniform(let gain):
            let bound = gain * (6 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
            return Tensor.randomUniform(shape, low: -bound, high: bound, dtype: dtype, generator: &generator)
        case .xavierNormal(let gain):
            let deviation = gain * (2 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
            return Tensor.randomNormal(shape, standardDeviation: deviation, dtype: dtype, generator: &generator)
        case .kaimingUniform(let gain, let mode):
            let bound = 3.0.squareRoot() * gain / Double(Swift.max(mode == .fanIn ? fanIn : fanOut, 1)).squareRoot()
            return Tensor.randomUniform(shape, low: -bound, high: bound, dtype: dtype, generator: &generator)
        case .kaimingNormal(let gain, let mode):
            let deviation = gain / Double(Swift.max(mode == .fanIn ? fanIn : fanOut, 1)).squareRoot()
            return Tensor.randomNormal(shape, standardDeviation: deviation, dtype: dtype, generator: &generator)
        case .zeros:
            return Tensor.zeros(shape, dtype: dtype)
        case .constant(let value):
            return Tensor.full(shape, value: value, dtype: dtype)
        }
    }
}
