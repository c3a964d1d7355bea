import AxonTensor

/// Flattens every dimension after the batch dimension into one, as
/// `torch.nn.Flatten()`: `[batch, 28, 28]` becomes `[batch, 784]`.
public final class Flatten: Module {
    public var isTraining = true

    /// A flatten layer.
    public init() {}

    public func callAsFunction(_ x: Tensor) -> Tensor {
        if x.rank < 2 {
            requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) }
        }
        return x.flattened(startAxis: 1)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        guard let batch = shape.first, shape.count >= 2 else {
            throw ModuleError("Flatten: expected a batch of rank 2 or more, got shape \(shape)")
        }
        var features = 1
        for size in shape.dropFirst() {
            let (product, overflow) = features.multipliedReportingOverflow(by: size)
            guard !overflow else { throw ModuleError("Flatten: the shape \(shape) has too many elements to count") }
            features = product
        }
        return [batch, features]
    }
}

extension Flatten: ConfigurableModule {
    public var configuration: NoConfiguration { NoConfiguration() }
    public convenience init(configuration: NoConfiguration) { self.init() }
}
