import Axon
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a model given on the command line would cost, checked against the
/// machine's memory before it is built or trained: a few characters
/// (`--model 2-100000-100000-2`, `dense:16777216`) must be an error that
/// says so, not an allocation of tens of gigabytes that kills the process.
enum ModelMemory {
    /// The machine's physical memory in bytes.
    static var physicalBytes: Int {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return Int.max }
        let (bytes, overflow) = pages.multipliedReportingOverflow(by: pageSize)
        return overflow ? Int.max : bytes
    }

    /// Copies of each parameter a training run keeps: the weights, their
    /// gradients and an optimizer's two slots (Adam's m and v).
    static let copiesPerParameter = 4

    /// The most parameter values of `dtype` that fit the machine with their
    /// gradients and optimizer state.
    static func parameterBudget(dtype: DType) -> Int {
        physicalBytes / (copiesPerParameter * dtype.byteSize)
    }

    /// The reason a budget from ``parameterBudget(dtype:)`` gives in errors.
    static func budgetReason(dtype: DType) -> String {
        "fit in this machine's \(gigabytes(physicalBytes)) of memory as \(dtype) with gradients and optimizer state "
            + "(\(parameterBudget(dtype: dtype)) values)"
    }

    /// Refuses `count` parameters of `dtype` that would not fit; `flag` and
    /// `value` name what asked for them.
    static func check(parameters count: Int, dtype: DType, flag: String, value: String) throws {
        guard count <= parameterBudget(dtype: dtype) else {
            throw CLIError("\(flag) \(value): \(count) parameters, more than \(budgetReason(dtype: dtype))")
        }
    }

    /// Refuses a network whose activations for a batch of `rows` samples of
    /// `sampleShape` would not fit in memory (each layer's output and its
    /// gradient are kept for the backward pass).
    static func checkActivations(of network: Sequential, sampleShape: [Int], rows: Int, dtype: DType,
                                 flag: String, value: String) throws {
        var shape = [1] + sampleShape
        var perSample = 0
        for layer in network.layers {
            guard let next = try? layer.outputShape(forInput: shape) else { return }
            shape = next
            var count = 1
            for size in shape.dropFirst() {
                let (product, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow else { throw CLIError("\(flag) \(value): a layer's output of shape \(shape.dropFirst().map { $0 }) is too large to count") }
                count = product
            }
            let (sum, overflow) = perSample.addingReportingOverflow(count)
            guard !overflow else { throw CLIError("\(flag) \(value): the layers' outputs are too large to count") }
            perSample = sum
        }
        let (values, overflow) = perSample.multipliedReportingOverflow(by: 2 * Swift.max(rows, 1))
        let budget = physicalBytes / dtype.byteSize
        guard !overflow, values <= budget else {
            throw CLIError("\(flag) \(value): a batch of \(rows) needs \(overflow ? "more values than can be counted" : "\(values) activation values") "
                + "(each layer's output and its gradient), more than fit in this machine's \(gigabytes(physicalBytes)) of memory "
                + "as \(dtype); give a smaller --batch-size or smaller layers")
        }
    }

    /// Refuses buffers of `counts` values of `bytesPerValue` bytes each that
    /// would not fit in memory (or cannot be counted); `flag` and `value`
    /// name what asked for them.
    static func check(values counts: [Int], bytesPerValue: Int, flag: String, value: String) throws {
        var total = 0
        for count in counts {
            let (bytes, overflow) = count.multipliedReportingOverflow(by: bytesPerValue)
            let (sum, overflowSum) = total.addingReportingOverflow(bytes)
            guard !overflow, !overflowSum, sum <= physicalBytes else {
                throw CLIError("\(flag) \(value): needs more than this machine's \(gigabytes(physicalBytes)) of memory")
            }
            total = sum
        }
    }

    /// `bytes` as gigabytes for a message: `23.4 GB`.
    static func gigabytes(_ bytes: Int) -> String {
        let tenths = Int((Double(bytes) / 1e8).rounded())
        return "\(tenths / 10).\(tenths % 10) GB"
    }
}
