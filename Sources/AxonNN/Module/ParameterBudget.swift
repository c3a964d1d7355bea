/// How many parameter and buffer values the modules being built may still
/// allocate, for models whose sizes come from a file or a flag: a model
/// file's architecture is built before its tensors are loaded, and a
/// description of a few bytes (`2-100000-100000-2`) would otherwise
/// allocate gigabytes, or trap, before anything could say it is wrong.
///
/// The built-in layers' `init(configuration:)` (what a file builds) and
/// the layer-list parser count their values with overflow checks and take
/// them from the budget in force, if any, before anything is allocated; a
/// module of your own built from a file does the same with
/// ``reserve(_:for:)``. Outside a budget the count is still checked, so a
/// size too large to allocate is an error, not an arithmetic trap.
///
/// ```swift
/// let model = try ParameterBudget.limiting(to: valuesInTheFile, because: "the file holds 36 values") {
///     try architecture.makeModule()
/// }
/// ```
public enum ParameterBudget {
    /// The values left and why there are no more; one per building.
    final class Remaining: @unchecked Sendable {
        var values: Int
        let reason: String

        init(values: Int, reason: String) {
            self.values = values
            self.reason = reason
        }
    }

    @TaskLocal static var current: Remaining?

    /// Runs `body`, in which the modules built may allocate at most `values`
    /// parameter and buffer values in all; `reason` ends the error's
    /// message ("the file's tensors hold 36 values").
    public static func limiting<R, E: Error>(to values: Int, because reason: String,
                                             _ body: () throws(E) -> R) throws(E) -> R {
        // withValue rethrows untyped: the error travels in a Result to keep its type.
        let result = $current.withValue(Remaining(values: values, reason: reason)) {
            Result { () throws(E) -> R in try body() }
        }
        return try result.get()
    }

    /// Takes from the budget in force the values of tensors of `shapes`,
    /// which `layer` is about to allocate; without a budget, only checks
    /// that they can be counted (and allocated) at all.
    ///
    /// - Throws: ``ModuleError`` naming `layer` when the count overflows or
    ///   passes the budget.
    public static func reserve(_ shapes: [[Int]], for layer: String) throws(ModuleError) {
        let total = try count(shapes, for: layer)
        guard let budget = current else { return }
        guard total <= budget.values else {
            throw ModuleError("\(layer): \(total) parameter values, more than \(budget.reason)")
        }
        budget.values -= total
    }

    /// The values of tensors of `shapes`, counted with overflow checks.
    ///
    /// - Throws: ``ModuleError`` naming `layer` when a tensor is too large
    ///   to allocate.
    public static func count(_ shapes: [[Int]], for layer: String) throws(ModuleError) -> Int {
        var total = 0
        for shape in shapes {
            var count = 1
            for size in shape {
                let (product, overflow) = count.multipliedReportingOverflow(by: Swift.max(size, 0))
                guard !overflow, product <= largestTensor else {
                    throw ModuleError("\(layer): a parameter of shape \(shape) is too large to allocate")
                }
                count = product
            }
            let (sum, overflow) = total.addingReportingOverflow(count)
            guard !overflow, sum <= largestTensor else {
                throw ModuleError("\(layer): parameters of shapes \(shapes) are too large to allocate")
            }
            total = sum
        }
        return total
    }

    /// The most values one tensor may have: its bytes as float64 must fit an Int.
    static let largestTensor = Int.max / 16
}
