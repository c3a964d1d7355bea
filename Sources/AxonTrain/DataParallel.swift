import AxonDistributed
import AxonNN
import AxonTensor

/// What a data-parallel step adds to a single process's: the gradients of
/// every rank's shard summed into the gradient of the whole batch, and the
/// shard's loss and correct count summed into the batch's, in one allreduce
/// per bucket of parameters (PyTorch DDP's buckets: small tensors do not each
/// pay a collective's latency). The gradients go into one buffer, kept from
/// step to step, by plain copies; the allreduce sums it in place.
final class GradientBuckets {
    /// DDP's default bucket size.
    static let defaultBytes = 25 << 20

    let parameters: [Parameter]
    let dtype: DType
    /// The parameters of each bucket, as ranges of `parameters`.
    let buckets: [Range<Int>]
    /// The largest bucket and, after the last, one flag per parameter (has a
    /// gradient) and the loss sum and correct count.
    private let scratch: UnsafeMutableRawPointer

    init(parameters: [Parameter], dtype: DType, bucketBytes: Int = GradientBuckets.defaultBytes) {
        self.parameters = parameters
        self.dtype = dtype
        let elementSize = dtype.byteSize
        var buckets: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, parameter) in parameters.enumerated() {
            if index > start && bytes + parameter.count * elementSize > bucketBytes {
                buckets.append(start ..< index)
                start = index
                bytes = 0
            }
            bytes += parameter.count * elementSize
        }
        buckets.append(start ..< parameters.count)
        self.buckets = buckets
        let largest = buckets.map { range in range.reduce(0) { $0 + parameters[$1].count } }.max() ?? 0
        scratch = .allocate(byteCount: (largest + parameters.count + 2) * elementSize, alignment: 64)
    }

    deinit { scratch.deallocate() }

    /// Sums every rank's gradients, each weighted by its share of the batch
    /// (`rows` of `batchRows`, so that the sum is the gradient of the mean
    /// loss over the whole batch), and its `lossSum` and `correct`. A
    /// parameter that no rank has a gradient for keeps none, as in one process.
    func synchronize(rows: Int, batchRows: Int, lossSum: Double, correct: Int,
                     over communicator: any Communicator) throws(CommunicatorError) -> (lossSum: Double, correct: Int) {
        if dtype == .float64 {
            return try synchronize(Double.self, rows: rows, batchRows: batchRows, lossSum: lossSum, correct: correct, over: communicator)
        }
        return try synchronize(Float.self, rows: rows, batchRows: batchRows, lossSum: lossSum, correct: correct, over: communicator)
    }

    private func synchronize<T: TensorFloat>(_: T.Type, rows: Int, batchRows: Int, lossSum: Double, correct: Int,
                                             over communicator: any Communicator) throws(CommunicatorError) -> (lossSum: Double, correct: Int) {
        let share = T(rows) / T(batchRows)
        let values = scratch.bindMemory(to: T.self, capacity: 0)
        var present: [Bool] = parameters.map { $0.grad != nil }
        var totals = (lossSum: 0.0, correct: 0)
        for (number, range) in buckets.enumerated() {
            var offset = 0
            for index in range {
                let count = parameters[index].count
                if let grad = parameters[index].grad {
                    grad.withUnsafeBytes { bytes in (values + offset).update(from: bytes.bindMemory(to: T.self).baseAddress!, count: count) }
                } else {
                    (values + offset).update(repeating: 0, count: count)
                }
                offset += count
            }
            if share != 1 {
                for i in 0 ..< offset { values[i] *= share }
            }
            let last = number == buckets.count - 1
            var length = offset
            if last {
                for index in parameters.indices { values[length + index] = present[index] ? 1 : 0 }
                values[length + parameters.count] = T(lossSum)
                values[length + parameters.count + 1] = T(correct)
                length += parameters.count + 2
            }
            try communicator.allReduce(UnsafeMutableBufferPointer(start: values, count: length), .sum)
            if last {
                for index in parameters.indices { present[index] = values[offset + index] != 0 }
                totals = (Double(values[offset + parameters.count]), Int(Double(values[offset + parameters.count + 1]).rounded()))
            }
            offset = 0
            for index in range {
                let parameter = parameters[index], count = parameter.count
                defer { offset += count }
                guard last ? present[index] : true else {
                    parameter.grad = nil
                    continue
                }
                // Taken out of the parameter, so that the write below needs no copy.
                var grad = parameter.grad ?? Tensor.zeros(parameter.shape, dtype: dtype)
                parameter.grad = nil
                grad.withUnsafeMutableBytes { bytes in
                    bytes.bindMemory(to: T.self).baseAddress!.update(from: values + offset, count: count)
                }
                parameter.grad = grad
            }
        }
        // Whether a parameter has a gradient is known after the last bucket: earlier ones catch up.
        for range in buckets.dropLast() {
            for index in range where !present[index] { parameters[index].grad = nil }
        }
        return totals
    }
}

extension Communicator {
    /// Copies rank 0's parameters and buffers of `model` to every rank, so
    /// that all start from the same weights.
    func broadcastWeights(of model: any Module) throws(CommunicatorError) {
        for (_, parameter) in model.namedParameters {
            var value = parameter.value.detached()
            try broadcast(&value, from: 0)
            parameter.assign(value)
        }
        for (_, buffer) in model.namedBuffers {
            var value = buffer.value
            try broadcast(&value, from: 0)
            buffer.value = value
        }
    }
}
