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
        var raw: UnsafeMutableRawPointer?
        if byteCount < Storage.alignedThreshold {
            // Small blocks: plain malloc (16-byte aligned) is several times
            // faster than an aligned allocation, and small ops are dominated
            // by allocation, not by loads.
            raw = malloc(Swift.max(byteCount, 16))
        } else {
            // 64-byte alignment keeps SIMD loads inside one cache line.
            if posix_memalign(&raw, 64, byteCount) != 0 { raw = nil }
        }
        guard let raw else { preconditionFailure("Tensor: cannot allocate \(byteCount) bytes") }
        pointer = raw
    }

    private static let alignedThreshold = 16 * 1024

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
