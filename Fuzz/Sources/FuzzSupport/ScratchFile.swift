import CFuzzDriver
import Foundation

/// A file on tmpfs (`/dev/shm`, else the temporary directory) that a fuzz
/// target rewrites with each input, for the readers whose public entry
/// point takes a URL. One path per process and role, removed at exit.
public struct ScratchFile: Sendable {
    public let url: URL

    /// The scratch file called `name` for this process.
    public init(_ name: String) {
        let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        url = URL(fileURLWithPath: directory).appendingPathComponent("axon-fuzz-\(getpid())-\(name)")
        ScratchFile.register(url.path)
    }

    /// Replaces the file's contents with `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot open \(url.path): errno \(errno)")
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(written > 0, "cannot write \(url.path): errno \(errno)")
            offset += written
        }
    }

    private nonisolated(unsafe) static var paths: [String] = []

    private static func register(_ path: String) {
        if paths.isEmpty { atexit { for path in ScratchFile.paths { unlink(path) } } }
        paths.append(path)
    }
}

/// The fuzz input as a buffer (libFuzzer passes a null pointer for an empty input).
public func inputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeRawBufferPointer {
    guard let data, size > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: data, count: size)
}

/// Hands the process to libFuzzer, which runs `testOneInput` on each input
/// as its command line says, and exits with libFuzzer's status. Each target's
/// main.swift calls this.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    exit(axon_fuzz_run(CommandLine.argc, CommandLine.unsafeArgv, testOneInput))
}
