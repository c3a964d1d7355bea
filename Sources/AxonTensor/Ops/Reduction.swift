extension Tensor {
    /// The sum over `axes` (every axis when `nil`). Integer and bool tensors
    /// sum to int64.
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        let reduced = reductionAxes(axes, op: "sum")
        guard dtype.isFloatingPoint else {
            return cast(to: .float64).sum(axes: reduced, keepDims: keepDims).cast(to: .int64)
        }
        let result = floatReduce(.sum, axes: reduced, keepDims: keepDims, name: "sum")
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
        var result = floatReduce(.sum, axes: reduced, keepDims: keepDims, name: "mean")
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
        extremum(.maximum, axes: axes, keepDims: keepDims, name: "max")
    }

    /// The largest element over one axis.
    public func max(axis: Int, keepDims: Bool = false) -> Tensor { max(axes: [axis], keepDims: keepDims) }

    /// The smallest element over `axes` (every axis when `nil`).
    public func min(axes: [Int]? = nil, keepDims: Bool = false) -> Tensor {
        extremum(.minimum, axes: axes, keepDims: keepDims, name: "min")
    }

    /// The smallest element over one axis.
    public func min(axis: Int, keepDims: Bool = false) -> Tensor { min(axes: [axis], keepDims: keepDims) }

    private func extremum(_ reduction: ReductionKernel, axes: [Int]?, keepDims: Bool, name: String) -> Tensor {
        let reduced = reductionAxes(axes, op: name)
        guard dtype.isFloatingPoint else {
            return cast(to: .float64).extremum(reduction, axes: reduced, keepDims: keepDims, name: name).cast(to: dtype)
        }
        let result = floatReduce(reduction, axes: reduced, keepDims: keepDims, name: name)
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
        argExtremum(axis: axis, keepDims: keepDims, largest: true, name: "argmax")
    }

    /// The index of the smallest element along `axis`, as int64.
    public func argmin(axis: Int, keepDims: Bool = false) -> Tensor {
        argExtremum(axis: axis, keepDims: keepDims, largest: false, name: "argmin")
    }

    /// The index of the largest element of the flattened tensor.
    public func argmax() -> Tensor { flattened().argmax(axis: 0) }

    private func argExtremum(axis: Int, keepDims: Bool, largest: Bool, name: String) -> Tensor {
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: name) }
        precondition(rank > 0 && shape[axis] > 0, "\(name): cannot search an empty dimension of \(shape)")
        // Each search runs along one contiguous row: a classifier's rows are
        // that already; another axis is brought last first.
        var rows = self
        if axis != rank - 1 {
            let kept = (0..<rank).filter { $0 != axis }
            rows = permuted(kept + [axis]).detached().cast(to: .float64)
        } else if !dtype.isFloatingPoint {
            rows = cast(to: .float64)
        }
        let length = shape[axis]
        let result = Tensor(uninitializedShape: reducedShape([axis], keepDims: keepDims), dtype: .int64, device: device)
        backend.argExtremum(rows, rows: count / length, length: length, largest: largest, into: result)
        return result
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

extension Tensor {
    /// The axes of a reduction, normalised, sorted and without repeats;
    /// `nil` means every axis.
    func reductionAxes(_ axes: [Int]?, op: String) -> [Int] {
        guard let axes else { return Array(0..<rank) }
        let rank = self.rank
        let normalized = axes.map { axis in checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: op) } }
        return Array(Set(normalized)).sorted()
    }

    /// The shape left after reducing `axes`.
    func reducedShape(_ axes: [Int], keepDims: Bool) -> [Int] {
        var result: [Int] = []
        for (axis, dimension) in shape.enumerated() {
            if axes.contains(axis) {
                if keepDims { result.append(1) }
            } else {
                result.append(dimension)
            }
        }
        return result
    }

    /// Reduces a float tensor over sorted, distinct `axes`.
    func floatReduce(_ reduction: ReductionKernel, axes: [Int], keepDims: Bool, name: String) -> Tensor {
        requireFloat(name)
        let outputShape = reducedShape(axes, keepDims: keepDims)
        if axes.isEmpty { return reshaped(outputShape) }
        precondition(reduction == .sum || axes.allSatisfy({ shape[$0] > 0 }), "\(name): cannot reduce an empty dimension of \(shape)")
        let isBlock = axes.last! - axes.first! + 1 == axes.count
        guard isBlock else {
            // Bring the reduced axes to the end, then they form one block.
            let kept = (0..<rank).filter { !axes.contains($0) }
            let moved = permuted(kept + axes).detached()
            return moved.floatReduce(reduction, axes: Array(kept.count..<rank), keepDims: false, name: name).reshaped(outputShape)
        }
        let outer = shape[..<axes.first!].reduce(1, *)
        let length = axes.map { shape[$0] }.reduce(1, *)
        let inner = shape[(axes.last! + 1)...].reduce(1, *)
        let result = Tensor(uninitializedShape: outputShape, dtype: dtype, device: device)
        backend.reduce(reduction, self, outer: outer, length: length, inner: inner, into: result)
        return result
    }
}
