import AxonTensor

/// Max pooling over the last two axes, as `torch.nn.MaxPool2d`; see
/// ``AxonTensor/Tensor/maxPool2d(_:kernelSize:stride:padding:dilation:ceilMode:)``.
public final class MaxPool2d: Module {
    /// The window.
    public let kernelSize: Size2D
    /// The step between windows (the kernel size unless given).
    public let stride: Size2D
    /// The padding on each side.
    public let padding: Size2D
    /// The spacing of the window's elements.
    public let dilation: Size2D
    /// Whether the output size rounds up.
    public let ceilMode: Bool
    public var isTraining = true

    /// A max-pooling layer. The default value of `stride` is the kernel
    /// size, of `padding` 0, of `dilation` 1, of `ceilMode` `false`.
    public init(_ kernelSize: Size2D, stride: Size2D? = nil, padding: Size2D = 0, dilation: Size2D = 1, ceilMode: Bool = false) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
        self.padding = padding
        self.dilation = dilation
        self.ceilMode = ceilMode
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        Tensor.maxPool2d(x, kernelSize: kernelSize, stride: stride, padding: padding, dilation: dilation, ceilMode: ceilMode)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        do {
            return try Tensor.pool2dOutputShape(input: shape, kernelSize: kernelSize, stride: stride, padding: padding,
                                                dilation: dilation, ceilMode: ceilMode, op: "MaxPool2d(\(kernelSize))")
        } catch {
            throw ModuleError("\(error)")
        }
    }
}

extension MaxPool2d: ConfigurableModule {
    /// The window, as `torch.nn.MaxPool2d` names its arguments.
    public struct Configuration: Codable, Equatable, Sendable {
        public var kernelSize: [Int]
        public var stride: [Int]
        public var padding: [Int]
        public var dilation: [Int]
        public var ceilMode: Bool
    }

    public var configuration: Configuration {
        Configuration(kernelSize: kernelSize.pair, stride: stride.pair, padding: padding.pair, dilation: dilation.pair,
                      ceilMode: ceilMode)
    }

    public convenience init(configuration c: Configuration) throws {
        self.init(try Size2D(pair: c.kernelSize, "MaxPool2d kernelSize"), stride: try Size2D(pair: c.stride, "MaxPool2d stride"),
                  padding: try Size2D(pair: c.padding, "MaxPool2d padding"),
                  dilation: try Size2D(pair: c.dilation, "MaxPool2d dilation"), ceilMode: c.ceilMode)
    }
}

extension Size2D {
    /// The largest kernel, stride, padding, dilation or output size a
    /// configuration or layer list may give (2²⁴): far beyond any image,
    /// and small enough that the output-size arithmetic cannot overflow.
    static let largest = 1 << 24

    /// `[height, width]`, as configurations record a size.
    var pair: [Int] { [height, width] }

    /// The size of a configuration's `[height, width]`.
    init(pair: [Int], _ name: String) throws(ModuleError) {
        guard pair.count == 2, pair.allSatisfy({ $0 >= 0 && $0 <= Size2D.largest }) else {
            throw ModuleError("\(name) must be [height, width] of sizes from 0 to \(Size2D.largest), got \(pair)")
        }
        self.init(height: pair[0], width: pair[1])
    }
}
