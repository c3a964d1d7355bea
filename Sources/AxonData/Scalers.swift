import AxonTensor

/// A per-feature affine rescaling `(x − shift) / scale`, fitted on the
/// training set only and then applied unchanged to every other set (and
/// saved with a model, so new data is prepared the same way).
///
/// - ``standardizing(_:)``: as scikit-learn's `StandardScaler`, shift = the
///   mean, scale = the population standard deviation (divisor n).
/// - ``minMax(_:)``: shift = the minimum, scale = max − min, so the training
///   set lands in [0, 1] (other sets may fall outside).
/// - ``globalStandardizing(_:)``: one mean and standard deviation over every
///   feature at once, for features that share one scale, such as the pixels
///   of an image (MNIST's 0.1307 and 0.3081).
///
/// A feature that never varies keeps a scale of 1.
///
/// ```swift
/// let scaler = FeatureScaler.standardizing(splits.train)
/// let train = scaler.transform(splits.train), test = scaler.transform(splits.test)
/// ```
public struct FeatureScaler: Sendable {
    /// Which statistics the scaler was fitted with.
    public enum Kind: String, Sendable, CaseIterable {
        case standard
        case minMax = "minmax"
        case global
    }

    /// Which statistics the scaler was fitted with.
    public let kind: Kind
    /// What each feature has subtracted (mean or minimum), shape `[features]`, float64.
    public let shift: Tensor
    /// What each feature is then divided by (standard deviation or range), never 0.
    public let scale: Tensor

    /// A scaler with known statistics (as read back from a model file).
    public init(kind: Kind, shift: [Double], scale: [Double]) {
        precondition(shift.count == scale.count, "FeatureScaler: \(shift.count) shifts for \(scale.count) scales")
        self.kind = kind
        self.shift = Tensor(shift)
        self.scale = Tensor(scale.map { $0 == 0 ? 1 : $0 })
    }

    private init(kind: Kind, shift: Tensor, scale: Tensor) {
        self.kind = kind
        self.shift = shift
        self.scale = Tensor.where(scale .== 0, Tensor.ones(like: scale), scale)
    }

    /// Standardisation fitted to `dataset`: mean and population standard deviation per feature.
    public static func standardizing(_ dataset: TensorDataset) -> FeatureScaler {
        let x = dataset.features.cast(to: .float64)
        return FeatureScaler(kind: .standard, shift: x.mean(axes: [0]), scale: x.variance(axes: [0], correction: 0).sqrt())
    }

    /// Min-max scaling fitted to `dataset`: minimum and range per feature.
    public static func minMax(_ dataset: TensorDataset) -> FeatureScaler {
        let x = dataset.features.cast(to: .float64)
        let minimum = x.min(axes: [0])
        return FeatureScaler(kind: .minMax, shift: minimum, scale: x.max(axes: [0]) - minimum)
    }

    /// Standardisation by one mean and population standard deviation over
    /// every feature of `dataset`.
    public static func globalStandardizing(_ dataset: TensorDataset) -> FeatureScaler {
        let x = dataset.features.cast(to: .float64)
        let features = x.shape.last ?? 0
        return FeatureScaler(kind: .global, shift: Tensor.full([features], value: x.mean().item, dtype: .float64),
                             scale: Tensor.full([features], value: x.variance(correction: 0).sqrt().item, dtype: .float64))
    }

    /// The number of features the scaler was fitted to.
    public var featureCount: Int { shift.count }

    /// `dataset` with every feature rescaled, in its own dtype.
    public func transform(_ dataset: TensorDataset) -> TensorDataset {
        dataset.replacing(inputs: transform(dataset.features))
    }

    /// `inputs` (`[N, features]`) with every feature rescaled, in their own dtype.
    public func transform(_ inputs: Tensor) -> Tensor {
        precondition(inputs.shape.last == featureCount,
                     "FeatureScaler: fitted to \(featureCount) features, given shape \(inputs.shape)")
        let dtype = inputs.dtype.isFloatingPoint ? inputs.dtype : .float32
        return ((inputs.cast(to: .float64) - shift) / scale).cast(to: dtype)
    }
}

extension TensorDataset {
    /// The data set with its features multiplied by `factor` (raw pixel
    /// bytes times 1/255 give [0, 1]). Bytes stay bytes, their ``inputScale``
    /// multiplied; other integers become float32.
    public func scaled(by factor: Double) -> TensorDataset {
        if inputs.dtype == .uint8 {
            return TensorDataset(inputs: inputs, targets: targets, classes: classCount, classNames: classNames,
                                 featureNames: featureNames, inputScale: inputScale * factor).keepingShapes(of: self)
        }
        let x = inputs.dtype.isFloatingPoint ? inputs : inputs.cast(to: .float32)
        return replacing(inputs: x * factor)
    }

    /// The class-index targets as one-hot float32 rows `[count, classes]`:
    /// a regression data set, for losses such as mean squared error that
    /// want one output per class.
    public func oneHotTargets() -> TensorDataset {
        guard let classes = classCount else {
            preconditionFailure("oneHotTargets: the targets are already real values, not class indices")
        }
        return TensorDataset(inputs: inputs, targets: targets.oneHot(classes: classes, dtype: .float32),
                             classNames: classNames, featureNames: featureNames, inputScale: inputScale)
            .keepingShapes(of: self)
    }
}

extension TensorDataset {
    /// This data set with the sample and image shapes of `other` (same features).
    func keepingShapes(of other: TensorDataset) -> TensorDataset {
        var result = withSampleShape(other.sampleShape)
        result.imageShape = other.imageShape
        return result
    }
}
