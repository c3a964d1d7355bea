extension Tensor {
    /// The elements whose index along `axis` lies in `range` (a copy).
    public func slice(axis: Int = 0, _ range: Range<Int>) -> Tensor {
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: "slice") }
        precondition(range.lowerBound >= 0 && range.upperBound <= shape[axis],
                     "slice: range \(range) is outside 0..<\(shape[axis]) on axis \(axis) of \(shape)")
        var newShape = shape
        newShape[axis] = range.count
        let result = Tensor(uninitializedShape: newShape, dtype: dtype, device: device)
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        for o in 0..<outer {
            backend.copy(self, from: (o * shape[axis] + range.lowerBound) * inner,
                         into: result, at: o * range.count * inner, count: range.count * inner)
        }
        let original = shape
        return Tensor.record("slice", result, self) { g in
            let full = Tensor.zeros(original, dtype: g.dtype)
            for o in 0..<outer {
                g.backend.copy(g, from: o * range.count * inner,
                               into: full, at: (o * original[axis] + range.lowerBound) * inner, count: range.count * inner)
            }
            return [full]
        }
    }

    /// The rows (entries along axis 0) in `range`.
    public subscript(range: Range<Int>) -> Tensor { slice(axis: 0, range) }

    /// The entry at `index` along axis 0, without that axis.
    public subscript(index: Int) -> Tensor {
        precondition(rank > 0, "subscript: a scalar has no entries to index")
        let i = index < 0 ? index + shape[0] : index
        precondition(i >= 0 && i < shape[0], "subscript: index \(index) is outside 0..<\(shape[0]) for shape \(shape)")
        return slice(axis: 0, i ..< i + 1).squeezed(axis: 0)
    }

    /// Integer indices as an int64 tensor of values in `0..<bound` (negative
    /// ones counted from the end), stopping with `op`'s message at one
    /// outside `-bound..<bound`.
    private func wrappedIndices(bound: Int, op: String) -> Tensor {
        precondition(dtype.isInteger, "\(op): indices must be an integer tensor, not \(dtype)")
        let indices = cast(to: .int64)
        switch backend.wrappedIndices(indices, bound: bound) {
        case let .success(values):
            return values
        case let .failure(bad):
            preconditionFailure("\(op): index \(indices.integers[bad.position]) is out of range for size \(bound)")
        }
    }

    /// Integer indices as `Int`s, checked against `bound` (see ``wrappedIndices(bound:op:)``).
    private func indexValues(bound: Int, op: String) -> [Int] {
        wrappedIndices(bound: bound, op: op).integers
    }

    /// The rows at `indices` of a uint8 matrix, as float32 times `scale`: how
    /// a data set kept as bytes (images) gives a batch of features, reading
    /// a quarter of the memory that picking float rows would. No gradient.
    public func widenedRows(_ indices: Tensor, scale: Double) -> Tensor {
        precondition(dtype == .uint8 && rank == 2, "widenedRows: needs a uint8 matrix, not \(dtype) of shape \(shape)")
        precondition(indices.rank <= 1, "widenedRows: indices must have one dimension, not shape \(indices.shape)")
        let picks = indices.wrappedIndices(bound: shape[0], op: "widenedRows")
        let result = Tensor(uninitializedShape: [picks.count, shape[1]], dtype: .float32, device: device)
        backend.gatherScaledBytes(self, rows: picks, scale: scale, into: result)
        return result
    }

    /// The entries along `axis` at the positions `indices` (an integer tensor
    /// of one dimension), in that order: how a data loader picks a batch.
    public func indexSelect(axis: Int = 0, indices: Tensor) -> Tensor {
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: "indexSelect") }
        precondition(indices.rank <= 1, "indexSelect: indices must have one dimension, not shape \(indices.shape)")
        let picks = indices.wrappedIndices(bound: shape[axis], op: "indexSelect")
        var newShape = shape
        newShape[axis] = picks.count
        let result = Tensor(uninitializedShape: newShape, dtype: dtype, device: device)
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        // Whole rows at a time (a data loader picks a batch this way every step).
        backend.gatherRows(self, rows: picks, outer: outer, length: shape[axis], inner: inner, into: result)
        // No rule to build for data (a batch picked from a data set).
        guard node != nil, GradMode.isEnabled else { return result }
        let original = shape
        return Tensor.record("indexSelect", result, self) { g in
            // Scatter-add: an index picked twice receives both gradients.
            let full = Tensor.zeros(original, dtype: g.dtype)
            let positions = picks.integers
            for o in 0..<outer {
                for (position, pick) in positions.enumerated() {
                    g.backend.accumulate(g, from: (o * positions.count + position) * inner,
                                         into: full, at: (o * original[axis] + pick) * inner, count: inner)
                }
            }
            return [full]
        }
    }

    /// Values picked along `axis` by an index tensor of the same rank, as
    /// `torch.gather`: for axis 1, `out[i][j] = self[i][index[i][j]]`.
    public func gather(axis: Int, index: Tensor) -> Tensor {
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: "gather") }
        precondition(index.rank == rank, "gather: index of shape \(index.shape) must have the rank of \(shape)")
        for d in 0..<rank where d != axis {
            precondition(index.shape[d] <= shape[d], "gather: index shape \(index.shape) exceeds \(shape) on axis \(d)")
        }
        let picks = index.indexValues(bound: shape[axis], op: "gather")
        let sourceStrides = Shape.strides(shape)
        let indexStrides = Shape.strides(index.shape)
        // The source offset of every output element.
        var offsets = [Int](repeating: 0, count: picks.count)
        for (flat, pick) in picks.enumerated() {
            var remainder = flat
            var offset = 0
            for d in 0..<rank {
                let coordinate = remainder / indexStrides[d]
                remainder %= indexStrides[d]
                offset += (d == axis ? pick : coordinate) * sourceStrides[d]
            }
            offsets[flat] = offset
        }
        let result = Tensor(uninitializedShape: index.shape, dtype: dtype, device: device)
        backend.gatherElements(self, offsets: offsets, into: result)
        let original = shape
        return Tensor.record("gather", result, self) { g in
            // Contributions to one element add up in float64, then round once.
            let full = Tensor.zeros(original, dtype: .float64)
            g.backend.scatterAddElements(g.cast(to: .float64), offsets: offsets, into: full)
            return [full.cast(to: g.dtype)]
        }
    }

    /// One-hot rows for integer class labels: shape `shape + [classes]`,
    /// 1 at each label's position and 0 elsewhere.
    public func oneHot(classes: Int, dtype: DType = .float32) -> Tensor {
        precondition(classes > 0, "oneHot: classes must be positive, got \(classes)")
        let labels = indexValues(bound: classes, op: "oneHot")
        var values = [Double](repeating: 0, count: labels.count * classes)
        for (row, label) in labels.enumerated() { values[row * classes + label] = 1 }
        return Tensor(values, shape: shape + [classes]).cast(to: dtype)
    }
}
