import CAxonKernels

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

    /// Reduces a float tensor over sorted, distinct `axes` with a C kernel.
    func floatReduce(_ op: axon_reduce_op, axes: [Int], keepDims: Bool, name: String) -> Tensor {
        let outputShape = reducedShape(axes, keepDims: keepDims)
        if axes.isEmpty { return reshaped(outputShape) }
        precondition(op == AXON_SUM || axes.allSatisfy({ shape[$0] > 0 }), "\(name): cannot reduce an empty dimension of \(shape)")
        let isBlock = axes.last! - axes.first! + 1 == axes.count
        guard isBlock else {
            // Bring the reduced axes to the end, then they form one block.
            let kept = (0..<rank).filter { !axes.contains($0) }
            let moved = permuted(kept + axes).detached()
            return moved.floatReduce(op, axes: Array(kept.count..<rank), keepDims: false, name: name).reshaped(outputShape)
        }
        let outer = shape[..<axes.first!].reduce(1, *)
        let reduced = axes.map { shape[$0] }.reduce(1, *)
        let inner = shape[(axes.last! + 1)...].reduce(1, *)
        let result = Tensor(uninitializedShape: outputShape, dtype: dtype)
        func run<T: KernelFloat>(_: T.Type) {
            let x = pointer(T.self), y = result.pointer(T.self)
            if reduced == 0 {
                y.initialize(repeating: 0, count: outer * inner)
                return
            }
            for o in 0..<outer {
                let block = x + o * reduced * inner
                if inner == 1 {
                    y[o] = T.reduce(op, block, reduced)
                } else {
                    T.reduceRows(op, block, reduced, inner, y + o * inner, accumulate: false)
                }
            }
        }
        switch dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        default: preconditionFailure("\(name): needs a float tensor, not \(dtype)")
        }
        withExtendedLifetime(self) {}
        return result
    }
}
