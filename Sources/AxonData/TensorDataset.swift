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
    /// The inputs as stored, one row per example: usually float32; bytes for
    /// images, which a model sees multiplied by ``inputScale``.
    public let inputs: Tensor
    /// The factor that turns stored ``inputs`` into the features a model
    /// sees: 1, or 1/255 for images kept as bytes. Batches and ``features``
    /// apply it; kept as bytes, MNIST's 60,000 images take 47 MB instead of
    /// 188 MB and a shuffled batch reads a quarter of the memory.
    public let inputScale: Double
    /// The targets, one entry (classification) or row (regression) per example.
    public let targets: Tensor
    /// Whether the targets are class indices or real values, and how many.
    public let targetKind: TargetKind
    /// The name of each class, indexed by class (empty when the classes have
    /// no names, as with integer labels).
    public let classNames: [String]
    /// The name of each input feature (empty when unknown).
    public let featureNames: [String]
    /// The shape of one example as batches give it: `[features]` unless set
    /// by ``withSampleShape(_:)``.
    public private(set) var sampleShape: [Int]
    /// The shape of one example as an image, `[channels, height, width]`,
    /// when the rows are images (MNIST's `[1, 28, 28]`), else `nil`: what a
    /// convolutional network takes, through ``withSampleShape(_:)``.
    public var imageShape: [Int]? {
        didSet {
            if let imageShape {
                precondition(imageShape.count == 3 && imageShape.reduce(1, *) == featureCount,
                             "TensorDataset: an image shape \(imageShape) must be [C, H, W] holding the \(featureCount) features")
            }
        }
    }

    /// A data set of `inputs` (`[count, features]`; a one-dimensional tensor
    /// is one feature per example) and `targets`.
    ///
    /// Integer targets of shape `[count]` are class indices; their number of
    /// classes is `classes`, or one more than the largest label when `nil`
    /// (the default value is `nil`). Float targets are regression values,
    /// `[count]` being one output per example. uint8 inputs are features
    /// `inputs × inputScale` in float32.
    public init(inputs: Tensor, targets: Tensor, classes: Int? = nil,
                classNames: [String] = [], featureNames: [String] = [], inputScale: Double = 1) {
        let rows = inputs.shape.first ?? 0
        precondition(inputs.rank == 1 || inputs.rank == 2,
                     "TensorDataset: inputs must be [count, features], not \(inputs.shape)")
        precondition(inputScale == 1 || inputs.dtype == .uint8,
                     "TensorDataset: only uint8 inputs take a scale, not \(inputs.dtype)")
        self.inputScale = inputScale
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
        self.sampleShape = [self.inputs.shape[1]]
        self.imageShape = nil
    }

    /// The data set with batches of `[rows] + shape`: `[1, 28, 28]` turns
    /// MNIST's rows of 784 pixels into images for a convolutional network.
    /// The storage stays rows of features; only the batches' shape changes.
    public func withSampleShape(_ shape: [Int]) -> TensorDataset {
        precondition(shape.reduce(1, *) == featureCount && shape.allSatisfy { $0 > 0 },
                     "TensorDataset: a sample shape \(shape) must hold the \(featureCount) features of a row")
        var copy = self
        copy.sampleShape = shape
        return copy
    }

    /// `inputs` of a batch in the sample shape.
    private func shaped(_ inputs: Tensor) -> Tensor {
        sampleShape.count == 1 ? inputs : inputs.reshaped([inputs.shape[0]] + sampleShape)
    }

    /// A classification data set from Swift arrays: one row of features per
    /// example and its class index.
    ///
    /// ```swift
    /// let xor = TensorDataset(inputs: [[0, 0], [0, 1], [1, 0], [1, 1]], labels: [0, 1, 1, 0])
    /// ```
    ///
    /// Every row must have the same length, and the labels must be as many as
    /// the rows and not negative (programming errors, stopped with a message).
    public init(inputs: [[Float]], labels: [Int], classNames: [String] = []) {
        self.init(inputs: TensorDataset.matrix(inputs), targets: TensorDataset.labels(labels, rows: inputs.count),
                  classNames: classNames)
    }

    /// A classification data set from rows of `Double` features (kept as
    /// float64) and class indices, as the `[[Float]]` form takes them.
    public init(inputs: [[Double]], labels: [Int], classNames: [String] = []) {
        self.init(inputs: TensorDataset.matrix(inputs), targets: TensorDataset.labels(labels, rows: inputs.count),
                  classNames: classNames)
    }

    /// A regression data set from Swift arrays: one row of features and one
    /// row of target values per example.
    public init(inputs: [[Float]], targets: [[Float]]) {
        precondition(inputs.count == targets.count, "TensorDataset: \(inputs.count) input rows but \(targets.count) target rows")
        self.init(inputs: TensorDataset.matrix(inputs), targets: TensorDataset.matrix(targets))
    }

    /// The rows as a `[rows, width]` tensor, checking that they are equally long.
    private static func matrix<T: TensorScalar>(_ rows: [[T]]) -> Tensor {
        let width = rows.first?.count ?? 0
        if let index = rows.firstIndex(where: { $0.count != width }) {
            preconditionFailure("TensorDataset: row \(index) has \(rows[index].count) values, row 0 has \(width)")
        }
        return Tensor(rows.flatMap { $0 }, shape: [rows.count, width])
    }

    /// Class indices as an int64 tensor, one per row.
    private static func labels(_ labels: [Int], rows: Int) -> Tensor {
        precondition(labels.count == rows, "TensorDataset: \(rows) input rows but \(labels.count) labels")
        return Tensor(labels.map { Int64($0) }, shape: [labels.count])
    }

    /// A data set with the same metadata (class names, feature names, kind)
    /// and new tensors: what transforms and splits return.
    /// New inputs are features as they are (scale 1); without them the
    /// stored inputs and their scale are kept.
    public func replacing(inputs newInputs: Tensor? = nil, targets newTargets: Tensor? = nil) -> TensorDataset {
        var result = TensorDataset(inputs: newInputs ?? inputs, targets: newTargets ?? targets,
                                   classes: classCount, classNames: classNames, featureNames: featureNames,
                                   inputScale: newInputs == nil ? inputScale : 1)
        if result.featureCount == featureCount {
            result.sampleShape = sampleShape
            result.imageShape = imageShape
        }
        return result
    }

    /// The features a model sees, one row per example: ``inputs``, or for
    /// inputs kept as bytes, their float32 values times ``inputScale``
    /// (always rows, whatever the ``sampleShape``).
    public var features: Tensor { flatBatch(rows: 0..<count).inputs }

    /// The number of examples.
    public var count: Int { inputs.shape[0] }

    /// The number of input features per example.
    public var featureCount: Int { inputs.shape[1] }

    /// ``inputs`` and ``targets`` where a batch is their rows as stored:
    /// float rows of features (no scale, no sample shape) and one int64 class
    /// label per example; nil for any other set. A step that picks its
    /// batches itself reads these (the trainer's graph-free step).
    package var rowsAsStored: (inputs: Tensor, labels: Tensor)? {
        guard inputs.dtype.isFloatingPoint, inputs.rank == 2, sampleShape.count == 1,
              targets.dtype == .int64, targets.rank == 1 else { return nil }
        return (inputs, targets)
    }

    /// The examples at `indices`, copied row by row (float rows with
    /// `indexSelect`; byte rows widened and scaled on the way).
    public func batch(indices: Tensor) -> Batch {
        let targets = targets.indexSelect(axis: 0, indices: indices)
        if inputs.dtype == .uint8 {
            return Batch(inputs: shaped(inputs.widenedRows(indices, scale: inputScale)), targets: targets)
        }
        return Batch(inputs: shaped(inputs.indexSelect(axis: 0, indices: indices)), targets: targets)
    }

    /// The examples in `rows`; the whole set of float inputs is returned without a copy.
    public func batch(rows: Range<Int>) -> Batch {
        let batch = flatBatch(rows: rows)
        return Batch(inputs: shaped(batch.inputs), targets: batch.targets)
    }

    /// The examples in `rows`, inputs as rows of features.
    private func flatBatch(rows: Range<Int>) -> Batch {
        if inputs.dtype == .uint8 {
            let picks = Tensor(rows.map { Int64($0) }, shape: [rows.count])
            return Batch(inputs: inputs.widenedRows(picks, scale: inputScale), targets: targets.slice(axis: 0, rows))
        }
        if rows == 0..<count { return Batch(inputs: inputs, targets: targets) }
        return Batch(inputs: inputs.slice(axis: 0, rows), targets: targets.slice(axis: 0, rows))
    }

    /// A data set of the examples at `indices`, in that order, stored as this one is.
    public func subset(indices: [Int]) -> TensorDataset {
        let picks = Tensor(indices.map { Int64($0) }, shape: [indices.count])
        var result = TensorDataset(inputs: inputs.indexSelect(axis: 0, indices: picks),
                                   targets: targets.indexSelect(axis: 0, indices: picks),
                                   classes: classCount, classNames: classNames, featureNames: featureNames,
                                   inputScale: inputScale)
        result.sampleShape = sampleShape
        result.imageShape = imageShape
        return result
    }
}
