import Axon
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "Killed, not lost": `axon train` killed with SIGKILL at any moment leaves
/// the previous checkpoint or the new one whole, never a truncated file, and
/// resuming from what is left ends with the uninterrupted run's weights, bit
/// for bit.
///
/// The test runs the real `axon` executable, built beside the test bundle,
/// so that the kill is a real process death: no `defer`, no `catch`, no
/// flush. It kills runs at fixed delays, right after a checkpoint appears and
/// while a checkpoint is being written (caught by its temporary file), then
/// resumes from the newest checkpoint left, sometimes killing the resumed
/// run again, and compares every checkpoint left and the final weights with
/// those of an uninterrupted run.
final class CheckpointKillTests: XCTestCase {
    /// Epochs of every run: enough for `--keep 2` to prune (from epoch 3 on).
    static let epochs = 5

    /// The run. A 16-row table in batches of 8 makes an epoch two small
    /// steps, so a run takes seconds, while the wide float64 network with
    /// Adam's two slots per weight makes each checkpoint about 10 MB, whose
    /// write (and fsync) lasts long enough to be caught in the act. Shuffling
    /// stays on: two batches per epoch, so a resume that draws the wrong
    /// order ends elsewhere. One thread leaves the other core of a small
    /// machine to the poller that watches for the moment to kill.
    static func trainArguments(data: String) -> [String] {
        ["train", "--data", "csv:\(data)", "--model", "2-640-640-3", "--dtype", "float64", "--optimizer", "adam",
         "--epochs", "\(epochs)", "--batch-size", "8", "--threads", "1"]
    }

    /// How often the poller looks at the checkpoint directory.
    static let pollMicroseconds: useconds_t = 200
    /// No launch may take longer than this, however loaded the machine.
    static let launchTimeout: Double = 300
    /// Mid-write kills wanted; more tries are made until this many hit.
    static let wantedWriteHits = 2
    /// The most extra tries for a mid-write kill.
    static let extraWriteTries = 4

    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - The test

    func testKilledRunsResumeToTheUninterruptedRunsWeights() throws {
        let started = ContinuousClock.now
        let axon = try Self.axonExecutable()
        let data = directory.appendingPathComponent("table.csv")
        try Self.table.write(to: data, atomically: true, encoding: .utf8)
        let arguments = Self.trainArguments(data: data.path)

        // The uninterrupted run keeps every checkpoint, so that each one a
        // killed run leaves can be compared with the one of the same epoch.
        let reference = directory.appendingPathComponent("reference")
        let referenceCheckpoints = reference.appendingPathComponent("checkpoints")
        let referenceWeights = reference.appendingPathComponent("ref.safetensors")
        try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
        let timeline = try launchReference(axon, arguments + ["--checkpoint-dir", referenceCheckpoints.path,
                                                               "--keep", "\(Self.epochs)", "--save", referenceWeights.path],
                                           in: reference, checkpoints: referenceCheckpoints)
        let referenceByEpoch = Dictionary(uniqueKeysWithValues: Checkpoint.list(in: referenceCheckpoints).map { ($0.epoch, $0.url) })
        XCTAssertEqual(referenceByEpoch.keys.sorted(), Array(1 ... Self.epochs), "the reference run keeps every checkpoint")
        let expected = Reference(weights: try TensorBytes(referenceWeights),
                                 checkpoints: try referenceByEpoch.mapValues { try TensorBytes($0) },
                                 sizes: referenceByEpoch.mapValues { Self.size(of: $0) })

        var tally = Tally()
        let last = Self.epochs
        let scenarios: [(name: String, moments: [Moment])] = [
            // Before any checkpoint exists (half the time the first one took):
            // nothing to resume, and the directory may not exist yet; the run starts over.
            ("before-first", [.delay(seconds: 0.5 * timeline.firstCheckpoint)]),
            // Not synchronized with the writer at all: wherever half the run's
            // time falls (mid-epoch, encoding a checkpoint, or writing one).
            ("half-time", [.delay(seconds: 0.5 * timeline.total)]),
            // Just after the first rename, before anything is pruned.
            ("after-1", [.checkpointAppeared(epoch: 1)]),
            // Just after the first checkpoint that prunes (keep 2): the kill
            // lands around the removal of epoch 1's file.
            ("after-3", [.checkpointAppeared(epoch: 3)]),
            // Mid-write, then the resumed run killed mid-write too: the stale
            // temporaries of two dead writers must not confuse the last resume.
            ("writing-2-then-4", [.writing(epoch: 2), .writing(epoch: 4)]),
            // Mid-write of the last checkpoint, the one just before --save:
            // the resume redoes the last epoch.
            ("writing-last", [.writing(epoch: last)]),
            // After the last checkpoint, before or during --save: the resumed
            // run has no epoch left to train and only saves.
            ("after-last", [.checkpointAppeared(epoch: last)]),
        ]
        for (name, moments) in scenarios {
            try runScenario(name, moments: moments, axon: axon, arguments: arguments, expected: expected, tally: &tally)
        }
        // A write may end before the kill lands; try again, a bounded number
        // of times, until enough kills have landed inside one.
        var extra = 0
        while tally.writeHits < Self.wantedWriteHits && extra < Self.extraWriteTries {
            extra += 1
            try runScenario("writing-3-try-\(extra)", moments: [.writing(epoch: 3)], axon: axon, arguments: arguments,
                            expected: expected, tally: &tally)
        }

        let seconds = Self.seconds(ContinuousClock.now - started)
        print("killed, not lost: \(tally.tried) kill moments tried in \(tally.scenarios) scenarios; "
            + "\(tally.landed) killed a running process, \(tally.writeHits) during a checkpoint write "
            + "(temporary file left: \(tally.writeHitDetails.joined(separator: ", "))); "
            + "\(tally.missedWrites) write(s) ended before the kill, \(tally.finishedFirst) run(s) finished first; "
            + "final weights identical to the uninterrupted run: \(tally.identical)/\(tally.scenarios); "
            + String(format: "%.1f s", seconds))
        print("killed, not lost: checkpoints left by each kill: \(tally.states.joined(separator: "; "))")
        XCTAssertGreaterThanOrEqual(tally.writeHits, 1, "no kill landed while a checkpoint was being written; make the checkpoint bigger")
        XCTAssertEqual(tally.identical, tally.scenarios, "some resumed runs ended with other weights")
    }

    // MARK: - Scenarios

    /// A moment to send SIGKILL at.
    enum Moment: CustomStringConvertible {
        /// A fixed time after the process starts.
        case delay(seconds: Double)
        /// As soon as the checkpoint of `epoch` is in place.
        case checkpointAppeared(epoch: Int)
        /// As soon as the temporary file of `epoch`'s checkpoint is seen: the
        /// write is in progress. If the checkpoint is in place before its
        /// temporary file is seen, the kill is sent then anyway.
        case writing(epoch: Int)

        var description: String {
            switch self {
            case let .delay(seconds): return String(format: "%.2f s after start", seconds)
            case let .checkpointAppeared(epoch): return "after checkpoint \(epoch) appears"
            case let .writing(epoch): return "while checkpoint \(epoch) is written"
            }
        }
    }

    /// What the runs counted.
    struct Tally {
        var scenarios = 0
        var tried = 0
        var landed = 0
        var writeHits = 0
        var writeHitDetails: [String] = []
        var missedWrites = 0
        var finishedFirst = 0
        var identical = 0
        /// What each kill left: the checkpoints' epochs, and whether a temporary file.
        var states: [String] = []
    }

    /// The uninterrupted run's final weights and checkpoints.
    struct Reference {
        var weights: TensorBytes
        var checkpoints: [Int: TensorBytes]
        /// The checkpoints' sizes in bytes, by epoch.
        var sizes: [Int: Int]
    }

    /// Starts a run in a fresh directory and kills it at each moment in turn,
    /// each time checking every checkpoint left and resuming from the newest
    /// (or starting again if there is none); the last run goes to the end and
    /// must save the reference's weights.
    func runScenario(_ name: String, moments: [Moment], axon: URL, arguments: [String], expected: Reference,
                     tally: inout Tally) throws {
        let run = directory.appendingPathComponent(name)
        let checkpoints = run.appendingPathComponent("checkpoints")
        let final = run.appendingPathComponent("final.safetensors")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        tally.scenarios += 1
        // A fresh run, or the newest checkpoint's continuation with the same output flags.
        func nextArguments() -> [String] {
            let output = ["--checkpoint-dir", checkpoints.path, "--keep", "2", "--threads", "1", "--save", final.path]
            guard Checkpoint.latest(in: checkpoints) != nil else { return arguments + output }
            return ["train", "--resume", checkpoints.path] + output
        }

        var finished = false
        for (index, moment) in moments.enumerated() {
            tally.tried += 1
            let before = Set(Self.temporaryFiles(in: checkpoints))
            let process = try launch(axon, nextArguments(), in: run, log: "launch-\(index).log")
            let killed = try stop(process, at: moment, checkpoints: checkpoints, ignoring: before)
            let context = "\(name), kill \(index + 1) (\(moment))"
            if !killed {
                XCTAssertEqual(process.terminationStatus, 0, "\(context): the run failed: \(Self.tail(of: run, log: "launch-\(index).log"))")
                tally.finishedFirst += 1
                finished = true
                break
            }
            tally.landed += 1
            let left = Self.temporaryFiles(in: checkpoints).filter { !before.contains($0) }
            if left.isEmpty {
                if case .writing = moment { tally.missedWrites += 1 }
            } else {
                tally.writeHits += 1
                for temporary in left {
                    let size = Self.size(of: checkpoints.appendingPathComponent(temporary))
                    let epoch = Int(temporary.dropFirst(".checkpoint-epoch-".count).prefix(4)) ?? 0
                    tally.writeHitDetails.append("\(name): epoch \(epoch), \(size) of \(expected.sizes[epoch] ?? 0) B")
                }
            }
            try checkCheckpoints(in: checkpoints, expected: expected, context: context)
            let epochs = Checkpoint.list(in: checkpoints).map { String($0.epoch) }
            tally.states.append("\(name) #\(index + 1): " + (epochs.isEmpty ? "none" : epochs.joined(separator: ","))
                + (left.isEmpty ? "" : " +tmp"))
        }
        if !finished {
            let process = try launch(axon, nextArguments(), in: run, log: "launch-final.log")
            try wait(for: process)
            XCTAssertEqual(process.terminationStatus, 0, "\(name): the last resume failed: \(Self.tail(of: run, log: "launch-final.log"))")
        }
        try checkCheckpoints(in: checkpoints, expected: expected, context: "\(name), finished")
        // A dead writer's temporary file is removed when the resumed run
        // writes the same checkpoint again; nothing else may be left over.
        let litter = ((try? FileManager.default.contentsOfDirectory(atPath: checkpoints.path)) ?? [])
            .filter { !$0.hasPrefix("checkpoint-epoch-") }
        XCTAssertEqual(litter, [], "\(name): files left in the checkpoint directory after the run finished")
        let weights = try TensorBytes(final)
        if weights == expected.weights {
            tally.identical += 1
        } else {
            XCTFail("\(name): the final weights differ from the uninterrupted run's (\(weights.difference(from: expected.weights)))")
        }
    }

    /// Every checkpoint in `checkpoints` parses whole and holds exactly the
    /// tensors of the uninterrupted run's checkpoint of the same epoch.
    func checkCheckpoints(in checkpoints: URL, expected: Reference, context: String) throws {
        for (epoch, url) in Checkpoint.list(in: checkpoints) {
            let found: TensorBytes
            do {
                found = try TensorBytes(url)
            } catch {
                XCTFail("\(context): \(url.lastPathComponent) does not read: \(error)")
                continue
            }
            guard let reference = expected.checkpoints[epoch] else {
                XCTFail("\(context): \(url.lastPathComponent) has no counterpart in the uninterrupted run")
                continue
            }
            XCTAssertTrue(found == reference, "\(context): \(url.lastPathComponent) differs from the uninterrupted run's "
                + "(\(found.difference(from: reference)))")
        }
    }

    // MARK: - Processes

    /// The reference run, to its end, watched to learn when its first
    /// checkpoint appeared and how long it took, in seconds.
    func launchReference(_ axon: URL, _ arguments: [String], in run: URL,
                         checkpoints: URL) throws -> (firstCheckpoint: Double, total: Double) {
        let first = checkpoints.appendingPathComponent(Checkpoint.fileName(epoch: 1)).path
        let started = ContinuousClock.now
        let process = try launch(axon, arguments, in: run, log: "reference.log")
        var firstCheckpoint: Double?
        while process.isRunning {
            if firstCheckpoint == nil && FileManager.default.fileExists(atPath: first) {
                firstCheckpoint = Self.seconds(ContinuousClock.now - started)
            }
            try checkTimeout(process, started: started)
            usleep(Self.pollMicroseconds)
        }
        process.waitUntilExit()
        let total = Self.seconds(ContinuousClock.now - started)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw KillTestError("the reference run failed: \(Self.tail(of: run, log: "reference.log"))")
        }
        return (firstCheckpoint ?? total, total)
    }

    /// Starts `axon` with `arguments`, standard output and error going to
    /// `log` in `run`.
    func launch(_ axon: URL, _ arguments: [String], in run: URL, log: String) throws -> Process {
        let logURL = run.appendingPathComponent(log)
        guard FileManager.default.createFile(atPath: logURL.path, contents: nil),
              let output = FileHandle(forWritingAtPath: logURL.path) else {
            throw KillTestError("cannot create \(logURL.path)")
        }
        let process = Process()
        process.executableURL = axon
        process.arguments = arguments
        process.currentDirectoryURL = run
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try? output.close()
        return process
    }

    /// Sends SIGKILL to `process` at `moment`; false if it exited on its own
    /// first. The temporary files in `ignoring` are older writers' leftovers.
    func stop(_ process: Process, at moment: Moment, checkpoints: URL, ignoring: Set<String>) throws -> Bool {
        let started = ContinuousClock.now
        let condition: () -> Bool
        switch moment {
        case let .delay(seconds):
            condition = { Self.seconds(ContinuousClock.now - started) >= seconds }
        case let .checkpointAppeared(epoch):
            let path = checkpoints.appendingPathComponent(Checkpoint.fileName(epoch: epoch)).path
            condition = { FileManager.default.fileExists(atPath: path) }
        case let .writing(epoch):
            let name = Checkpoint.fileName(epoch: epoch)
            let path = checkpoints.appendingPathComponent(name).path
            condition = {
                Self.temporaryFiles(in: checkpoints).contains { $0.hasPrefix(".\(name).") && !ignoring.contains($0) }
                    || FileManager.default.fileExists(atPath: path)
            }
        }
        while process.isRunning {
            if condition() {
                _ = kill(process.processIdentifier, SIGKILL)
                break
            }
            try checkTimeout(process, started: started)
            usleep(Self.pollMicroseconds)
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// Waits for `process` to exit on its own.
    func wait(for process: Process) throws {
        let started = ContinuousClock.now
        while process.isRunning {
            try checkTimeout(process, started: started)
            usleep(10_000)
        }
        process.waitUntilExit()
    }

    /// Kills a run that takes far longer than any should, and fails.
    func checkTimeout(_ process: Process, started: ContinuousClock.Instant) throws {
        guard Self.seconds(ContinuousClock.now - started) > Self.launchTimeout else { return }
        _ = kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        throw KillTestError("a run took more than \(Int(Self.launchTimeout)) s: \(process.arguments ?? [])")
    }

    // MARK: - Helpers

    /// The `axon` executable that `swift build --build-tests` and `swift test`
    /// put in the products directory, beside the test bundle.
    static func axonExecutable() throws -> URL {
        // On macOS the bundle is the `.xctest` directory inside the products
        // directory; on Linux the test runner is an executable there, and its
        // bundle is the products directory itself.
        let bundle = Bundle(for: CheckpointKillTests.self).bundleURL
        var candidates = [bundle.deletingLastPathComponent(), bundle]
        if let runner = Bundle.main.executableURL?.deletingLastPathComponent() { candidates.append(runner) }
        for folder in candidates {
            let executable = folder.appendingPathComponent("axon")
            if FileManager.default.isExecutableFile(atPath: executable.path) { return executable }
        }
        throw KillTestError("the axon executable is not built beside the test bundle (looked in "
            + candidates.map(\.path).joined(separator: ", ") + "); build it with `swift build --build-tests`")
    }

    /// The temporary files of checkpoint writes in `checkpoints`: those
    /// `SafeTensors.write` creates, `.checkpoint-epoch-NNNN.safetensors.<pid>.<random>.tmp`.
    static func temporaryFiles(in checkpoints: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: checkpoints.path)) ?? []
        return names.filter { $0.hasPrefix(".checkpoint-epoch-") && $0.hasSuffix(".tmp") }
    }

    /// Sixteen rows of two features and three classes, in no order.
    static let table: String = {
        var lines = ["x,y,label"]
        for i in 0 ..< 16 {
            let x = Double((i * 7) % 16) / 8 - 1
            let y = Double((i * 5) % 13) / 6.5 - 1
            lines.append("\(x),\(y),\(i % 3)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// The end of a launch's log, for failure messages.
    static func tail(of run: URL, log: String) -> String {
        let text = (try? String(contentsOf: run.appendingPathComponent(log), encoding: .utf8)) ?? "(no log)"
        return String(text.suffix(600))
    }

    // MARK: - Types

    /// A safetensors file's tensors as raw bytes: each tensor's name, dtype and
    /// shape in file order, and the data section, byte for byte.
    struct TensorBytes: Equatable {
        var layout: [String]
        var data: Data

        /// Reads and parses the file whole (`SafeTensors.read` checks that
        /// every tensor's bytes are there), then keeps its data section.
        init(_ url: URL) throws {
            let file = try SafeTensors.read(from: url)
            let bytes = try Data(contentsOf: url)
            layout = file.tensors.map { "\($0.name) \($0.tensor.dtype.rawValue) \($0.tensor.shape)" }
            var length: UInt64 = 0
            for i in 0 ..< 8 { length |= UInt64(bytes[bytes.startIndex + i]) << (8 * UInt64(i)) }
            data = bytes.subdata(in: (bytes.startIndex + 8 + Int(length)) ..< bytes.endIndex)
        }

        /// Where `self` first differs from `other`, in words.
        func difference(from other: TensorBytes) -> String {
            if layout != other.layout {
                return "tensors \(layout.count) vs \(other.layout.count); first different: "
                    + (zip(layout, other.layout).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "one list is longer")
            }
            if data.count != other.data.count { return "data \(data.count) vs \(other.data.count) bytes" }
            let offset = zip(data, other.data).enumerated().first { $1.0 != $1.1 }?.offset ?? -1
            return "first different data byte at \(offset) of \(data.count)"
        }
    }

    /// Why the test could not go on.
    struct KillTestError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
