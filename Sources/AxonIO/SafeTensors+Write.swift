import AxonTensor
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SafeTensors {
    /// Writes `tensors` and `metadata` to a safetensors file at `url`.
    ///
    /// The tensors' data follows the order given (a PyTorch `state_dict`'s
    /// order); the header is padded with spaces to a multiple of 8 bytes, as
    /// PyTorch's writer does, so the data starts aligned. The file is written
    /// to a temporary file in the same directory and renamed into place: a
    /// failed or interrupted write never leaves a partial file at `url`, and
    /// an existing file there stays whole until the new one replaces it. A
    /// failed write removes its temporary file; one left by a killed process
    /// is removed by the next write of the same file.
    ///
    /// - Throws: ``SafeTensorsError/invalidName(name:reason:)`` for an empty,
    ///   repeated or reserved name; ``SafeTensorsError/ioFailure(path:reason:)``
    ///   when the file cannot be written.
    public static func write(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], to url: URL) throws {
        let bytes = try encode(tensors, metadata: metadata)
        try writeAtomically(bytes, to: url)
    }

    /// The bytes of a safetensors file holding `tensors` and `metadata`.
    public static func encode(_ tensors: [(String, Tensor)], metadata: [String: String] = [:]) throws -> Data {
        var seen = Set<String>()
        for (name, _) in tensors {
            if name.isEmpty { throw SafeTensorsError.invalidName(name: name, reason: "is empty") }
            if name == "__metadata__" { throw SafeTensorsError.invalidName(name: name, reason: "is reserved for the metadata") }
            if !seen.insert(name).inserted { throw SafeTensorsError.invalidName(name: name, reason: "appears twice") }
        }
        var entries: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.keys.sorted().map { "\(jsonString($0)):\(jsonString(metadata[$0] ?? ""))" }
            entries.append("\"__metadata__\":{\(pairs.joined(separator: ","))}")
        }
        var offset = 0
        for (name, tensor) in tensors {
            let size = tensor.count * tensor.dtype.byteSize
            let dtypeName = dtypeNames[tensor.dtype] ?? "F32"
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            entries.append("\(jsonString(name)):{\"dtype\":\"\(dtypeName)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + size)]}")
            offset += size
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        // Pad with spaces so that the data starts on an 8-byte boundary.
        while header.count % 8 != 0 { header.append(UInt8(ascii: " ")) }

        var file = Data(capacity: 8 + header.count + offset)
        var length = UInt64(header.count).littleEndian
        withUnsafeBytes(of: &length) { file.append(contentsOf: $0) }
        file.append(contentsOf: header)
        for (_, tensor) in tensors { appendLittleEndian(tensor, to: &file) }
        return file
    }

    /// Appends the elements of `tensor`, little-endian, in one bulk copy.
    private static func appendLittleEndian(_ tensor: Tensor, to file: inout Data) {
        func append<T: FixedWidthInteger>(_ values: [T]) {
            #if _endian(big)
            let values = values.map { $0.littleEndian }
            #endif
            values.withUnsafeBytes { file.append(contentsOf: $0) }
        }
        switch tensor.dtype {
        case .float32: append(tensor.scalars(as: Float.self).map(\.bitPattern))
        case .float64: append(tensor.scalars(as: Double.self).map(\.bitPattern))
        case .int32: append(tensor.scalars(as: Int32.self))
        case .int64: append(tensor.scalars(as: Int64.self))
        case .uint8: append(tensor.scalars(as: UInt8.self))
        case .bool: append(tensor.scalars(as: Bool.self).map { $0 ? UInt8(1) : 0 })
        }
    }

    /// `text` as a JSON string literal: quotes, backslashes and control
    /// characters escaped, everything else kept as UTF-8.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Writes `bytes` to a temporary file beside `url`, flushes it to disk,
    /// renames it over `url` and flushes the directory, so that the rename
    /// itself survives a crash; on any failure the temporary file is removed.
    /// A process killed mid-write cannot remove its temporary file: the next
    /// write of the same file removes those whose process is gone.
    static func writeAtomically(_ bytes: Data, to url: URL) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent()
        removeStaleTemporaries(of: url)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp")
        // open(2), not FileManager.createFile, which on Linux creates the file
        // through a hidden temporary of its own that a kill would leave behind.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw SafeTensorsError.ioFailure(path: path, reason: "cannot create a file in \(directory.path): \(String(cString: strerror(errno)))")
        }
        do {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            defer { try? handle.close() }
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw SafeTensorsError.ioFailure(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SafeTensorsError.ioFailure(path: path, reason: "cannot move the new file into place: \(reason)")
        }
        // The new name is an entry in the directory, on disk only once the
        // directory is flushed. The file is in place already, so a file system
        // that cannot flush a directory is no reason to fail.
        let directoryDescriptor = open(directory.path, O_RDONLY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Removes the temporary files `.<name>.<pid>.<random>.tmp` that writers
    /// of `url` killed mid-write left beside it. A file whose process still
    /// runs (`kill(pid, 0)` does not answer ESRCH) may be a write in progress,
    /// and stays.
    private static func removeStaleTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let fields = name.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
            guard fields.count == 2, let pid = pid_t(fields[0]), pid > 0, UInt32(fields[1]) != nil else { continue }
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
