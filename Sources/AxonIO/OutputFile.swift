import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written. Whatever was at ``path`` before is
/// unchanged.
public struct OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as the caller gave it.
    public let path: String
    /// Why, as a clause: "it is a directory, not a regular file".
    public let reason: String

    /// A sentence naming the path and the reason.
    public var description: String { "\(path): cannot write: \(reason)" }
}

/// Writing a file whole or not at all, and never over anything but a
/// regular file: the one rule of every file Axon writes (model files,
/// checkpoints, the command line's CSV and SVG files).
///
/// A path must name a regular file or nothing. A symbolic link is followed
/// to the regular file it names, which is replaced while the link stays. A
/// directory, a device (`/dev/full`), a FIFO, a socket, a link to one of
/// these or a link to nothing is refused and left untouched.
///
/// The bytes go to a temporary file beside the target,
/// `.NAME.PID.RANDOM.tmp` (the process id, eight hexadecimal digits), which
/// is flushed to disk and renamed over the target; then the folder is
/// flushed, so that the rename survives a crash too. A reader, or a machine
/// that loses power, sees the old file or the new one, never part of one. A
/// replaced file keeps its permissions. A failed write removes its temporary
/// file; one a killed process left is removed by the next write of the same
/// target, once no process of its id runs. ``removeTemporaryFilesOnSignals()``
/// removes those of a process ended by SIGINT, SIGTERM or SIGHUP.
public enum OutputFile {
    /// Where a write to a path lands.
    public struct Target: Equatable, Sendable {
        /// The file that is created or replaced: the path itself, or the
        /// regular file a symbolic link names.
        public let path: String
        /// The permission bits of the file replaced; `nil` when nothing is there yet.
        public let permissions: UInt32?
    }

    /// Where a write to `url` would land, checked and changing nothing.
    ///
    /// Callers that run long before writing (training, then saving) check
    /// their output paths with it first, so that a path that can never be
    /// written is refused before the work, not after.
    ///
    /// - Throws: ``OutputFileError`` for an empty path, a path that is (or
    ///   links to) anything but a regular file, or one that cannot be examined.
    public static func target(of url: URL) throws(OutputFileError) -> Target {
        try target(ofPath: url.path)
    }

    /// Writes `data` to `url`, whole or not at all (see ``OutputFile``).
    ///
    /// - Throws: ``OutputFileError`` when `url` is not a regular file or
    ///   nothing, or when the folder or the disk refuses the write (the
    ///   reason is the system's: "No space left on device").
    public static func write(_ data: Data, to url: URL) throws(OutputFileError) {
        let path = url.path
        func failure(_ reason: String) -> OutputFileError { OutputFileError(path: path, reason: reason) }
        let target = try target(ofPath: path)
        let destination = URL(fileURLWithPath: target.path)
        let directory = destination.deletingLastPathComponent().path
        let name = destination.lastPathComponent
        removeStaleTemporaries(of: name, in: directory)

        let random = String(UInt32.random(in: 0 ... .max), radix: 16)
        let temporary = directory + "/" + temporaryPrefix(of: name) + "\(getpid())."
            + String(repeating: "0", count: 8 - random.count) + random + ".tmp"
        let descriptor: Int32
        switch TemporaryFiles.shared.create(temporary) {
        case let .success(opened): descriptor = opened
        case let .failure(error): throw failure("cannot create a file in \(directory): \(error.reason)")
        }
        defer { TemporaryFiles.shared.remove(temporary) }

        var problem = writeAll(data, to: descriptor)
        if problem == nil, let permissions = target.permissions, fchmod(descriptor, mode_t(permissions)) != 0 {
            problem = systemError()
        }
        if problem == nil, fsync(descriptor) != 0 { problem = systemError() }
        if close(descriptor) != 0, problem == nil { problem = systemError() }
        if problem == nil, rename(temporary, target.path) != 0 {
            problem = "cannot move the new file into place: \(systemError())"
        }
        if let problem {
            unlink(temporary)
            throw failure(problem)
        }
        // The new name is an entry of the folder, on disk once the folder is
        // flushed. The file is in place already, so a file system that cannot
        // flush a folder is no reason to fail.
        let folder = open(directory, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Checks that files can be written into `url`: it is a directory, a
    /// link to one, or nothing yet (the writer creates it).
    ///
    /// - Throws: ``OutputFileError`` when `url` is (or links to) anything but
    ///   a directory, or cannot be examined.
    public static func checkDirectory(_ url: URL) throws(OutputFileError) {
        let path = url.path
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            let reason = String(cString: strerror(code))
            guard code == ENOENT else { throw OutputFileError(path: path, reason: reason) }
            // Nothing there, or a link to nothing.
            guard lstat(path, &status) == 0 else { return }
            throw OutputFileError(path: path, reason: "it is a symbolic link to nothing that can be written (\(reason))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            var link = stat()
            let linked = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK ? "a symbolic link to " : ""
            throw OutputFileError(path: path, reason: "it is \(linked)\(kind(status.st_mode)), not a directory")
        }
    }

    // MARK: - The rule

    static func target(ofPath path: String) throws(OutputFileError) -> Target {
        func failure(_ reason: String) -> OutputFileError { OutputFileError(path: path, reason: reason) }
        guard !path.isEmpty else { throw failure("the path is empty; give the path of a file") }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw failure(systemError()) }
            // Nothing there: the file is created if its folder exists.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard stat(folder, &status) == 0 else { throw failure("its folder \(folder): \(systemError())") }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw failure("its folder \(folder) is \(kind(status.st_mode)), not a directory")
            }
            return Target(path: path, permissions: nil)
        }
        var target = path
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw failure("it is a symbolic link to nothing that can be written (\(systemError()))")
            }
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &status) == 0 else { throw failure("\(target): \(systemError())") }
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let link = target == path ? "" : "a symbolic link to "
            throw failure("it is \(link)\(kind(status.st_mode)), not a regular file (give the path of a file to create or replace)")
        }
        return Target(path: target, permissions: UInt32(status.st_mode & 0o7777))
    }

    /// What a file of `mode` is, with its article: "a directory".
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    // MARK: - Temporary files

    /// The start of the names of the temporary files of writes of `name`.
    static func temporaryPrefix(of name: String) -> String { "." + name + "." }

    /// Whether `file` is named as a temporary file of a write of `name`,
    /// `.NAME.PID.RANDOM.tmp`, and if so the writer's process id. RANDOM is
    /// up to ten hexadecimal digits: earlier versions wrote it in decimal.
    static func writer(ofTemporary file: String, name: String) -> pid_t? {
        let prefix = temporaryPrefix(of: name)
        guard file.hasPrefix(prefix), file.hasSuffix(".tmp") else { return nil }
        let fields = file.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
        guard fields.count == 2 else { return nil }
        let (pid, random) = (fields[0], fields[1])
        let decimal: ClosedRange<Character> = "0" ... "9", hexLetters: ClosedRange<Character> = "a" ... "f"
        guard (1 ... 10).contains(pid.count), pid.allSatisfy({ decimal.contains($0) }),
              let id = pid_t(pid), id > 0,
              (1 ... 10).contains(random.count), random.allSatisfy({ decimal.contains($0) || hexLetters.contains($0) })
        else { return nil }
        return id
    }

    /// Removes the temporary files that killed writes of `name` left in
    /// `directory`: those named as this writer names them, regular files of
    /// this user, written by a process that no longer runs. Anything else
    /// (a file of a write in progress, another user's, a directory or a link
    /// so named) stays.
    static func removeStaleTemporaries(of name: String, in directory: String) {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for file in files {
            guard let pid = writer(ofTemporary: file, name: name) else { continue }
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            let path = directory + "/" + file
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid() else {
                continue
            }
            unlink(path)
        }
    }

    // MARK: - System calls

    /// Writes all of `data`, going on after interruptions; the error, if any.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            guard let start = buffer.baseAddress else { return nil }
            var written = 0
            while written < buffer.count {
                let count = systemWrite(descriptor, start + written, buffer.count - written)
                if count >= 0 {
                    written += count
                } else if errno != EINTR {
                    return systemError()
                }
            }
            return nil
        }
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}

/// write(2), named apart from ``OutputFile/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.write(descriptor, buffer, count)
    #else
    return Darwin.write(descriptor, buffer, count)
    #endif
}
