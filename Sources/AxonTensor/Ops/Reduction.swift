import CAxonKernels

extension Tensor {
    /// The sum over `axes` (every axis when `nil`). Integer and bool tensors
    /// sum to int64.
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let reduced = reductionAxes(axes, op: "sum")
        guard dtype.isFloatingPoint else {
            return cast(to: .float64).sum(axes: reduced, keepDims: keepDims).cast(to: .int64)
        }
        let result = floatReduce(AXON_SUM, axes: reduced, keepDims: keepDims, name: "sum")
        let inputShape = shape
        let keptShape = reducedShape(reduced, keepDims: true)
        return Tensor.record("sum", result, self) { g in
            [g.reshaped(keptShape).expanded(to: inputShape)]
        }
    }

    /// The sum over one axis.
    public func sum(axis: Int, keepDims: Bool = false) -> Tensor { sum(axes: [axis], keepDims: keepDims) }

    /// The mean over `axes` (every axis when `nil`).
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let reduced = reductionAxes(axes, op: "mean")
        guard dtype.isFloatingPoint else { return cast(to: .float32).mean(axes: reduced, keepDims: keepDims) }
        let count = reduced.map { shape[$0] }.reduce(1, *)
        // One op, not sum then divide: a loss's mean runs every training step.
        var result = floatReduce(AXON_SUM, axes: reduced, keepDims: keepDims, name: "mean")
        result /= Double(count)
        let inputShape = shape
        let keptShape = reducedShape(reduced, keepDims: true)
        return Tensor.record("mean", result, self) { g in
            if g.count == 1 {
                // The usual case, a loss: every input receives g / count.
                return [Tensor.full(inputShape, value: g.item / Double(count), dtype: g.dtype)]
            }
            return [(g / Double(count)).reshaped(keptShape).expanded(to: inputShape)]
        }
    }

    /// The mean over one axis.
    public func mean(axis: Int, keepDims: Bool = false) -> Tensor { mean(axes: [axis], keepDims: keepDims) }

    /// The largest element over `axes` (every axis when `nil`); NaN if any is
    /// NaN. The gradient is shared evenly among tied maxima (PyTorch's `amax`).
    public func max(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        extremum(AXON_MAXIMUM, axes: axes, keepDims: keepDims, name: "max")
    }

    /// The largest element over one axis.
    public func max(axis: Int, keepDims: Bool = false) -> Tensor { max(axes: [axis], keepDims: keepDims) }

    /// The smallest element over `axes` (every axis when `nil`).
    public func min(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        extremum(AXON_MINIMUM, axes: axes, keepDims: keepDims, name: "min")
    }

    /// The smallest element over one axis.
    public func min(axis: Int, keepDims: Bool = false) -> Tensor { min(axes: [axis], keepDims: keepDims) }

    private func extremum(_ op: axon_reduce_op, axes: [Int]?, keepDims: Bool, name: String) -> Tensor {
        let reduced = reductionAxes(axes, op: name)
        guard dtype.isFloatingPoint else {
            return cast(to: .float64).extremum(op, axes: reduced, keepDims: keepDims, name: name).cast(to: dtype)
        }
        let result = floatReduce(op, axes: reduced, keepDims: keepDims, name: name)
        let x = detached()
        let keptShape = reducedShape(reduced, keepDims: true)
        return Tensor.record(name, result, self) { g in
            let winners = (x .== result.detached().reshaped(keptShape)).cast(to: g.dtype)
            let ties = winners.sum(axes: reduced, keepDims: true)
            return [g.reshaped(keptShape) * winners / ties]
        }
    }

    /// The index of the largest element along `axis` (the first of ties; NaN
    /// counts as largest), as int64. Not differentiable.
    public func argmax(axis: Int, keepDims: Bool = false) -> Tensor {
        argExtremum(axis: axis, keepDims: keepDims, name: "argmax") { $0 > $1 }
    }

    /// The index of the smallest element along `axis`, as int64.
    public func argmin(axis: Int, keepDims: Bool = false) -> Tensor {
        argExtremum(axis: axis, keepDims: keepDims, name: "argmin") { $0 < $1 }
    }

    /// The index of the largest element of the flattened tensor.
    public func argmax() -> Tensor { flattened().argmax(axis: 0) }

    private func argExtremum(axis: Int, keepDims: Bool, name: String, _ better: (Double, Double) -> Bool) -> Tensor {
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: name) }
        precondition(rank > 0 && shape[axis] > 0, "\(name): cannot search an empty dimension of \(shape)")
        if axis == rank - 1 && dtype.isFloatingPoint {
            // Rows are contiguous already: no permute, no copy (a classifier's predictions).
            return dtype == .float32
                ? argExtremumOfRows(Float.self, keepDims: keepDims, better)
                : argExtremumOfRows(Double.self, keepDims: keepDims, better)
        }
        // Bring the axis last, so each search runs along one contiguous row.
        let kept = (0..<rank).filter { $0 != axis }
        let rows = permuted(kept + [axis]).detached().cast(to: .float64)
        return rows.argExtremumOfRows(Double.self, keepDims: false, better)
            .reshaped(reducedShape([axis], keepDims: keepDims))
    }

    private func argExtremumOfRows<T: KernelFloat>(_: T.Type, keepDims: Bool, _ better: (Double, Double) -> Bool) -> Tensor {
        let length = shape[rank - 1]
        let rowCount = count / length
        let values = pointer(T.self)
        let indices = Tensor(shape: reducedShape([rank - 1], keepDims: keepDims), of: Int64.self) { out in
            for row in 0..<rowCount {
                let base = values + row * length
                var best = 0
                if !base[0].isNaN {
                    for i in 1..<length {
                        if base[i].isNaN { best = i; break }
                        if better(Double(base[i]), Double(base[best])) { best = i }
                    }
                }
                out[row] = Int64(best)
            }
        }
        withExtendedLifetime(self) {}
        return indices
    }

    /// The variance over `axes`, with Bessel's `correction` (the default value
    /// is `1`, the unbiased estimate, as in `torch.var`).
    public func variance(axes: [Int]? = nil, correction: Int = 1, keepDims: Bool = false) -> Tensor {
        let reduced = reductionAxes(axes, op: "variance")
        let count = reduced.map { shape[$0] }.reduce(1, *)
        let centered = self - mean(axes: reduced, keepDims: true)
        let divisor = Double(Swift.max(count - correction, 0))
        return centered.squared().sum(axes: reduced, keepDims: keepDims) / divisor
    }

    /// log Σ exp(x) over `axes`, computed stably by factoring out the maximum.
    public func logSumExp(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let reduced = reductionAxes(axes, op: "logSumExp")
        let peak = max(axes: reduced, keepDims: true).detached()
        // An all −∞ row would give ∞ − ∞; shifting by 0 there keeps it −∞.
        let shift = Tensor.where(peak.abs() .== Double.infinity, Tensor.zeros(like: peak), peak)
        let total = (self - shift).exp().sum(axes: reduced, keepDims: true).log() + shift
        return keepDims ? total : total.reshaped(reducedShape(reduced, keepDims: false))
    }
}
