import AxonTensor

/// Average pooling over the last two axes, as `torch.nn.AvgPool2d`; see
/// ``AxonTensor/Tensor/avgPool2d(_:kernelSize:stride:padding:ceilMode:countIncludePad:)``.
public final class AvgPool2d: Module {
    /// The window.
    public let kernelSize: Size2D
    /// The step between windows (the kernel size unless given).
    public let stride: Size2D
    /// The zeros on each side.
    public let padding: Size2D
    /// Whether the output size rounds up.
    public let ceilMode: Bool
    /// Whether the padding counts in a window's size.
    public let countIncludePad: Bool
    public var isTraining = true

    /// An average-pooling layer. The default value of `stride` is the kernel
    /// size, of `padding` 0, of `ceilMode` `false`, of `countIncludePad` `true`.
    public init(_ kernelSize: Size2D, stride: Size2D? = nil, padding: Size2D = 0, ceilMode: Bool = false,
                countIncludePad: Bool = true) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.avgPool2d(x, kernelSize: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
                         countIncludePad: countIncludePad)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        do {
            return try Tensor.pool2dOutputShape(input: shape, kernelSize: kernelSize, stride: stride, padding: padding,
                                                ceilMode: ceilMode, op: "AvgPool2d(\(kernelSize))")
        } catch {
            throw ModuleError("\(error)")
        }
    }
}

extension AvgPool2d: ConfigurableModule {
    /// The window, as `torch.nn.AvgPool2d` names its arguments.
    public struct Configuration: Codable, Equatable, Sendable {
        public var kernelSize: [Int]
        public var stride: [Int]
        public var padding: [Int]
        public var ceilMode: Bool
        public var countIncludePad: Bool
    }

    public var configuration: Configuration {
        Configuration(kernelSize: kernelSize.pair, stride: stride.pair, padding: padding.pair, ceilMode: ceilMode,
                      countIncludePad: countIncludePad)
    }

    public convenience init(configuration c: Configuration) throws {
        self.init(try Size2D(pair: c.kernelSize, "AvgPool2d kernelSize"), stride: try Size2D(pair: c.stride, "AvgPool2d stride"),
                  padding: try Size2D(pair: c.padding, "AvgPool2d padding"), ceilMode: c.ceilMode,
                  countIncludePad: c.countIncludePad)
    }
}
