import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFile {
    /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary files of the
    /// writes in progress before they end the process: a command stopped
    /// with Ctrl-C while it saves leaves no `.tmp` file behind. For
    /// executables; a library must leave signals to its program.
    ///
    /// Call it first thing in `main`, before any thread starts: it blocks the
    /// three signals in the calling thread, whose mask every thread started
    /// later inherits, and waits for them on a thread of its own. When one
    /// arrives, that thread removes the temporary files and ends the process
    /// by the same signal, so that the exit status is what it would have
    /// been. A signal the process started out ignoring (`nohup`, `&` in a
    /// script) stays ignored. SIGKILL cannot be caught: what it leaves is
    /// removed by the next write of the same file.
    public static func removeTemporaryFilesOnSignals() {
        let signals = [SIGINT, SIGTERM, SIGHUP].filter { !isIgnored($0) }
        guard !signals.isEmpty else { return }
        var blocked = signalSet(signals)
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        let waiter = Thread {
            var waited = signalSet(signals)
            var received: Int32 = 0
            guard sigwait(&waited, &received) == 0 else { return }
            TemporaryFiles.shared.removeAll()
            // End the process as the signal would have: its default action, unblocked here.
            signal(received, SIG_DFL)
            var only = signalSet([received])
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            raise(received)
            _exit(128 + received)
        }
        waiter.name = "axon: temporary files on signals"
        waiter.start()
    }

    private static func signalSet(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }

    /// Whether `signal`'s action is to be ignored (SIG_IGN, the value 1).
    private static func isIgnored(_ signal: Int32) -> Bool {
        var action = sigaction()
        guard sigaction(signal, nil, &action) == 0 else { return false }
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #elseif canImport(Darwin)
        let handler = action.__sigaction_u.__sa_handler
        #else
        let handler = action.__sa_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == 1
    }
}

/// The temporary files of the writes in progress in this process, for
/// removal when a signal ends it.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Creates the file at `path` for writing and lists it: its descriptor,
    /// or the reason it could not be created. Under the lock, so that a
    /// signal arriving just after the file appears waits until it is listed.
    func create(_ path: String) -> Result<Int32, OutputFileError> {
        lock.lock()
        defer { lock.unlock() }
        // O_EXCL: the name is this write's alone, so removing it removes nothing of anyone else's.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return .failure(OutputFileError(path: path, reason: OutputFile.systemError())) }
        paths.insert(path)
        return .success(descriptor)
    }

    func remove(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(path)
    }

    /// Removes every file of a write in progress, for a process about to end.
    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths.removeAll()
    }
}
