import AxonTensor
import Foundation

/// Counts of (actual class, predicted class) pairs, with the per-class
/// scores derived from them.
public struct ConfusionMatrix: Sendable, Equatable {
    /// `counts[actual][predicted]`.
    public let counts: [[Int]]

    /// The number of classes.
    public var classes: Int { counts.count }

    /// Tallies predictions against labels; both hold class indices in `0..<classes`.
    public init(predicted: [Int], actual: [Int], classes: Int) {
        precondition(predicted.count == actual.count, "ConfusionMatrix: \(predicted.count) predictions for \(actual.count) labels")
        var counts = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes)
        for (p, a) in zip(predicted, actual) where (0..<classes).contains(p) && (0..<classes).contains(a) {
            counts[a][p] += 1
        }
        self.counts = counts
    }

    /// The number of samples counted.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// The fraction of samples on the diagonal.
    public var accuracy: Double {
        let correct = (0..<classes).reduce(0) { $0 + counts[$1][$1] }
        return total == 0 ? 0 : Double(correct) / Double(total)
    }

    /// Of the samples predicted as `c`, the fraction that are `c` (0 when none were).
    public func precision(_ c: Int) -> Double {
        let predicted = (0..<classes).reduce(0) { $0 + counts[$1][c] }
        return predicted == 0 ? 0 : Double(counts[c][c]) / Double(predicted)
    }

    /// Of the samples that are `c`, the fraction predicted as `c` (0 when there are none).
    public func recall(_ c: Int) -> Double {
        let actual = counts[c].reduce(0, +)
        return actual == 0 ? 0 : Double(counts[c][c]) / Double(actual)
    }

    /// The harmonic mean of precision and recall for `c` (0 when both are 0).
    public func f1(_ c: Int) -> Double {
        let p = precision(c), r = recall(c)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The matrix as text: one row per actual class, one column per predicted
    /// class, then precision, recall and F1 per class.
    public func table(classNames: [String]? = nil) -> String {
        let names = classNames ?? (0..<classes).map(String.init)
        let width = Swift.max(6, names.map(\.count).max() ?? 0, String(counts.flatMap { $0 }.max() ?? 0).count)
        func pad(_ text: String) -> String { String(repeating: " ", count: Swift.max(0, width - text.count)) + text }
        var lines = [pad("actual") + " | predicted"]
        lines.append(pad("") + " | " + names.map(pad).joined(separator: " "))
        for (c, row) in counts.enumerated() {
            lines.append(pad(names[c]) + " | " + row.map { pad(String($0)) }.joined(separator: " "))
        }
        lines.append("")
        lines.append(pad("class") + "  precision  recall      f1")
        for c in 0..<classes {
            let scores = [precision(c), recall(c), f1(c)].map { String(format: "%.4f", $0) }
            lines.append(pad(names[c]) + "  " + scores.map { String(repeating: " ", count: 9 - $0.count) + $0 }.joined(separator: "  "))
        }
        return lines.joined(separator: "\n")
    }
}

/// Measures of a model's predictions.
public enum Metrics {
    /// The fraction of rows whose highest score is at the label's index.
    /// `scores` is `[N, C]` (logits or probabilities), `labels` `[N]` integers.
    public static func accuracy(scores: Tensor, labels: Tensor) -> Double {
        let predicted = scores.argmax(axis: 1).integers
        let actual = labels.integers
        guard !actual.isEmpty else { return 0 }
        let correct = zip(predicted, actual).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        return Double(correct) / Double(actual.count)
    }

    /// The confusion matrix of `[N, C]` scores against `[N]` labels.
    public static func confusionMatrix(scores: Tensor, labels: Tensor) -> ConfusionMatrix {
        let classes = scores.shape[scores.rank - 1]
        return ConfusionMatrix(predicted: scores.argmax(axis: 1).integers,
                               actual: labels.integers, classes: classes)
    }

    /// The mean absolute error over every element.
    public static func meanAbsoluteError(predictions: Tensor, targets: Tensor) -> Double {
        noGrad { (predictions.detached() - targets).abs().mean().item }
    }

    /// The coefficient of determination R² = 1 − SS_res / SS_tot, per target
    /// column and averaged uniformly over columns (as scikit-learn's
    /// `r2_score`); a constant column with a perfect fit counts as 1, an
    /// imperfect one as 0.
    public static func rSquared(predictions: Tensor, targets: Tensor) -> Double {
        noGrad {
            let y = targets.cast(to: .float64).reshaped([targets.shape.first ?? 0, -1])
            let p = predictions.detached().cast(to: .float64).reshaped(y.shape)
            let residual = (y - p).squared().sum(axes: [0]).doubles
            let spread = (y - y.mean(axes: [0], keepDims: true)).squared().sum(axes: [0]).doubles
            let scores = zip(residual, spread).map { res, tot -> Double in
                if tot == 0 { return res == 0 ? 1 : 0 }
                return 1 - res / tot
            }
            return scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
        }
    }
}
