#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Tensor {
    /// A new contiguous tensor of `shape` whose element at each index is read
    /// from this tensor's storage at `Σ index[d] · sourceStrides[d]` (strides
    /// in elements; 0 repeats). Serves permute, transpose and expand.
    func gathered(shape outputShape: [Int], sourceStrides: [Int]) -> Tensor {
        let result = Tensor(uninitializedShape: outputShape, dtype: dtype)
        guard result.count > 0 else { return result }
        func copy<Word>(_: Word.Type) {
            let source = storage.pointer.assumingMemoryBound(to: Word.self)
            let destination = result.storage.pointer.assumingMemoryBound(to: Word.self)
            let runs = BroadcastRuns(shape: outputShape, operandStrides: [sourceStrides])
            let n = runs.runLength, step = runs.runStride(0)
            runs.forEachRun { offsets, o in
                let start = offsets[0]
                if step == 1 {
                    (destination + o).update(from: source + start, count: n)
                } else {
                    var s = start
                    for i in 0..<n {
                        destination[o + i] = source[s]
                        s += step
                    }
                }
            }
        }
        switch dtype.byteSize {
        case 1: copy(UInt8.self)
        case 4: copy(UInt32.self)
        default: copy(UInt64.self)
        }
        withExtendedLifetime(self) {}
        return result
    }

    /// Copies `count` elements from `source` at element `sourceOffset` into
    /// this tensor at element `offset` (same dtype).
    mutating func copyElements(from source: Tensor, sourceOffset: Int, to offset: Int, count: Int) {
        precondition(source.dtype == dtype)
        guard count > 0 else { return }
        let size = dtype.byteSize
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        memcpy(storage.pointer + offset * size, source.storage.pointer + sourceOffset * size, count * size)
        withExtendedLifetime(source) {}
    }
}
