/// How many examples feed each optimizer step.
///
/// The primer's three flavours of gradient descent are one optimizer fed
/// batches of different sizes:
/// - ``full``: batch gradient descent (BGD): every example in each step, one
///   step per epoch, the exact gradient of the training loss.
/// - `.size(1)`: stochastic gradient descent (SGD): one example per step, as
///   many steps per epoch as examples, a noisy but cheap gradient.
/// - `.size(k)`: mini-batch gradient descent (MBGD): `k` examples per step,
///   between the two; `k` = 32 to 256 is the usual choice.
public enum BatchSize: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The whole data set in one batch (batch gradient descent).
    case full
    /// Batches of `n` examples, `n` ≥ 1 (1: stochastic, more: mini-batch).
    case size(Int)

    /// Parses `"full"` or a positive integer such as `"128"`, as given to a
    /// flag; `option` names the flag in the error. The default value of
    /// `option` is `"--batch-size"`.
    ///
    /// - Throws: ``DataError/invalidOption(option:value:reason:)``, for
    ///   example `--batch-size: "abc" is not a positive integer or "full"`.
    public init(parsing text: String, option: String = "--batch-size") throws {
        let trimmed = text.trimmingWhitespace()
        if trimmed.lowercased() == "full" {
            self = .full
        } else if let n = Int(trimmed), n > 0 {
            self = .size(n)
        } else {
            throw DataError.invalidOption(option: option, value: text, reason: "is not a positive integer or \"full\"")
        }
    }

    /// The number of examples per batch for a data set of `count` examples
    /// (at least 1, at most `count` unless `count` is 0).
    public func rows(for count: Int) -> Int {
        switch self {
        case .full: return Swift.max(count, 1)
        case let .size(n):
            precondition(n > 0, "BatchSize: size must be positive, got \(n)")
            return n
        }
    }

    /// `"full"` or the number, as ``init(parsing:option:)`` reads it.
    public var description: String {
        switch self {
        case .full: return "full"
        case let .size(n): return String(n)
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
