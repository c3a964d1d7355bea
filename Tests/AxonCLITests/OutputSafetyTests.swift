import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "Never destroy what is not ours", on the real `axon` executable: every
/// output flag aimed at a directory, a device, a FIFO, a link to one of these
/// or to nothing is refused before any work, with exit status 1 and one line
/// on standard error, and every file around it is as it was, down to its
/// inode. Checkpoint pruning removes checkpoint files only; the temporary
/// files of a killed save are removed by the next save (those, and nothing
/// else), and a save stopped by SIGINT or SIGTERM removes its own.
final class OutputSafetyTests: XCTestCase {
    /// The test's folder: the commands run in it and name its entries
    /// relative to it, as a user would.
    var directory: URL!
    /// The folder of a model file and a training log, made once for all tests.
    static let fixtures = FileManager.default.temporaryDirectory.appendingPathComponent("axon-output-fixtures-\(UUID().uuidString)")

    /// A process id no process has: above Linux's largest `pid_max`.
    static let deadProcess = "2147483647"
    /// No command here may take longer, however loaded the machine.
    static let timeout: Double = 300

    override class func tearDown() {
        try? FileManager.default.removeItem(at: fixtures)
        super.tearDown()
    }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Refused before any work, nothing changed

    /// Every writer against every kind of path that is not a regular file.
    func testEveryOutputOntoWhatIsNotARegularFileIsRefusedAndNothingChanges() throws {
        let (model, log) = try makeFixtures()
        let hasDevice = try makeSpecialEntries()
        var cases: [(arguments: [String], message: String)] = [
            (["predict", "--weights", model, "--data", "spiral", "--output", "results"],
             "--output results: cannot write: it is a directory, not a regular file"),
            (["train", "--epochs", "1", "--save", "results"], "--save results: cannot write: it is a directory, not a regular file"),
            (["train", "--epochs", "1", "--save", "pipe"], "--save pipe: cannot write: it is a FIFO (named pipe), not a regular file"),
            (["train", "--epochs", "1", "--save", "link-to-results"],
             "--save link-to-results: cannot write: it is a symbolic link to a directory, not a regular file"),
            (["train", "--epochs", "1", "--save", "dangling"],
             "--save dangling: cannot write: it is a symbolic link to nothing that can be written"),
            (["train", "--epochs", "1", "--save", "missing/model.safetensors"], "--save missing/model.safetensors: cannot write: its folder"),
            (["train", "--epochs", "1", "--plot", "link-to-pipe"],
             "--plot link-to-pipe: cannot write: it is a symbolic link to a FIFO (named pipe), not a regular file"),
            (["evaluate", "--weights", model, "--data", "spiral", "--plot", "results"],
             "--plot results: cannot write: it is a directory, not a regular file"),
            (["plot", log, "--output", "link-to-results"],
             "--output link-to-results: cannot write: it is a symbolic link to a directory, not a regular file"),
            (["train", "--epochs", "1", "--checkpoint-dir", "pipe"],
             "--checkpoint-dir pipe: cannot write into it: it is a FIFO (named pipe), not a directory"),
            (["train", "--epochs", "1", "--checkpoint-dir", "notes.txt"],
             "--checkpoint-dir notes.txt: cannot write into it: it is a regular file, not a directory"),
            // The run would write epoch 2's checkpoint where a FIFO is: refused before epoch 1.
            (["train", "--epochs", "2", "--checkpoint-dir", "checkpoints"],
             "cannot write a checkpoint: \(path("checkpoints/checkpoint-epoch-0002.safetensors")): it is a FIFO (named pipe), not a regular file"),
        ]
        if hasDevice {
            cases += [
                (["predict", "--weights", model, "--data", "spiral", "--output", "device"],
                 "--output device: cannot write: it is a character device, not a regular file"),
                (["train", "--epochs", "1", "--save", "device"], "--save device: cannot write: it is a character device, not a regular file"),
                (["train", "--epochs", "1", "--save", "link-to-device"],
                 "--save link-to-device: cannot write: it is a symbolic link to a character device, not a regular file"),
            ]
        }
        let before = try snapshot()
        for (arguments, message) in cases {
            try assertRefused(arguments, saying: message)
        }
        XCTAssertEqual(try snapshot(), before, "nothing in the folder changed")
    }

    func testThreadCountsBeyondFourPerCoreAreRefused() throws {
        try assertRefused(["train", "--threads", "100000"], saying: "--threads 100000: at most ")
        try assertRefused(["train", "--threads", "0"], saying: "--threads 0: must be at least 1")
        XCTAssertEqual(try snapshot(), [:], "nothing written")
    }

    // MARK: - Written, and only the output changed

    /// Pruning old checkpoints unlinks checkpoint files; a folder with a
    /// checkpoint's name (and its contents) stays. It used to be removed,
    /// contents and all.
    func testPruningCheckpointsLeavesAFolderNamedLikeOne() throws {
        let checkpoints = directory.appendingPathComponent("run")
        let folder = checkpoints.appendingPathComponent("checkpoint-epoch-0000.safetensors")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try axon(["train", "--epochs", "3", "--keep", "1", "--checkpoint-dir", "run"])
        XCTAssertEqual(run.exitStatus, 0, run.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: checkpoints.path).sorted(),
                       ["checkpoint-epoch-0000.safetensors", "checkpoint-epoch-0003.safetensors"])
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("notes.txt")), Data("precious".utf8))
    }

    /// A link to a regular file: the file is replaced (its permissions
    /// kept), the link stays, nothing else changes.
    func testALinkedModelFileIsReplacedAndNothingElseChanges() throws {
        try Data("old".utf8).write(to: directory.appendingPathComponent("model.safetensors"))
        XCTAssertEqual(chmod(path("model.safetensors"), 0o600), 0)
        try FileManager.default.createSymbolicLink(atPath: path("latest.safetensors"), withDestinationPath: "model.safetensors")
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        var before = try snapshot()
        let run = try axon(["train", "--epochs", "1", "--save", "latest.safetensors"])
        XCTAssertEqual(run.exitStatus, 0, run.standardError)
        var after = try snapshot()
        XCTAssertTrue(after["model.safetensors"]?.hasPrefix("file 600 ") ?? false, after["model.safetensors"] ?? "missing")
        XCTAssertNotEqual(after["model.safetensors"], before["model.safetensors"], "the linked file is replaced")
        before["model.safetensors"] = nil
        after["model.safetensors"] = nil
        XCTAssertEqual(after, before, "the link and everything else as they were")
    }

    /// A killed save leaves its temporary file; the next save of the same
    /// file removes it, and nothing that is not one: another file's, a
    /// running process's, other spellings, a folder or a link so named.
    func testTheNextSaveRemovesAKilledSavesTemporaryFileAndNothingElse() throws {
        let dead = Self.deadProcess, alive = String(getpid())
        let stale = ".model.safetensors.\(dead).0badc0de.tmp"
        let others = [".model.safetensors.\(alive).0badc0de.tmp", ".other.safetensors.\(dead).0badc0de.tmp",
                      ".model.safetensors.\(dead).0BADC0DE.tmp", "model.safetensors.\(dead).0badc0de.tmp", "notes.tmp"]
        for name in [stale] + others { try Data("x".utf8).write(to: directory.appendingPathComponent(name)) }
        let folder = ".model.safetensors.\(dead).0000abcd.tmp"
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: directory.appendingPathComponent(folder).appendingPathComponent("inside"))
        try FileManager.default.createSymbolicLink(atPath: path(".model.safetensors.\(dead).0000abce.tmp"), withDestinationPath: "notes.tmp")
        var before = try snapshot()
        let run = try axon(["train", "--epochs", "1", "--save", "model.safetensors"])
        XCTAssertEqual(run.exitStatus, 0, run.standardError)
        var after = try snapshot()
        XCTAssertNil(after[stale], "the dead writer's temporary file is removed")
        XCTAssertNotNil(after.removeValue(forKey: "model.safetensors"))
        before[stale] = nil
        XCTAssertEqual(after, before, "nothing else changed")
    }

    /// SIGTERM or SIGINT in the middle of a save (caught by its temporary
    /// file) ends the process by that signal and leaves no temporary file.
    /// The save is an 18 MB model file, which takes long enough to catch;
    /// a save that ends before the signal lands is tried again.
    func testASaveStoppedBySIGINTOrSIGTERMRemovesItsTemporaryFile() throws {
        let arguments = ["train", "--model", "2-1500-1500-3", "--dtype", "float64", "--epochs", "0",
                         "--save", "big.safetensors", "--threads", "1"]
        for signal in [SIGTERM, SIGINT] {
            var caught = false
            for _ in 0 ..< 6 where !caught {
                let process = try launch(arguments)
                let started = ContinuousClock.now
                while process.isRunning && !caught {
                    if temporaryFiles(of: "big.safetensors").isEmpty {
                        usleep(100)
                    } else {
                        caught = kill(process.processIdentifier, signal) == 0
                    }
                    if Self.seconds(since: started) > Self.timeout { kill(process.processIdentifier, SIGKILL) }
                }
                process.waitUntilExit()
                if caught {
                    XCTAssertEqual(process.terminationReason, .uncaughtSignal, "signal \(signal)")
                    XCTAssertEqual(process.terminationStatus, signal, "ended by signal \(signal)")
                }
                XCTAssertEqual(temporaryFiles(of: "big.safetensors"), [], "signal \(signal): no temporary file left")
                try? FileManager.default.removeItem(at: directory.appendingPathComponent("big.safetensors"))
            }
            print("OutputSafetyTests: signal \(signal) " + (caught ? "caught a save in the act" : "caught no save in the act in 6 tries"))
        }
    }

    // MARK: - Running axon

    struct Run {
        /// The exit status, or nil when a signal ended the process.
        var exitStatus: Int32?
        var standardError: String
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Starts `axon ARGUMENTS` in the test's folder, output discarded.
    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try CheckpointKillTests.axonExecutable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `axon ARGUMENTS` in the test's folder and waits for it.
    func axon(_ arguments: [String]) throws -> Run {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("axon-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil),
              let errorHandle = FileHandle(forWritingAtPath: errors.path) else {
            throw CheckpointKillTests.KillTestError("cannot create \(errors.path)")
        }
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = try CheckpointKillTests.axonExecutable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        try process.run()
        try? errorHandle.close()
        let started = ContinuousClock.now
        while process.isRunning {
            if Self.seconds(since: started) > Self.timeout {
                kill(process.processIdentifier, SIGKILL)
                XCTFail("axon \(arguments.joined(separator: " ")) took more than \(Int(Self.timeout)) s")
            }
            usleep(2000)
        }
        process.waitUntilExit()
        let reading = try FileHandle(forReadingFrom: errors)
        defer { try? reading.close() }
        let text = String(decoding: try reading.readToEnd() ?? Data(), as: UTF8.self)
        return Run(exitStatus: process.terminationReason == .exit ? process.terminationStatus : nil, standardError: text)
    }

    /// `axon ARGUMENTS` exits with status 1 (not a signal) and one line on
    /// standard error, `Error: ` and a message starting with `message`.
    func assertRefused(_ arguments: [String], saying message: String,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try axon(arguments)
        let command = "axon " + arguments.joined(separator: " ")
        XCTAssertEqual(run.exitStatus, 1, "\(command): \(run.standardError)", file: file, line: line)
        let lines = run.standardError.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "\(command): one line on standard error, got \(run.standardError)", file: file, line: line)
        XCTAssertTrue(lines.first?.hasPrefix("Error: " + message) ?? false,
                      "\(command): \(run.standardError) should start with Error: \(message)", file: file, line: line)
    }

    // MARK: - Fixtures

    /// A model file and a training log, in a folder of their own, made once.
    func makeFixtures() throws -> (model: String, log: String) {
        try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
        let model = Self.fixtures.appendingPathComponent("model.safetensors").path
        let log = Self.fixtures.appendingPathComponent("log.jsonl").path
        if !FileManager.default.fileExists(atPath: model) {
            let run = try axon(["train", "--epochs", "1", "--save", model])
            XCTAssertEqual(run.exitStatus, 0, run.standardError)
        }
        if !FileManager.default.fileExists(atPath: log) {
            try #"{"event":"epoch","epoch":1,"loss":0.5}"#.write(toFile: log, atomically: true, encoding: .utf8)
        }
        return (model, log)
    }

    /// Things that are not regular files, for outputs to be aimed at: a
    /// folder with a file in it, a FIFO, a character device (when this user
    /// may make one), links to them and to nothing, a regular file, and a
    /// checkpoint folder where a FIFO takes epoch 2's name. Returns whether
    /// the device was made.
    func makeSpecialEntries() throws -> Bool {
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("results"), withIntermediateDirectories: false)
        try Data("keep me".utf8).write(to: directory.appendingPathComponent("results/kept.txt"))
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        XCTAssertEqual(mkfifo(path("pipe"), 0o644), 0)
        try manager.createSymbolicLink(atPath: path("link-to-results"), withDestinationPath: "results")
        try manager.createSymbolicLink(atPath: path("link-to-pipe"), withDestinationPath: "pipe")
        try manager.createSymbolicLink(atPath: path("dangling"), withDestinationPath: "nowhere")
        try manager.createDirectory(at: directory.appendingPathComponent("checkpoints"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(path("checkpoints/checkpoint-epoch-0002.safetensors"), 0o644), 0)
        // A node of our own with /dev/full's numbers rather than /dev/full
        // itself, so that a broken writer would destroy nothing of the system's.
        #if os(Linux)
        let full = dev_t(1 << 8 | 7)
        #else
        let full = dev_t(1 << 24 | 7)
        #endif
        guard mknod(path("device"), S_IFCHR | 0o666, full) == 0 else { return false }
        try manager.createSymbolicLink(atPath: path("link-to-device"), withDestinationPath: "device")
        return true
    }

    /// Every entry under the test's folder, by relative path: its type,
    /// permissions and inode, and a file's size and hash or a link's target.
    /// A file replaced by an identical one still differs (a new inode).
    func snapshot() throws -> [String: String] {
        var entries: [String: String] = [:]
        func visit(_ relative: String) throws {
            let full = relative.isEmpty ? directory.path : path(relative)
            for name in try FileManager.default.contentsOfDirectory(atPath: full) {
                let entry = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(path(entry), &status) == 0 else { continue }
                let permissions = String(status.st_mode & 0o7777, radix: 8), inode = "inode \(status.st_ino)"
                switch status.st_mode & S_IFMT {
                case S_IFREG:
                    let data = try Data(contentsOf: URL(fileURLWithPath: path(entry)))
                    entries[entry] = "file \(permissions) \(inode) \(data.count) bytes, hash \(Self.hash(data))"
                case S_IFDIR:
                    entries[entry] = "directory \(permissions) \(inode)"
                    try visit(entry)
                case S_IFLNK:
                    entries[entry] = "link to \(try FileManager.default.destinationOfSymbolicLink(atPath: path(entry)))"
                default:
                    entries[entry] = "special \(String(status.st_mode, radix: 8)) \(inode) device \(status.st_rdev)"
                }
            }
        }
        try visit("")
        return entries
    }

    /// The names of temporary files of writes of `name` in the test's folder.
    func temporaryFiles(of name: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(".\(name).") && $0.hasSuffix(".tmp") }
    }

    /// FNV-1a, 64 bits: enough to tell contents apart in a test.
    static func hash(_ data: Data) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
