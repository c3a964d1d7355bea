import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a figure could not be written.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// The file at `path` could not be written, for `reason`; whatever was
    /// at `path` before is unchanged.
    case cannotWrite(path: String, reason: String)

    /// A sentence naming the path and the reason.
    public var description: String {
        switch self {
        case let .cannotWrite(path, reason): return "\(path): cannot write the figure: \(reason)"
        }
    }
}

/// Writing a finished SVG document to disk, whole or not at all.
///
/// The rule is AxonIO's `OutputFile`, restated here because AxonPlot depends
/// on nothing but Foundation: a path must name a regular file (or a link to
/// one, followed) or nothing; the text goes to `.NAME.PID.RANDOM.tmp` beside
/// it, flushed and renamed into place; a replaced file keeps its permissions;
/// the folder is flushed; a failed write removes its temporary file, and the
/// next write of a file removes those its killed writers left.
public enum SVGFile {
    /// Writes `text` as UTF-8 to `url`: first to a temporary file beside it,
    /// flushed to disk, then renamed over `url`, so that a reader (or a
    /// crash) never sees half a figure.
    ///
    /// A regular file at `url` is replaced, keeping its permissions; a
    /// symbolic link is followed and the file it names is replaced. Anything
    /// else there (a directory, a FIFO, a device, a socket, a link to one of
    /// these or to nothing) is refused with ``PlotError/cannotWrite(path:reason:)``
    /// naming the path, and left untouched. On any failure the temporary
    /// file is removed.
    public static func write(_ text: String, to url: URL) throws {
        let path = url.path
        func failure(_ reason: String) -> PlotError { .cannotWrite(path: path, reason: reason) }

        guard !path.isEmpty else { throw failure("the path is empty") }
        var target = path
        var permissions: mode_t?
        var status = stat()
        if lstat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFLNK {
                guard let resolved = realpath(path, nil) else {
                    throw failure("it is a symbolic link to nothing that can be written (\(systemReason()))")
                }
                target = String(cString: resolved)
                free(resolved)
                guard stat(target, &status) == 0 else { throw failure("\(target): \(systemReason())") }
            }
            guard status.st_mode & S_IFMT == S_IFREG else {
                let link = target == path ? "" : "a symbolic link to "
                throw failure("it is \(link)\(kindDescription(status.st_mode)), not a regular file")
            }
            permissions = status.st_mode & 0o7777
        } else if errno != ENOENT {
            throw failure(systemReason())
        }

        let targetURL = URL(fileURLWithPath: target)
        let directory = targetURL.deletingLastPathComponent().path
        let name = targetURL.lastPathComponent
        removeStaleTemporaries(of: name, in: directory)
        let random = String(UInt32.random(in: 0 ... .max), radix: 16)
        let temporary = directory + "/." + name + "." + String(getpid()) + "."
            + String(repeating: "0", count: 8 - random.count) + random + ".tmp"
        // O_EXCL: the temporary name is ours alone, so removing it on failure
        // cannot remove anyone else's file.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create a file in \(directory): \(systemReason())") }

        var problem: String?
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count, problem == nil {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, start + written, buffer.count - written)
            }
            if count >= 0 {
                written += count
            } else if errno != EINTR {
                problem = systemReason()
            }
        }
        if problem == nil, let permissions, fchmod(descriptor, permissions) != 0 { problem = systemReason() }
        if problem == nil, fsync(descriptor) != 0 { problem = systemReason() }
        if close(descriptor) != 0, problem == nil { problem = systemReason() }
        if problem == nil, rename(temporary, target) != 0 { problem = systemReason() }
        if let problem {
            unlink(temporary)
            throw failure(problem)
        }
        // The rename is on disk once the folder is; a folder that cannot be flushed is no failure.
        let folder = open(directory, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the temporary files `.NAME.PID.RANDOM.tmp` that killed writes
    /// of `name` left in `directory`: regular files of this user whose
    /// process no longer runs. Anything else, however named, stays.
    static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = "." + name + "."
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for file in files where file.hasPrefix(prefix) && file.hasSuffix(".tmp") {
            let fields = file.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
            let decimal: ClosedRange<Character> = "0" ... "9", hexLetters: ClosedRange<Character> = "a" ... "f"
            guard fields.count == 2, (1 ... 10).contains(fields[0].count), fields[0].allSatisfy({ decimal.contains($0) }),
                  let pid = pid_t(fields[0]), pid > 0, (1 ... 10).contains(fields[1].count),
                  fields[1].allSatisfy({ decimal.contains($0) || hexLetters.contains($0) })
            else { continue }
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            let path = directory + "/" + file
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid() else {
                continue
            }
            unlink(path)
        }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }

    /// What a file of `mode` is, with its article: "a directory".
    private static func kindDescription(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}

/// write(2), named apart from the ``SVGFile/write(_:to:)`` in scope.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.write(descriptor, buffer, count)
    #else
    return Darwin.write(descriptor, buffer, count)
    #endif
}
