import AxonTensor

/// Standardisation, as scikit-learn's `StandardScaler`: each feature minus its
/// mean, divided by its population standard deviation (divisor n), both
/// measured on the training set only and then applied unchanged to every
/// other set. A feature that never varies keeps a divisor of 1.
///
/// ```swift
/// let scaler = StandardScaler(fittedTo: splits.train)
/// let train = scaler.transform(splits.train), test = scaler.transform(splits.test)
/// ```
public struct StandardScaler: Sendable {
    /// The mean of each feature over the training set, shape `[features]`.
    public let mean: Tensor
    /// The population standard deviation of each feature (1 where it is 0).
    public let standardDeviation: Tensor

    /// Measures the mean and standard deviation of each feature of `dataset`.
    public init(fittedTo dataset: TensorDataset) {
        let x = dataset.inputs.cast(to: .float64)
        mean = x.mean(axes: [0])
        let deviation = x.variance(axes: [0], correction: 0).sqrt()
        standardDeviation = Tensor.where(deviation .== 0, Tensor.ones(like: deviation), deviation)
    }

    /// `dataset` with every feature standardised: (x − mean) / standardDeviation.
    public func transform(_ dataset: TensorDataset) -> TensorDataset {
        let x = dataset.inputs
        precondition(x.shape[1] == mean.shape[0],
                     "StandardScaler: fitted to \(mean.shape[0]) features, given \(x.shape[1])")
        let scaled = (x.cast(to: .float64) - mean) / standardDeviation
        return dataset.replacing(inputs: scaled.cast(to: x.dtype))
    }
}

/// Min-max scaling into [0, 1]: (x − min) / (max − min), with the minimum and
/// maximum of each feature measured on the training set only. A feature that
/// never varies keeps a range of 1. Other sets may fall outside [0, 1].
public struct MinMaxScaler: Sendable {
    /// The smallest value of each feature over the training set.
    public let minimum: Tensor
    /// max − min of each feature (1 where it is 0).
    public let range: Tensor

    /// Measures the minimum and maximum of each feature of `dataset`.
    public init(fittedTo dataset: TensorDataset) {
        let x = dataset.inputs.cast(to: .float64)
        minimum = x.min(axes: [0])
        let width = x.max(axes: [0]) - minimum
        range = Tensor.where(width .== 0, Tensor.ones(like: width), width)
    }

    /// `dataset` with every feature scaled by the fitted minimum and range.
    public func transform(_ dataset: TensorDataset) -> TensorDataset {
        let x = dataset.inputs
        precondition(x.shape[1] == minimum.shape[0],
                     "MinMaxScaler: fitted to \(minimum.shape[0]) features, given \(x.shape[1])")
        let scaled = (x.cast(to: .float64) - minimum) / range
        return dataset.replacing(inputs: scaled.cast(to: x.dtype))
    }
}

extension TensorDataset {
    /// The data set with its inputs multiplied by `factor`, as float32 when
    /// they were integers (raw pixel bytes times 1/255 give [0, 1]).
    public func scaled(by factor: Double) -> TensorDataset {
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
                             classNames: classNames, featureNames: featureNames)
    }
}
