extension Tensor {
    /// The same elements in a new shape with the same element count; one
    /// dimension may be `-1` and is then inferred. Shares storage (no copy).
    public func reshaped(_ newShape: [Int]) -> Tensor {
        let total = count
        let target = checked { () throws(ShapeError) -> [Int] in
            let inferred = newShape.indices.filter { newShape[$0] == -1 }
            guard inferred.count <= 1, newShape.allSatisfy({ $0 >= -1 }) else {
                throw ShapeError("reshape: \(shape) to \(newShape): at most one dimension may be -1 and none below")
            }
            var resolved = newShape
            if let axis = inferred.first {
                let known = newShape.filter { $0 != -1 }.reduce(1, *)
                guard known > 0, total % known == 0 else {
                    throw ShapeError("reshape: \(shape) (\(total) elements) cannot be viewed as \(newShape)")
                }
                resolved[axis] = total / known
            }
            guard Shape.elementCount(resolved) == total else {
                throw ShapeError("reshape: \(shape) (\(total) elements) cannot be viewed as \(newShape)")
            }
            return resolved
        }
        if target == shape { return self }
        var result = Tensor(storage: storage, shape: target, dtype: dtype)
        result.node = nil
        let original = shape
        return Tensor.record("reshape", result, self) { g in [g.reshaped(original)] }
    }

    /// The tensor as one dimension, or with dimensions `startAxis...endAxis`
    /// merged into one (as `torch.flatten`).
    public func flattened(startAxis: Int = 0, endAxis: Int = -1) -> Tensor {
        if rank == 0 { return reshaped([1]) }
        let start = checked { () throws(ShapeError) in try Shape.normalizeAxis(startAxis, rank: rank, op: "flatten") }
        let end = checked { () throws(ShapeError) in try Shape.normalizeAxis(endAxis, rank: rank, op: "flatten") }
        precondition(start <= end, "flatten: start axis \(startAxis) is after end axis \(endAxis) for shape \(shape)")
        let merged = shape[start...end].reduce(1, *)
        return reshaped(Array(shape[..<start]) + [merged] + Array(shape[(end + 1)...]))
    }

    /// The dimensions reordered: dimension `i` of the result is dimension
    /// `axes[i]` of this tensor. Copies into a contiguous layout.
    public func permuted(_ axes: [Int]) -> Tensor {
        let rank = self.rank
        let order = axes.map { axis in checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: "permute") } }
        precondition(order.count == rank && Set(order).count == rank, "permute: \(axes) is not a permutation of the \(rank) axes of \(shape)")
        if order == Array(0..<rank) { return self }
        let strides = Shape.strides(shape)
        let result = gathered(shape: order.map { shape[$0] }, sourceStrides: order.map { strides[$0] })
        var inverse = [Int](repeating: 0, count: rank)
        for (i, axis) in order.enumerated() { inverse[axis] = i }
        return Tensor.record("permute", result, self) { g in [g.permuted(inverse)] }
    }

    /// Two dimensions swapped (the last two by default: a matrix transpose).
    public func transposed(_ first: Int = -2, _ second: Int = -1) -> Tensor {
        precondition(rank >= 2 || (first == -2 && second == -1 && rank < 2), "transpose: axes \(first) and \(second) for shape \(shape)")
        if rank < 2 { return self }
        let a = checked { () throws(ShapeError) in try Shape.normalizeAxis(first, rank: rank, op: "transpose") }
        let b = checked { () throws(ShapeError) in try Shape.normalizeAxis(second, rank: rank, op: "transpose") }
        var order = Array(0..<rank)
        order.swapAt(a, b)
        return permuted(order)
    }

    /// The transpose of a matrix.
    public var T: Tensor { transposed() }

    /// The tensor without dimensions of size 1 (or without the given one,
    /// which must have size 1).
    public func squeezed(axis: Int? = nil) -> Tensor {
        guard let axis else { return reshaped(shape.filter { $0 != 1 }) }
        let normalized = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: "squeeze") }
        guard shape[normalized] == 1 else { return self }
        var newShape = shape
        newShape.remove(at: normalized)
        return reshaped(newShape)
    }

    /// The tensor with a new dimension of size 1 at `axis` (negative counts
    /// from the end of the result).
    public func unsqueezed(axis: Int) -> Tensor {
        let position = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank + 1, op: "unsqueeze") }
        var newShape = shape
        newShape.insert(1, at: position)
        return reshaped(newShape)
    }

    /// The tensor broadcast (copied) to `target`, as `expand` then `contiguous`.
    public func expanded(to target: [Int]) -> Tensor {
        if target == shape { return self }
        let broadcast = checked { () throws(ShapeError) in try Shape.broadcast(shape, target, op: "expand") }
        precondition(broadcast == target, "expand: \(shape) cannot be expanded to \(target)")
        let own = Shape.strides(shape)
        let offset = target.count - rank
        var strides = [Int](repeating: 0, count: target.count)
        for axis in 0..<rank where shape[axis] != 1 { strides[axis + offset] = own[axis] }
        let result = gathered(shape: target, sourceStrides: strides)
        let original = shape
        return Tensor.record("expand", result, self) { g in [g.sumToShape(original)] }
    }

    /// Tensors joined along an existing `axis`; all other dimensions must match.
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
        precondition(!tensors.isEmpty, "concatenate: needs at least one tensor")
        let first = tensors[0]
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: first.rank, op: "concatenate") }
        let dtype = tensors.map(\.dtype).reduce(first.dtype) { $0.promoted(with: $1) }
        let parts = tensors.map { $0.cast(to: dtype) }
        for part in parts {
            var expected = first.shape, got = part.shape
            guard expected.count == got.count else {
                preconditionFailure("concatenate: \(first.shape) and \(part.shape) differ in rank")
            }
            expected[axis] = 0
            got[axis] = 0
            precondition(expected == got, "concatenate: \(first.shape) and \(part.shape) differ outside axis \(axis)")
        }
        var shape = first.shape
        shape[axis] = parts.map { $0.shape[axis] }.reduce(0, +)
        let result = Tensor(uninitializedShape: shape, dtype: dtype, device: first.device)
        let outer = shape[..<axis].reduce(1, *)
        let inner = shape[(axis + 1)...].reduce(1, *)
        var offset = 0
        for part in parts {
            let width = part.shape[axis] * inner
            for o in 0..<outer {
                part.backend.copy(part, from: o * width, into: result, at: o * shape[axis] * inner + offset, count: width)
            }
            offset += width
        }
        let sizes = parts.map { $0.shape[axis] }
        return record("concatenate", result, parts) { g in
            var start = 0
            return sizes.map { size in
                defer { start += size }
                return g.slice(axis: axis, start ..< start + size)
            }
        }
    }

    /// Tensors of one shape stacked along a new `axis`.
    public static func stack(_ tensors: [Tensor], axis: Int = 0) -> Tensor {
        precondition(!tensors.isEmpty, "stack: needs at least one tensor")
        for tensor in tensors where tensor.shape != tensors[0].shape {
            preconditionFailure("stack: \(tensors[0].shape) and \(tensor.shape) differ")
        }
        return concatenate(tensors.map { $0.unsqueezed(axis: axis) }, axis: axis)
    }
}

extension Tensor {
    /// A new contiguous tensor of `shape` whose element at each index is this
    /// tensor's element at `Σ index[d] · sourceStrides[d]` (strides in
    /// elements; 0 repeats). Serves permute, transpose and expand.
    func gathered(shape outputShape: [Int], sourceStrides: [Int]) -> Tensor {
        let result = Tensor(uninitializedShape: outputShape, dtype: dtype, device: device)
        backend.gather(self, strides: sourceStrides, into: result)
        return result
    }
}
