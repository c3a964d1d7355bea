import AxonNN

/// How well a model does on a data set.
public struct Evaluation: Sendable {
    /// The number of samples evaluated.
    public let count: Int
    /// The mean loss per sample.
    public let loss: Double
    /// The fraction classified correctly (classification only).
    public let accuracy: Double?
    /// Counts of (actual, predicted) classes (classification only).
    public let confusionMatrix: ConfusionMatrix?
    /// The mean absolute error (regression only).
    public let meanAbsoluteError: Double?
    /// The coefficient of determination R² (regression only).
    public let rSquared: Double?
}
