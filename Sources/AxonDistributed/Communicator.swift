import AxonTensor
import Foundation

/// How ``Communicator/allReduce(_:_:)`` combines the ranks' values.
public enum ReduceOperation: Sendable {
    /// The element-wise sum over the ranks.
    case sum
    /// The element-wise sum divided by the number of ranks.
    case mean
}

/// A failed collective, or a communicator that cannot start.
public struct CommunicatorError: Error, CustomStringConvertible, Sendable {
    /// What failed, and where.
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// The processes of one data-parallel job and the collectives between them
/// (MPI's vocabulary): each process has a ``rank`` in `0..<size`; every rank
/// calls each collective in the same order with buffers of the same length.
///
/// ``SingleProcess`` is the job of one; ``MPICommunicator`` runs on Open MPI
/// (`mpirun -np N …`); ``world()`` picks the one the environment asks for.
public protocol Communicator: AnyObject, Sendable {
    /// This process's rank, in `0..<size`.
    var rank: Int { get }
    /// The number of processes.
    var size: Int { get }
    /// Combines `values` over every rank, in place: afterwards every rank
    /// holds the same result.
    func allReduce(_ values: UnsafeMutableBufferPointer<Float>, _ operation: ReduceOperation) throws(CommunicatorError)
    /// Combines `values` over every rank, in place (float64).
    func allReduce(_ values: UnsafeMutableBufferPointer<Double>, _ operation: ReduceOperation) throws(CommunicatorError)
    /// Copies `bytes` from rank `root` to every other rank.
    func broadcast(_ bytes: UnsafeMutableRawBufferPointer, from root: Int) throws(CommunicatorError)
    /// Returns on each rank once every rank has called it.
    func barrier() throws(CommunicatorError)
}

extension Communicator {
    /// Whether this is rank 0, the one that prints and writes files.
    public var isRoot: Bool { rank == 0 }

    /// Combines `values` of either float type over every rank, in place.
    public func allReduce<T: TensorFloat>(_ values: UnsafeMutableBufferPointer<T>,
                                          _ operation: ReduceOperation) throws(CommunicatorError) {
        let raw = UnsafeMutableRawBufferPointer(values)
        if T.self == Double.self {
            try allReduce(raw.bindMemory(to: Double.self), operation)
        } else {
            try allReduce(raw.bindMemory(to: Float.self), operation)
        }
    }

    /// Combines a float32 or float64 tensor over every rank, in place.
    public func allReduce(_ tensor: inout Tensor, _ operation: ReduceOperation) throws(CommunicatorError) {
        let dtype = tensor.dtype
        guard dtype == .float32 || dtype == .float64 else {
            throw CommunicatorError("allReduce takes float32 or float64 tensors, not \(dtype)")
        }
        try tensor.withUnsafeMutableBytes { bytes in
            Result { () throws(CommunicatorError) in
                dtype == .float32
                    ? try allReduce(bytes.bindMemory(to: Float.self), operation)
                    : try allReduce(bytes.bindMemory(to: Double.self), operation)
            }
        }.get()
    }

    /// Copies a tensor's elements from rank `root` to every other rank (the
    /// shapes must already agree).
    public func broadcast(_ tensor: inout Tensor, from root: Int) throws(CommunicatorError) {
        try tensor.withUnsafeMutableBytes { bytes in Result { () throws(CommunicatorError) in try broadcast(bytes, from: root) } }.get()
    }
}

/// The job of one process: every collective returns its input.
public final class SingleProcess: Communicator {
    public init() {}
    public var rank: Int { 0 }
    public var size: Int { 1 }
    public func allReduce(_ values: UnsafeMutableBufferPointer<Float>, _ operation: ReduceOperation) {}
    public func allReduce(_ values: UnsafeMutableBufferPointer<Double>, _ operation: ReduceOperation) {}
    public func broadcast(_ bytes: UnsafeMutableRawBufferPointer, from root: Int) {}
    public func barrier() {}
}

/// The communicator of the job this process was started in.
public enum Distributed {
    /// Where a launcher started this process: its rank, the number of
    /// processes, and how many of them run on this machine.
    public struct Launch: Equatable, Sendable {
        public let rank: Int
        public let size: Int
        public let localSize: Int
    }

    /// The launch, from the environment: Open MPI's `mpirun`
    /// (`OMPI_COMM_WORLD_SIZE`, `_RANK`, `_LOCAL_SIZE`), else PMI's
    /// (`PMI_SIZE`, `PMI_RANK`: MPICH, Slurm; without a local count, every
    /// rank counts as local); `nil` when no launcher started it.
    public static func launch(environment: [String: String] = ProcessInfo.processInfo.environment) -> Launch? {
        for (prefix, sizeKey, rankKey) in [("OMPI", "OMPI_COMM_WORLD_SIZE", "OMPI_COMM_WORLD_RANK"), ("PMI", "PMI_SIZE", "PMI_RANK")] {
            if let size = environment[sizeKey].flatMap(Int.init), let rank = environment[rankKey].flatMap(Int.init),
               size >= 1, (0..<size).contains(rank) {
                let local = prefix == "OMPI" ? environment["OMPI_COMM_WORLD_LOCAL_SIZE"].flatMap(Int.init) : nil
                return Launch(rank: rank, size: size, localSize: min(max(local ?? size, 1), size))
            }
        }
        return nil
    }

    /// ``SingleProcess`` unless a launcher started several processes, then
    /// ``MPICommunicator`` (created once per process: MPI starts once).
    public static func world() throws(CommunicatorError) -> any Communicator {
        guard let launch = launch(), launch.size > 1 else { return SingleProcess() }
        return try MPICommunicator.world()
    }
}
