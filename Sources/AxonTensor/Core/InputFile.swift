import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A user's input file read whole, for the readers of every format (CSV,
/// IDX, safetensors). Only a regular file is read: a directory, a device
/// such as `/dev/zero` (endless) or a FIFO (which would block until someone
/// writes) is refused by what it is, before any byte is read, and the bytes
/// read are never more than the file's size at the moment it was opened.
package enum InputFile {
    /// Why a file could not be read; ``description`` is the reason alone,
    /// for the caller to put after the path.
    package enum Failure: Error, Equatable, CustomStringConvertible {
        /// Nothing is at the path.
        case notFound
        /// Something is there, but not a regular file: "a directory".
        case notRegularFile(kind: String)
        /// The system refused (permission, I/O error), in its words.
        case unreadable(reason: String)

        package var description: String {
            switch self {
            case .notFound: return "no such file"
            case let .notRegularFile(kind): return "it is \(kind), not a regular file"
            case let .unreadable(reason): return reason
            }
        }
    }

    /// The bytes of the regular file at `path` (symbolic links followed).
    package static func read(_ path: String) throws(Failure) -> Data {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it has no
        // effect on the reads of a regular file.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound }
            throw .unreadable(reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(kind: kind(of: status.st_mode)) }
        let size = Int(status.st_size)
        // Grown as bytes arrive, never past the size stat gave: a file that
        // claims more than it holds (/proc/kcore says 128 TB) costs only what
        // is read.
        var data = Data(count: Swift.min(size, 1 << 26))
        var filled = 0
        var problem: String?
        while filled < size {
            if filled == data.count { data.count = Swift.min(size, data.count * 2) }
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count > 0 {
                filled += count
            } else if count == 0 {
                break
            } else if errno != EINTR {
                problem = String(cString: strerror(errno))
                break
            }
        }
        if let problem { throw .unreadable(reason: problem) }
        // A file that shrank while being read ends where the reads ended.
        if filled < data.count { data.removeSubrange(filled...) }
        return data
    }

    /// What a file of `mode` is, with its article ("a directory").
    package static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFREG: return "a regular file"
        default: return "a special file"
        }
    }
}

/// read(2), named apart from the `read` of ``InputFile``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}
