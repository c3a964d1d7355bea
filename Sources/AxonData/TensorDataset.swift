import AxonTensor

/// A data set held in memory as two tensors: `inputs` of shape
/// `[count, features]` and `targets`, either class indices of shape `[count]`
/// (int64) or real values of shape `[count, outputs]` (float32).
///
/// ```swift
/// let data = TensorDataset(inputs: Tensor(points, shape: [4, 2]),
///                          targets: Tensor([0, 1, 1, 0] as [Int64]))
/// ```
public struct TensorDataset: Dataset {
    /// The inputs, one row per example.
    public let inputs: Tensor
    /// The targets, one entry (classification) or row (regression) per example.
    public let targets: Tensor
    /// Whether the targets are class indices or real values, and how many.
    public let targetKind: TargetKind
    /// The name of each class, indexed by class (empty when the classes have
    /// no names, as with integer labels).
    public let classNames: [String]
    /// The name of each input feature (empty when unknown).
    public let featureNames: [String]

    /// A data set of `inputs` (`[count, features]`; a one-dimensional tensor
    /// is one feature per example) and `targets`.
    ///
    /// Integer targets of shape `[count]` are class indices; their number of
    /// classes is `classes`, or one more than the largest label when `nil`
    /// (the default value is `nil`). Float targets are regression values,
    /// `[count]` being one output per example.
    public init(inputs: Tensor, targets: Tensor, classes: Int? = nil,
                classNames: [String] = [], featureNames: [String] = []) {
        let rows = inputs.shape.first ?? 0
        precondition(inputs.rank == 1 || inputs.rank == 2,
                     "TensorDataset: inputs must be [count, features], not \(inputs.shape)")
        precondition(targets.shape.first == rows,
                     "TensorDataset: \(rows) inputs but targets of shape \(targets.shape)")
        self.inputs = inputs.rank == 1 ? inputs.reshaped([rows, 1]) : inputs
        if targets.dtype.isFloatingPoint {
            precondition(targets.rank <= 2, "TensorDataset: regression targets must be [count, outputs], not \(targets.shape)")
            self.targets = targets.rank == 1 ? targets.reshaped([rows, 1]) : targets
            self.targetKind = .regression(outputs: self.targets.shape[1])
        } else {
            precondition(targets.rank == 1, "TensorDataset: class indices must be [count], not \(targets.shape)")
            let labels = targets.cast(to: .int64)
            let largest = rows > 0 ? Int(labels.max().item) : -1
            let smallest = rows > 0 ? Int(labels.min().item) : 0
            precondition(smallest >= 0, "TensorDataset: class index \(smallest) is negative")
            let classCount = classes ?? Swift.max(largest + 1, classNames.count)
            precondition(largest < classCount, "TensorDataset: class index \(largest) is outside 0..<\(classCount)")
            self.targets = labels
            self.targetKind = .classification(classes: classCount)
        }
        self.classNames = classNames
        self.featureNames = featureNames
    }

    /// A data set with the same metadata (class names, feature names, kind)
    /// and new tensors: what transforms and splits return.
    public func replacing(inputs newInputs: Tensor? = nil, targets newTargets: Tensor? = nil) -> TensorDataset {
        TensorDataset(inputs: newInputs ?? inputs, targets: newTargets ?? targets,
                      classes: classCount, classNames: classNames, featureNames: featureNames)
    }

    /// The number of examples.
    public var count: Int { inputs.shape[0] }

    /// The number of input features per example.
    public var featureCount: Int { inputs.shape[1] }

    /// The examples at `indices`, copied row by row with `indexSelect`.
    public func batch(indices: Tensor) -> Batch {
        Batch(inputs: inputs.indexSelect(axis: 0, indices: indices),
              targets: targets.indexSelect(axis: 0, indices: indices))
    }

    /// The examples in `rows`; the whole set is returned without a copy.
    public func batch(rows: Range<Int>) -> Batch {
        if rows == 0..<count { return Batch(inputs: inputs, targets: targets) }
        return Batch(inputs: inputs.slice(axis: 0, rows), targets: targets.slice(axis: 0, rows))
    }

    /// A data set of the examples at `indices`, in that order.
    public func subset(indices: [Int]) -> TensorDataset {
        let picked = batch(indices: Tensor(indices.map { Int64($0) }, shape: [indices.count]))
        return replacing(inputs: picked.inputs, targets: picked.targets)
    }
}
