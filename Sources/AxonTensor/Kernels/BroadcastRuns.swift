/// Walks a broadcast over contiguous runs so that kernels see long inner loops.
///
/// Every operand is contiguous in its own shape; broadcasting gives it stride
/// 0 along the dimensions it is stretched over. Adjacent dimensions that are
/// laid out consecutively for every operand are merged, so a bias added to a
/// `[128, 256]` batch becomes 128 runs of 256, and two equal shapes become one
/// run of the whole tensor.
struct BroadcastRuns {
    /// The merged output dimensions, outermost first; the last is the run.
    private(set) var extents: [Int]
    /// Per operand, the merged strides in elements (0 where broadcast).
    private(set) var strides: [[Int]]

    /// - Parameters:
    ///   - shape: the output shape.
    ///   - operandShapes: each operand's own shape, broadcastable to `shape`.
    init(shape: [Int], operandShapes: [[Int]]) {
        let rank = shape.count
        let operandStrides = operandShapes.map { operandShape -> [Int] in
            let own = Shape.strides(operandShape)
            var aligned = [Int](repeating: 0, count: rank)
            let offset = rank - operandShape.count
            for axis in 0..<operandShape.count where operandShape[axis] != 1 {
                aligned[axis + offset] = own[axis]
            }
            return aligned
        }
        self.init(shape: shape, operandStrides: operandStrides)
    }

    /// - Parameters:
    ///   - shape: the output shape.
    ///   - operandStrides: per operand, its stride in elements along each
    ///     output dimension (0 where it repeats).
    init(shape: [Int], operandStrides: [[Int]]) {
        let rank = shape.count
        // Drop size-1 dimensions, then merge neighbours that stay consecutive.
        var mergedExtents: [Int] = []
        var mergedStrides = [[Int]](repeating: [], count: operandStrides.count)
        for axis in 0..<rank where shape[axis] != 1 {
            let canMerge = !mergedExtents.isEmpty && operandStrides.indices.allSatisfy { operand in
                mergedStrides[operand].last! == operandStrides[operand][axis] * shape[axis]
            }
            if canMerge {
                mergedExtents[mergedExtents.count - 1] *= shape[axis]
                for operand in operandStrides.indices {
                    mergedStrides[operand][mergedStrides[operand].count - 1] = operandStrides[operand][axis]
                }
            } else {
                mergedExtents.append(shape[axis])
                for operand in operandStrides.indices {
                    mergedStrides[operand].append(operandStrides[operand][axis])
                }
            }
        }
        if mergedExtents.isEmpty {
            mergedExtents = [1]
            mergedStrides = mergedStrides.map { _ in [0] }
        }
        extents = mergedExtents
        strides = mergedStrides
    }

    /// The length of each run.
    var runLength: Int { extents[extents.count - 1] }

    /// Each operand's stride inside a run: 1 (walks) or 0 (one repeated value).
    func runStride(_ operand: Int) -> Int { strides[operand][strides[operand].count - 1] }

    /// Calls `body` with each operand's start offset and the output's start
    /// offset of every run, in row-major order.
    func forEachRun(_ body: (_ offsets: UnsafeBufferPointer<Int>, _ outputOffset: Int) -> Void) {
        let outer = extents.count - 1
        let operandCount = strides.count
        var offsets = [Int](repeating: 0, count: operandCount)
        var index = [Int](repeating: 0, count: Swift.max(outer, 1))
        let runLength = self.runLength
        var outputOffset = 0
        let runCount = extents.dropLast().reduce(1, *)
        for _ in 0..<runCount {
            offsets.withUnsafeBufferPointer { body($0, outputOffset) }
            outputOffset += runLength
            // Advance the outer counter, odometer style.
            var axis = outer - 1
            while axis >= 0 {
                index[axis] += 1
                for operand in 0..<operandCount { offsets[operand] += strides[operand][axis] }
                if index[axis] < extents[axis] { break }
                for operand in 0..<operandCount { offsets[operand] -= strides[operand][axis] * extents[axis] }
                index[axis] = 0
                axis -= 1
            }
        }
    }
}
