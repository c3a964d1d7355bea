#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory behind a ``Tensor``: one 64-byte-aligned block, shared by copies
/// of a tensor until one of them writes (copy-on-write).
final class Storage: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    let byteCount: Int

    /// Allocates `byteCount` bytes; their contents are undefined.
    init(byteCount: Int) {
        self.byteCount = byteCount
        // 64-byte alignment keeps SIMD loads inside one cache line.
        var raw: UnsafeMutableRawPointer?
        let status = posix_memalign(&raw, 64, Swift.max(byteCount, 64))
        precondition(status == 0 && raw != nil, "Tensor: cannot allocate \(byteCount) bytes")
        pointer = raw!
    }

    /// Allocates `byteCount` bytes set to zero.
    convenience init(zeroedByteCount byteCount: Int) {
        self.init(byteCount: byteCount)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
    }

    func copy() -> Storage {
        let other = Storage(byteCount: byteCount)
        other.pointer.copyMemory(from: pointer, byteCount: byteCount)
        return other
    }

    deinit { free(pointer) }
}
