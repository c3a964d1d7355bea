import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A log directory or event file that cannot be written: the path and why.
public struct TensorBoardError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The directory or file at fault.
    public let path: String
    /// What went wrong.
    public let reason: String

    /// An error about `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot write TensorBoard events to <path>: <reason>`.
    public var description: String { "cannot write TensorBoard events to \(path): \(reason)" }
}

/// Writes one TensorBoard event file: scalars and histograms by tag and step,
/// as PyTorch's `SummaryWriter` does, for `tensorboard --logdir`.
///
/// The file is `events.out.tfevents.<unix seconds>.<host>.<pid>.<n>` in
/// ``directory`` (created if missing), the process id padded to 10 digits and
/// `n` counting up from 0 until the name is new, so writers never share a
/// file and later files sort after earlier ones. It is TensorFlow's record format:
/// per record an 8-byte little-endian length, the masked CRC-32C of those 8
/// bytes, the serialized `Event`, and the masked CRC-32C of the event. The
/// first event holds the file version, `brain.Event:2`.
///
/// Records are whole in memory and go to the file together: on ``flush()``,
/// when ``flushInterval`` has passed since the last write, and when the
/// writer goes away. Several writers may share a directory: TensorBoard reads
/// its files in name order as one run.
///
/// ```swift
/// let writer = try TensorBoardWriter(directory: URL(fileURLWithPath: "runs/first"))
/// try writer.addScalar("loss/train", 0.25, step: 1)
/// try writer.flush()
/// ```
public final class TensorBoardWriter {
    /// The log directory.
    public let directory: URL
    /// The event file this writer appends to.
    public let file: URL
    /// The longest time records wait in memory once another is added. The
    /// default value is 10 seconds.
    public var flushInterval: Duration = .seconds(10)

    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var lastWrite = ContinuousClock.now

    /// The version string TensorBoard expects in each file's first event.
    static let fileVersion = "brain.Event:2"

    /// Creates `directory` if needed (with its parents) and a new event file
    /// in it, and writes the file-version event.
    ///
    /// - Throws: ``TensorBoardError`` when `directory` exists and is not a
    ///   directory, or it or the file cannot be created or written.
    public init(directory: URL) throws(TensorBoardError) {
        self.directory = directory
        try Self.makeDirectory(directory.path)
        // TensorBoard reads a run's files in name order: within one second, the
        // zero-padded process id puts a resumed run's file after the one it continues.
        let pid = String(getpid())
        let paddedPID = String(repeating: "0", count: max(0, 10 - pid.count)) + pid
        let stem = "events.out.tfevents.\(Int(Date().timeIntervalSince1970)).\(Self.hostName()).\(paddedPID)"
        var counter = 0
        var candidate: URL
        var opened: Int32
        repeat {
            candidate = directory.appendingPathComponent("\(stem).\(counter)")
            opened = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            counter += 1
        } while opened < 0 && errno == EEXIST
        guard opened >= 0 else {
            throw TensorBoardError(path: directory.path, reason: "cannot create an event file: \(Self.lastErrorMessage())")
        }
        file = candidate
        descriptor = opened
        append(.fileVersion(Self.fileVersion), step: 0)
        try flush()
    }

    deinit {
        // Nobody is left to hear about a failure here; flush() reports it while the run goes on.
        try? flush()
        close(descriptor)
    }

    /// Records a number under `tag` at `step`, as TensorBoard stores it:
    /// rounded to float32.
    public func addScalar(_ tag: String, _ value: Double, step: Int) throws(TensorBoardError) {
        try add([.scalar(tag: tag, value: Float(value))], step: step)
    }

    /// Records the histogram of `values` under `tag` at `step` (see
    /// ``TensorBoardHistogram``).
    ///
    /// - Parameter bucketCount: the default value is `30`.
    public func addHistogram(_ tag: String, _ values: [Double], step: Int, bucketCount: Int = 30) throws(TensorBoardError) {
        try add([.histogram(tag: tag, TensorBoardHistogram(values, bucketCount: bucketCount))], step: step)
    }

    /// Records `values` as one event at `step`, written at the next flush.
    func add(_ values: [TensorBoardValue], step: Int) throws(TensorBoardError) {
        append(.summary(values), step: step)
        if ContinuousClock.now - lastWrite >= flushInterval { try flush() }
    }

    private func append(_ content: TensorBoardEvent.Content, step: Int) {
        let event = TensorBoardEvent(wallTime: Date().timeIntervalSince1970, step: step, content: content)
        pending += Self.record(event.encoded)
    }

    /// Writes the records waiting in memory to the file.
    ///
    /// - Throws: ``TensorBoardError`` naming the file when the write fails
    ///   (those records are dropped).
    public func flush() throws(TensorBoardError) {
        lastWrite = ContinuousClock.now
        guard !pending.isEmpty else { return }
        let bytes = pending
        pending = []
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw TensorBoardError(path: file.path, reason: Self.lastErrorMessage())
            }
            written += result
        }
    }

    /// `data` framed as a record: its length, the length's masked CRC, the
    /// data and the data's masked CRC, all little-endian.
    static func record(_ data: [UInt8]) -> [UInt8] {
        var record: [UInt8] = []
        record.reserveCapacity(data.count + 16)
        withUnsafeBytes(of: UInt64(data.count).littleEndian) { record.append(contentsOf: $0) }
        let lengthCRC = CRC32C.masked(of: record)
        withUnsafeBytes(of: lengthCRC.littleEndian) { record.append(contentsOf: $0) }
        record.append(contentsOf: data)
        withUnsafeBytes(of: CRC32C.masked(of: data).littleEndian) { record.append(contentsOf: $0) }
        return record
    }

    /// Creates `path` and its missing parents; an existing directory is fine.
    private static func makeDirectory(_ path: String) throws(TensorBoardError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw TensorBoardError(path: path, reason: "it exists and is not a directory")
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeDirectory(parent) }
        // Another process may have made it meanwhile.
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw TensorBoardError(path: path, reason: "cannot create the directory: \(lastErrorMessage())")
        }
    }

    /// The host's name for the file name (`gethostname`, without a DNS lookup).
    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let name = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "/", with: "_")
        return name.isEmpty ? "localhost" : name
    }

    private static func lastErrorMessage() -> String {
        String(cString: strerror(errno))
    }
}
