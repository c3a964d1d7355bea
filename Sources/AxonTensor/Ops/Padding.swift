/// What fills the border that ``Tensor/pad(_:_:mode:value:)`` adds.
public enum PaddingMode: String, Sendable, CaseIterable {
    /// A constant value.
    case constant
    /// The input mirrored about its edge, the edge itself not repeated.
    case reflect
    /// The edge element repeated.
    case replicate
}

extension Tensor {
    /// The input with a border added to its trailing axes, as
    /// `torch.nn.functional.pad`: `padding` holds (before, after) pairs from
    /// the last axis backwards, `[left, right, top, bottom]` for an image.
    ///
    /// - Parameters:
    ///   - padding: pairs of non-negative sizes, at most one pair per axis.
    ///   - mode: the default value is `.constant`.
    ///   - value: the constant. The default value is `0`.
    public static func pad(_ input: Tensor, _ padding: [Int], mode: PaddingMode = .constant, value: Double = 0) -> Tensor {
        precondition(padding.count % 2 == 0 && padding.count / 2 <= input.rank,
                     "pad: \(padding) must hold (before, after) pairs for at most \(input.rank) axes")
        precondition(padding.allSatisfy { $0 >= 0 }, "pad: sizes must not be negative, got \(padding)")
        var before = [Int](repeating: 0, count: input.rank), after = before
        for pair in 0..<(padding.count / 2) {
            let axis = input.rank - 1 - pair
            before[axis] = padding[2 * pair]
            after[axis] = padding[2 * pair + 1]
            let size = input.shape[axis]
            switch mode {
            case .constant: break
            case .reflect:
                precondition(before[axis] < size && after[axis] < size,
                             "pad: reflect padding \(before[axis]), \(after[axis]) must be less than the axis' size \(size)")
            case .replicate:
                precondition(size > 0, "pad: cannot replicate an empty axis of \(input.shape)")
            }
        }
        let shape = input.shape.indices.map { input.shape[$0] + before[$0] + after[$0] }
        // Where each output element comes from, per axis: an index or -1 (the constant).
        let sources = input.shape.indices.map { axis -> [Int] in
            let size = input.shape[axis]
            return (0..<shape[axis]).map { position in
                let i = position - before[axis]
                if i >= 0 && i < size { return i }
                switch mode {
                case .constant: return -1
                case .reflect: return i < 0 ? -i : 2 * (size - 1) - i
                case .replicate: return i < 0 ? 0 : size - 1
                }
            }
        }
        let strides = Shape.strides(input.shape)
        let count = Shape.elementCount(shape)
        var offsets = [Int](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: shape.count)
        for flat in 0..<count {
            var offset = 0
            for axis in index.indices {
                let source = sources[axis][index[axis]]
                if source < 0 { offset = -1; break }
                offset += source * strides[axis]
            }
            offsets[flat] = offset
            // The next index, last axis fastest.
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        let result = Tensor(uninitializedShape: shape, dtype: input.dtype, device: input.device)
        input.backend.gatherElements(input, offsets: offsets, fill: value, into: result)
        guard input.dtype.isFloatingPoint else { return result }
        let inputShape = input.shape
        return record("pad", result, input) { g in
            let gradient = Tensor.zeros(inputShape, dtype: g.dtype)
            g.backend.scatterAddElements(g, offsets: offsets, into: gradient)
            return [gradient]
        }
    }

    /// The axis `axis` split into `sizes` (one may be `-1`, inferred), as
    /// `torch.unflatten`: `[N, 784]` unflattened at 1 into `[1, 28, 28]` is
    /// `[N, 1, 28, 28]`. Shares storage, as `reshaped` does.
    public func unflattened(axis: Int, sizes: [Int]) -> Tensor {
        let axis = checked { () throws(ShapeError) in try Shape.normalizeAxis(axis, rank: rank, op: "unflatten") }
        var target = shape
        target.replaceSubrange(axis...axis, with: sizes)
        let known = sizes.filter { $0 != -1 }.reduce(1, *)
        precondition(sizes.filter({ $0 == -1 }).count <= 1 && sizes.allSatisfy({ $0 == -1 || $0 >= 0 }),
                     "unflatten: sizes \(sizes) may hold one -1 and otherwise sizes of at least 0")
        precondition(sizes.contains(-1) ? known > 0 && shape[axis] % known == 0 : known == shape[axis],
                     "unflatten: axis \(axis) of \(shape) has \(shape[axis]) elements, which \(sizes) cannot hold")
        return reshaped(target)
    }
}
