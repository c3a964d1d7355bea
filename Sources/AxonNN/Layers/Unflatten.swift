import AxonTensor

/// Splits one axis into several, as `torch.nn.Unflatten`: `Unflatten(1,
/// [1, 28, 28])` turns `[N, 784]` into `[N, 1, 28, 28]`.
public final class Unflatten: Module {
    /// The axis split.
    public let axis: Int
    /// Its new sizes (one may be `-1`).
    public let sizes: [Int]
    public var isTraining = true

    /// A layer splitting `axis` into `sizes`.
    public init(_ axis: Int, _ sizes: [Int]) {
        requireValid { () throws(ModuleError) in
            guard !sizes.isEmpty, sizes.filter({ $0 == -1 }).count <= 1, sizes.allSatisfy({ $0 == -1 || $0 > 0 }) else {
                throw ModuleError("Unflatten: sizes must be positive, with at most one -1, got \(sizes)")
            }
        }
        self.axis = axis
        self.sizes = sizes
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        requireValid { () throws(ModuleError) in _ = try outputShape(forInput: x.shape) }
        return x.unflattened(axis: axis, sizes: sizes)
    }

    public func outputShape(forInput shape: [Int]) throws(ModuleError) -> [Int] {
        let position = axis < 0 ? axis + shape.count : axis
        guard position >= 0, position < shape.count else {
            throw ModuleError("Unflatten(\(axis), \(sizes)): no axis \(axis) in shape \(shape)")
        }
        let known = sizes.filter { $0 != -1 }.reduce(1, *)
        let fits = sizes.contains(-1) ? shape[position] % known == 0 : known == shape[position]
        guard fits else {
            throw ModuleError("Unflatten(\(axis), \(sizes)): axis \(axis) of \(shape) has \(shape[position]) elements")
        }
        var result = shape
        result.replaceSubrange(position...position, with: sizes.map { $0 == -1 ? shape[position] / known : $0 })
        return result
    }
}

extension Unflatten: ConfigurableModule {
    /// The axis and its new sizes.
    public struct Configuration: Codable, Equatable, Sendable {
        public var axis: Int
        public var sizes: [Int]
    }

    public var configuration: Configuration { Configuration(axis: axis, sizes: sizes) }

    public convenience init(configuration c: Configuration) throws {
        guard !c.sizes.isEmpty, c.sizes.filter({ $0 == -1 }).count <= 1,
              c.sizes.allSatisfy({ $0 == -1 || ($0 > 0 && $0 <= Size2D.largest) }),
              (try? ParameterBudget.count([c.sizes.map { Swift.max($0, 1) }], for: "Unflatten")) != nil else {
            throw ModuleError("Unflatten: sizes must be positive (a product that can be counted), with at most one -1, got \(c.sizes)")
        }
        self.init(c.axis, c.sizes)
    }
}
