/// A hyper-parameter or saved optimizer state that cannot be
/// used, with a message that names the setting and the value (as PyTorch's
/// `ValueError`s do), so a command-line tool can print it as it stands.
public enum OptimizerError: Error, Equatable, CustomStringConvertible {
    /// A setting outside its allowed range, e.g. `Adam: invalid beta1 1.2 (must be in [0, 1))`.
    case invalidValue(owner: String, name: String, value: String, requirement: String)
    /// Settings that are valid alone but not together, e.g. Nesterov momentum with dampening.
    case incompatibleSettings(owner: String, reason: String)
    /// A saved state that does not fit the optimizer's parameters.
    case invalidState(key: String, reason: String)

    /// The message, naming the setting or key and the value.
    public var description: String {
        switch self {
        case let .invalidValue(owner, name, value, requirement):
            return "\(owner): invalid \(name) \(value) (\(requirement))"
        case let .incompatibleSettings(owner, reason):
            return "\(owner): \(reason)"
        case let .invalidState(key, reason):
            return "optimizer state \"\(key)\": \(reason)"
        }
    }
}

/// Checks one hyper-parameter, as each optimizer's and schedule's initialiser does.
struct Requirement {
    let owner: String

    /// Throws unless `value ≥ 0` (NaN fails too, as in PyTorch's `not 0.0 <= x`).
    func nonNegative(_ name: String, _ value: Double) throws(OptimizerError) {
        guard value >= 0 else {
            throw .invalidValue(owner: owner, name: name, value: "\(value)", requirement: "must be >= 0")
        }
    }

    /// Throws unless `0 ≤ value < 1`, the range of an exponential decay rate.
    func decayRate(_ name: String, _ value: Double) throws(OptimizerError) {
        guard value >= 0 && value < 1 else {
            throw .invalidValue(owner: owner, name: name, value: "\(value)", requirement: "must be in [0, 1)")
        }
    }

    /// Throws unless `condition` holds, naming `requirement` in the message.
    func check(_ condition: Bool, _ name: String, _ value: Double, _ requirement: String) throws(OptimizerError) {
        guard condition else {
            throw .invalidValue(owner: owner, name: name, value: "\(value)", requirement: requirement)
        }
    }

    /// Throws unless `condition` holds, for a whole-number setting.
    func check(_ condition: Bool, _ name: String, _ value: Int, _ requirement: String) throws(OptimizerError) {
        guard condition else {
            throw .invalidValue(owner: owner, name: name, value: "\(value)", requirement: requirement)
        }
    }
}
