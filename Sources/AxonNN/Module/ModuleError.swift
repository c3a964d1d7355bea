/// A layer or model that was given something it cannot work with: an input
/// of the wrong shape, an invalid size or probability, parameters that do not
/// match by name or shape. The message names the layer and the values.
///
/// Layers check their inputs with throwing validators (``Dense/validate(input:)``)
/// that tests and callers handling user data can call directly; on the hot
/// path a failed check stops with the same message, as a programming error.
public struct ModuleError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The whole message, for example
    /// `Dense(784 → 128): expected input width 784, got shape [32, 100]`.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Runs a validation that only a programming error can fail, stopping with
/// its message instead of an anonymous trap.
@inline(never)
func requireValid(_ validation: () throws(ModuleError) -> Void) {
    do {
        try validation()
    } catch {
        preconditionFailure(error.message)
    }
}

/// Runs a computation that only a programming error can fail and returns its
/// result, stopping with the error's message otherwise.
@inline(never)
func requireValid<R>(_ computation: () throws(ModuleError) -> R) -> R {
    do {
        return try computation()
    } catch {
        preconditionFailure(error.message)
    }
}
