import CAxonKernels

/// The memory behind a ``Tensor``: one block on one ``Device``, shared by
/// copies of a tensor until one of them writes (copy-on-write).
///
/// On the CPU a small block and the object are one allocation (a
/// `ManagedBuffer` whose elements are 16-byte vectors, so the bytes are
/// 16-byte aligned): a small training step makes a few dozen tensors, and
/// halving their allocations is measurable there. A block of 64 KB or more
/// comes from the kernels' block cache instead (`axon_block_allocate`,
/// 64-byte aligned), so that the activations and gradients a training step
/// frees are reused by the next step without fresh pages.
final class Storage: ManagedBuffer<Storage.Header, SIMD4<Float>> {
    /// What a block records about itself.
    struct Header {
        var byteCount: Int
        var device: Device
        /// A large block's bytes, outside the object; nil when they follow the header.
        var external: UnsafeMutableRawPointer?
    }

    /// Blocks from this size on come from the block cache.
    static let externalThreshold = 1 << 16

    /// A block of at least `byteCount` bytes on `device`; their contents are undefined.
    static func make(byteCount: Int, device: Device = .cpu) -> Storage {
        if byteCount >= externalThreshold {
            guard let bytes = axon_block_allocate(byteCount) else {
                fatalError("Axon: out of memory allocating \(byteCount) bytes for a tensor")
            }
            let buffer = Storage.create(minimumCapacity: 0) { _ in
                Header(byteCount: byteCount, device: device, external: bytes)
            }
            return unsafeDowncast(buffer, to: Storage.self)
        }
        let vectors = Swift.max((byteCount + 15) / 16, 1)
        let buffer = Storage.create(minimumCapacity: vectors) { _ in
            Header(byteCount: byteCount, device: device, external: nil)
        }
        return unsafeDowncast(buffer, to: Storage.self)
    }

    deinit {
        if let bytes = fields.external { axon_block_free(bytes, fields.byteCount) }
    }

    /// The header, read through its pointer: it never changes after
    /// `make`, and `header` would make a run-time exclusivity check at every
    /// read (each kernel call reads `pointer`).
    private var fields: Header { withUnsafeMutablePointerToHeader { $0.pointee } }

    /// The number of bytes the tensor uses.
    var byteCount: Int { fields.byteCount }

    /// The device that holds the bytes.
    var device: Device { fields.device }

    /// The first byte, for the CPU backend and host transfers. Valid while
    /// the storage is alive.
    var pointer: UnsafeMutableRawPointer {
        withUnsafeMutablePointers { header, elements in header.pointee.external ?? UnsafeMutableRawPointer(elements) }
    }

    func copy() -> Storage {
        let other = Storage.make(byteCount: byteCount, device: device)
        other.pointer.copyMemory(from: pointer, byteCount: byteCount)
        return other
    }
}
