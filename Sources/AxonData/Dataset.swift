import AxonTensor

/// One batch of examples: `inputs` of shape `[rows, features]` and the
/// matching `targets`.
public struct Batch: Sendable {
    /// The inputs, one row per example (float32 for the built-in data sets).
    public var inputs: Tensor
    /// Class indices of shape `[rows]` (int64) for classification, or values
    /// of shape `[rows, outputs]` (float32) for regression.
    public var targets: Tensor

    /// A batch of `inputs` and their `targets`.
    public init(inputs: Tensor, targets: Tensor) {
        self.inputs = inputs
        self.targets = targets
    }

    /// The number of examples in the batch.
    public var count: Int { inputs.shape.first ?? 0 }
}

/// What a data set's targets are.
public enum TargetKind: Equatable, Sendable {
    /// Class indices in `0..<classes`, stored as int64 of shape `[count]`.
    case classification(classes: Int)
    /// `outputs` real values per example, stored as float32 of shape `[count, outputs]`.
    case regression(outputs: Int)
}

/// A collection of examples that a ``DataLoader`` can draw batches from.
///
/// Row `i` of every batch is example `indices[i]`, so a loader can shuffle by
/// passing a permutation. Conforming types keep their examples in tensors and
/// pick rows with `indexSelect`, so that picking a batch copies whole rows
/// rather than looping over elements.
public protocol Dataset: Sendable {
    /// The number of examples.
    var count: Int { get }
    /// The number of input features per example (the width of a row of inputs).
    var featureCount: Int { get }
    /// The shape of one example as a model sees it: `[featureCount]` for
    /// rows of features, `[1, 28, 28]` for MNIST's images given to a
    /// convolutional network. Batches are `[rows] + sampleShape`. The default
    /// value is `[featureCount]`.
    var sampleShape: [Int] { get }
    /// Whether the targets are class indices or real values, and how many.
    var targetKind: TargetKind { get }
    /// The examples at `indices` (a one-dimensional integer tensor), in that order.
    func batch(indices: Tensor) -> Batch
    /// The examples `rows.lowerBound ..< rows.upperBound`, in order.
    func batch(rows: Range<Int>) -> Batch
}

extension Dataset {
    public var sampleShape: [Int] { [featureCount] }

    /// The examples in `rows`, picked through ``batch(indices:)``.
    public func batch(rows: Range<Int>) -> Batch {
        batch(indices: Tensor(rows.map { Int64($0) }, shape: [rows.count]))
    }

    /// The number of classes, or `nil` for a regression data set.
    public var classCount: Int? {
        if case let .classification(classes) = targetKind { return classes }
        return nil
    }

    /// The width of a model's output layer for this data set: the number of
    /// classes, or the number of regression targets.
    public var outputCount: Int {
        switch targetKind {
        case let .classification(classes): return classes
        case let .regression(outputs): return outputs
        }
    }
}
