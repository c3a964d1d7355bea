import AxonTensor

/// Average pooling to a fixed output size, as `torch.nn.AdaptiveAvgPool2d`
/// (`1` is global average pooling); see ``AxonTensor/Tensor/adaptiveAvgPool2d(_:outputSize:)``.
public final class AdaptiveAvgPool2d: Module {
    /// The output's height and width.
    public let outputSize: Size2D
    public var isTraining = true

    /// A layer pooling to `outputSize`.
    public init(_ outputSize: Size2D) {
        requireValid { () throws(ModuleError) in
            guard outputSize.height >= 1, outputSize.width >= 1 else {
                throw ModuleError("AdaptiveAvgPool2d: output size must be positive, got \(outputSize)")
            }
        }
        self.outputSize = outputSize
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        if x.rank != 3 && x.rank != 4 { requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) } }
        return Tensor.adaptiveAvgPool2d(x, outputSize: outputSize)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        guard shape.count == 3 || shape.count == 4, shape.suffix(2).allSatisfy({ $0 > 0 }) else {
            throw ModuleError("AdaptiveAvgPool2d(\(outputSize)): expected [N, C, H, W] or [C, H, W], got shape \(shape)")
        }
        return Array(shape.dropLast(2)) + [outputSize.height, outputSize.width]
    }
}

extension AdaptiveAvgPool2d: ConfigurableModule {
    /// The output size.
    public struct Configuration: Codable, Equatable, Sendable {
        public var outputSize: [Int]
    }

    public var configuration: Configuration { Configuration(outputSize: outputSize.pair) }

    public convenience init(configuration: Configuration) throws {
        let size = try Size2D(pair: configuration.outputSize, "AdaptiveAvgPool2d outputSize")
        guard size.height >= 1, size.width >= 1 else {
            throw ModuleError("AdaptiveAvgPool2d: output size must be positive, got \(size)")
        }
        self.init(size)
    }
}
