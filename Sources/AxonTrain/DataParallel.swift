import AxonDistributed
import AxonNN
import AxonTensor

/// What a data-parallel step adds to a single process's: the gradients of
/// every rank's shard summed into the gradient of the whole batch, and the
/// shard's loss and correct count summed into the batch's, in one allreduce
/// per bucket of parameters (PyTorch DDP's buckets: small tensors do not each
/// pay a collective's latency).
struct GradientBuckets {
    /// DDP's default bucket size.
    static let defaultBytes = 25 << 20

    let parameters: [Parameter]
    let dtype: DType
    /// The parameters of each bucket, as ranges of `parameters`.
    let buckets: [Range<Int>]

    init(parameters: [Parameter], dtype: DType, bucketBytes: Int = GradientBuckets.defaultBytes) {
        self.parameters = parameters
        self.dtype = dtype
        var buckets: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, parameter) in parameters.enumerated() {
            if index > start && bytes + parameter.count * dtype.byteSize > bucketBytes {
                buckets.append(start ..< index)
                start = index
                bytes = 0
            }
            bytes += parameter.count * dtype.byteSize
        }
        buckets.append(start ..< parameters.count)
        self.buckets = buckets
    }

    /// Sums every rank's gradients, each weighted by its share of the batch
    /// (`rows` of `batchRows`, so that the sum is the gradient of the mean
    /// loss over the whole batch), and its `lossSum` and `correct`. A
    /// parameter that no rank has a gradient for keeps none, as in one process.
    func synchronize(rows: Int, batchRows: Int, lossSum: Double, correct: Int,
                     over communicator: any Communicator) throws(CommunicatorError) -> (lossSum: Double, correct: Int) {
        switch dtype {
        case .float64: return try synchronize(Double.self, rows: rows, batchRows: batchRows, lossSum: lossSum, correct: correct, over: communicator)
        default: return try synchronize(Float.self, rows: rows, batchRows: batchRows, lossSum: lossSum, correct: correct, over: communicator)
        }
    }

    private func synchronize<T: TensorFloat>(_: T.Type, rows: Int, batchRows: Int, lossSum: Double, correct: Int,
                                             over communicator: any Communicator) throws(CommunicatorError) -> (lossSum: Double, correct: Int) {
        let share = T(rows) / T(batchRows)
        var tail: [T] = []
        for (number, range) in buckets.enumerated() {
            var values: [T] = []
            values.reserveCapacity(range.reduce(0) { $0 + parameters[$1].count } + (number == buckets.count - 1 ? parameters.count + 2 : 0))
            for parameter in parameters[range] {
                if let grad = parameter.grad {
                    values.append(contentsOf: grad.scalars(as: T.self).lazy.map { $0 * share })
                } else {
                    values.append(contentsOf: repeatElement(0, count: parameter.count))
                }
            }
            // The last bucket carries which parameters have a gradient, and the metrics.
            if number == buckets.count - 1 {
                values.append(contentsOf: parameters.map { $0.grad == nil ? 0 : 1 })
                values.append(T(lossSum))
                values.append(T(correct))
            }
            try values.withUnsafeMutableBufferPointer { buffer throws(CommunicatorError) in
                try Self.allReduce(buffer, over: communicator)
            }
            var offset = 0
            for parameter in parameters[range] {
                let count = parameter.count
                parameter.grad = Tensor(Array(values[offset ..< offset + count]), shape: parameter.shape)
                offset += count
            }
            if number == buckets.count - 1 { tail = Array(values[offset...]) }
        }
        for (parameter, present) in zip(parameters, tail) where present == 0 { parameter.grad = nil }
        return (Double(tail[parameters.count]), Int(Double(tail[parameters.count + 1]).rounded()))
    }

    private static func allReduce<T: TensorFloat>(_ buffer: UnsafeMutableBufferPointer<T>,
                                                  over communicator: any Communicator) throws(CommunicatorError) {
        let raw = UnsafeMutableRawBufferPointer(buffer)
        if T.self == Double.self {
            try communicator.allReduce(raw.bindMemory(to: Double.self), .sum)
        } else {
            try communicator.allReduce(raw.bindMemory(to: Float.self), .sum)
        }
    }

    /// Copies rank 0's parameters and buffers to every rank, so that all
    /// start from the same weights.
    static func broadcastModel(_ model: any Module, over communicator: any Communicator) throws(CommunicatorError) {
        for (_, parameter) in model.namedParameters {
            var value = parameter.value.detached()
            try communicator.broadcast(&value, from: 0)
            parameter.assign(value)
        }
        for (_, buffer) in model.namedBuffers {
            var value = buffer.value
            try communicator.broadcast(&value, from: 0)
            buffer.value = value
        }
    }
}
