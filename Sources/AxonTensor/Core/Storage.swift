/// The memory behind a ``Tensor``: one block, shared by copies of a tensor
/// until one of them writes (copy-on-write).
///
/// The object and its bytes are one allocation (a `ManagedBuffer` whose
/// elements are 16-byte vectors, so the bytes are 16-byte aligned): a small
/// training step makes a few dozen tensors, and halving their allocations is
/// measurable there.
final class Storage: ManagedBuffer<Int, SIMD4<Float>> {
    /// A block of at least `byteCount` bytes; their contents are undefined.
    static func make(byteCount: Int) -> Storage {
        let vectors = Swift.max((byteCount + 15) / 16, 1)
        let buffer = Storage.create(minimumCapacity: vectors) { _ in byteCount }
        return unsafeDowncast(buffer, to: Storage.self)
    }

    /// A block of `byteCount` bytes set to zero.
    static func make(zeroedByteCount byteCount: Int) -> Storage {
        let storage = make(byteCount: byteCount)
        storage.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        return storage
    }

    /// The number of bytes the tensor uses.
    var byteCount: Int { header }

    /// The first byte. Valid while the storage is alive.
    var pointer: UnsafeMutableRawPointer {
        withUnsafeMutablePointerToElements { UnsafeMutableRawPointer($0) }
    }

    func copy() -> Storage {
        let other = Storage.make(byteCount: byteCount)
        other.pointer.copyMemory(from: pointer, byteCount: byteCount)
        return other
    }
}
