/// The memory behind a ``Tensor``: one block on one ``Device``, shared by
/// copies of a tensor until one of them writes (copy-on-write).
///
/// On the CPU the object and its bytes are one allocation (a `ManagedBuffer`
/// whose elements are 16-byte vectors, so the bytes are 16-byte aligned): a
/// small training step makes a few dozen tensors, and halving their
/// allocations is measurable there.
final class Storage: ManagedBuffer<Storage.Header, SIMD4<Float>> {
    /// What a block records about itself.
    struct Header {
        var byteCount: Int
        var device: Device
    }

    /// A block of at least `byteCount` bytes on `device`; their contents are undefined.
    static func make(byteCount: Int, device: Device = .cpu) -> Storage {
        let vectors = Swift.max((byteCount + 15) / 16, 1)
        let buffer = Storage.create(minimumCapacity: vectors) { _ in Header(byteCount: byteCount, device: device) }
        return unsafeDowncast(buffer, to: Storage.self)
    }

    /// The number of bytes the tensor uses.
    var byteCount: Int { header.byteCount }

    /// The device that holds the bytes.
    var device: Device { header.device }

    /// The first byte, for the CPU backend and host transfers. Valid while
    /// the storage is alive.
    var pointer: UnsafeMutableRawPointer {
        withUnsafeMutablePointerToElements { UnsafeMutableRawPointer($0) }
    }

    func copy() -> Storage {
        let other = Storage.make(byteCount: byteCount, device: device)
        other.pointer.copyMemory(from: pointer, byteCount: byteCount)
        return other
    }
}
