import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The communicator of an `mpirun` job, on Open MPI's `libmpi`, loaded at run
/// time (`dlopen`): Axon builds and runs without MPI installed, and the same
/// binary runs data-parallel under `mpirun` where it is. `AXON_MPI_LIBRARY`
/// names the library when it is not `libmpi.so.40` (Linux) or
/// `libmpi.40.dylib` (macOS) on the loader's path.
///
/// Speaks Open MPI's ABI (its handles are addresses of its predefined
/// objects); another MPI's library is refused with a message that says so.
/// Collectives are called from one thread at a time. A rank that dies ends
/// the job: Open MPI's `mpirun` stops the others and names the lost rank.
/// Call ``finalize()`` when the job is done: Open MPI counts a process that
/// exits without it as failed.
public final class MPICommunicator: Communicator, @unchecked Sendable {
    public let rank: Int
    public let size: Int
    private let api: API

    /// The communicator of the job (MPI_COMM_WORLD), starting MPI on first use.
    public static func world() throws(CommunicatorError) -> MPICommunicator {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        if let world = shared.world { return world }
        let world = try MPICommunicator(api: API.load())
        shared.world = world
        return world
    }

    private final class Shared: @unchecked Sendable {
        let lock = NSLock()
        var world: MPICommunicator?
    }
    private static let shared = Shared()

    private init(api: API) throws(CommunicatorError) {
        self.api = api
        var initialized: Int32 = 0
        try api.check(api.initialized(&initialized), "MPI_Initialized")
        if initialized == 0 {
            var provided: Int32 = 0
            // MPI_THREAD_SERIALIZED (2 in Open MPI): any thread may call, one at a time.
            try api.check(api.initThread(nil, nil, 2, &provided), "MPI_Init_thread")
        }
        var rank: Int32 = 0, size: Int32 = 0
        try api.check(api.commRank(api.commWorld, &rank), "MPI_Comm_rank")
        try api.check(api.commSize(api.commWorld, &size), "MPI_Comm_size")
        self.rank = Int(rank)
        self.size = Int(size)
    }

    public func allReduce(_ values: UnsafeMutableBufferPointer<Float>, _ operation: ReduceOperation) throws(CommunicatorError) {
        try sum(values, type: api.float, operation)
    }

    public func allReduce(_ values: UnsafeMutableBufferPointer<Double>, _ operation: ReduceOperation) throws(CommunicatorError) {
        try sum(values, type: api.double, operation)
    }

    private func sum<T: BinaryFloatingPoint>(_ values: UnsafeMutableBufferPointer<T>, type: Handle,
                                            _ operation: ReduceOperation) throws(CommunicatorError) {
        try allReduce(UnsafeMutableRawPointer(values.baseAddress), count: values.count, elementSize: MemoryLayout<T>.stride, type: type)
        if operation == .mean, size > 1 {
            let scale = T(size)
            for i in values.indices { values[i] /= scale }
        }
    }

    /// MPI counts are 32-bit: a longer buffer goes in pieces.
    private static let piece = Int(Int32.max)

    private func allReduce(_ base: UnsafeMutableRawPointer?, count: Int, elementSize: Int, type: Handle) throws(CommunicatorError) {
        guard let base, count > 0 else { return }
        var start = 0
        while start < count {
            let n = min(count - start, Self.piece)
            try api.check(api.allreduce(api.inPlace, base + start * elementSize, Int32(n), type, api.sum, api.commWorld),
                          "MPI_Allreduce of \(n) values")
            start += n
        }
    }

    public func broadcast(_ bytes: UnsafeMutableRawBufferPointer, from root: Int) throws(CommunicatorError) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        guard (0..<size).contains(root) else { throw CommunicatorError("broadcast from rank \(root) of a job of \(size)") }
        var start = 0
        while start < bytes.count {
            let n = min(bytes.count - start, Self.piece)
            try api.check(api.bcast(base + start, Int32(n), api.byte, Int32(root), api.commWorld), "MPI_Bcast of \(n) bytes")
            start += n
        }
    }

    public func barrier() throws(CommunicatorError) {
        try api.check(api.barrier(api.commWorld), "MPI_Barrier")
    }

    /// Ends MPI for this process once every rank is done (MPI_Finalize); no
    /// collective may follow.
    public func finalize() {
        _ = api.finalize()
    }

    /// Stops every rank of the job now with `code` (MPI_Abort), after an
    /// error on this one that the others cannot know of.
    public func abort(code: Int32) -> Never {
        _ = api.abort(api.commWorld, code)
        exit(code)
    }

    typealias Handle = UnsafeMutableRawPointer

    /// The entry points and predefined handles of a loaded libmpi.
    private struct API {
        let initialized: @convention(c) (UnsafeMutablePointer<Int32>?) -> Int32
        let initThread: @convention(c) (UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?,
                                        Int32, UnsafeMutablePointer<Int32>?) -> Int32
        let commRank: @convention(c) (Handle, UnsafeMutablePointer<Int32>?) -> Int32
        let commSize: @convention(c) (Handle, UnsafeMutablePointer<Int32>?) -> Int32
        let allreduce: @convention(c) (UnsafeRawPointer?, UnsafeMutableRawPointer?, Int32, Handle, Handle, Handle) -> Int32
        let bcast: @convention(c) (UnsafeMutableRawPointer?, Int32, Handle, Int32, Handle) -> Int32
        let barrier: @convention(c) (Handle) -> Int32
        let finalize: @convention(c) () -> Int32
        let abort: @convention(c) (Handle, Int32) -> Int32
        let errorString: @convention(c) (Int32, UnsafeMutablePointer<CChar>?, UnsafeMutablePointer<Int32>?) -> Int32
        let commWorld, float, double, byte, sum: Handle
        /// Open MPI's MPI_IN_PLACE.
        let inPlace = UnsafeRawPointer(bitPattern: 1)

        static func load() throws(CommunicatorError) -> API {
            let environment = ProcessInfo.processInfo.environment
            #if os(macOS)
            let defaults = ["libmpi.40.dylib", "libmpi.dylib"]
            #else
            let defaults = ["libmpi.so.40", "libmpi.so"]
            #endif
            let names = environment["AXON_MPI_LIBRARY"].map { [$0] } ?? defaults
            var handle: UnsafeMutableRawPointer?
            var failures: [String] = []
            for name in names {
                // Global: Open MPI's plug-ins, loaded later, resolve against libmpi's symbols.
                handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL)
                if handle != nil { break }
                failures.append(dlerror().map { String(cString: $0) } ?? name)
            }
            guard let handle else {
                throw CommunicatorError("started by an MPI launcher, but no MPI library loads: \(failures.joined(separator: "; ")) (install Open MPI, e.g. Debian's openmpi-bin, or name the library in AXON_MPI_LIBRARY)")
            }
            func symbol(_ name: String) throws(CommunicatorError) -> UnsafeMutableRawPointer {
                guard let address = dlsym(handle, name) else {
                    throw CommunicatorError("the MPI library \(names.count == 1 ? names[0] : "libmpi") has no \(name): Axon speaks Open MPI's ABI")
                }
                return address
            }
            func function<F>(_ name: String, as _: F.Type) throws(CommunicatorError) -> F {
                unsafeBitCast(try symbol(name), to: F.self)
            }
            return API(
                initialized: try function("MPI_Initialized", as: (@convention(c) (UnsafeMutablePointer<Int32>?) -> Int32).self),
                initThread: try function("MPI_Init_thread", as: (@convention(c) (UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?, Int32, UnsafeMutablePointer<Int32>?) -> Int32).self),
                commRank: try function("MPI_Comm_rank", as: (@convention(c) (Handle, UnsafeMutablePointer<Int32>?) -> Int32).self),
                commSize: try function("MPI_Comm_size", as: (@convention(c) (Handle, UnsafeMutablePointer<Int32>?) -> Int32).self),
                allreduce: try function("MPI_Allreduce", as: (@convention(c) (UnsafeRawPointer?, UnsafeMutableRawPointer?, Int32, Handle, Handle, Handle) -> Int32).self),
                bcast: try function("MPI_Bcast", as: (@convention(c) (UnsafeMutableRawPointer?, Int32, Handle, Int32, Handle) -> Int32).self),
                barrier: try function("MPI_Barrier", as: (@convention(c) (Handle) -> Int32).self),
                finalize: try function("MPI_Finalize", as: (@convention(c) () -> Int32).self),
                abort: try function("MPI_Abort", as: (@convention(c) (Handle, Int32) -> Int32).self),
                errorString: try function("MPI_Error_string", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, UnsafeMutablePointer<Int32>?) -> Int32).self),
                commWorld: try symbol("ompi_mpi_comm_world"), float: try symbol("ompi_mpi_float"),
                double: try symbol("ompi_mpi_double"), byte: try symbol("ompi_mpi_byte"), sum: try symbol("ompi_mpi_op_sum"))
        }

        func check(_ code: Int32, _ what: String) throws(CommunicatorError) {
            guard code != 0 else { return }
            var text = [CChar](repeating: 0, count: 256)
            var length: Int32 = 0
            _ = errorString(code, &text, &length)
            throw CommunicatorError("\(what) failed: \(String(decoding: text.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)) (error \(code))")
        }
    }
}
