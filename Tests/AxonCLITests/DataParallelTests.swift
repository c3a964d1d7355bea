import Axon
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mpirun -np N axon train …` against one process: the real `axon`
/// executable under Open MPI's launcher, several ranks on this machine
/// (`--oversubscribe`). Skipped, with the reason, where `mpirun` is not
/// installed, unless `AXON_TEST_MPI=1` (as CI sets after installing Open MPI)
/// makes that a failure.
final class DataParallelTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-mpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Spiral (900 samples) in global batches of 64, 2 epochs, shuffled; the
    /// last batch (4 samples) is smaller than 4 ranks' shards would be evenly.
    static func trainArguments(optimizer: [String], dtype: String, save: URL) -> [String] {
        ["train", "--data", "spiral", "--model", "2-32-32-3", "--dtype", dtype, "--epochs", "2", "--batch-size", "64",
         "--seed", "7", "--threads", "1", "--save", save.path] + optimizer
    }

    static let optimizers: [(name: String, flags: [String])] = [
        ("SGD with momentum", ["--optimizer", "sgd", "--lr", "0.1", "--momentum", "0.9"]),
        ("Adam", ["--optimizer", "adam", "--lr", "0.01"]),
    ]

    func testRanksTrainToTheWeightsOfOneProcess() throws {
        let mpirun = try Self.mpirun()
        let axon = try CheckpointKillTests.axonExecutable()
        for (name, flags) in Self.optimizers {
            let one = directory.appendingPathComponent("\(name)-1.safetensors")
            try Self.run(axon, Self.trainArguments(optimizer: flags, dtype: "float64", save: one))
            for ranks in [2, 4] {
                let many = directory.appendingPathComponent("\(name)-\(ranks).safetensors")
                try Self.run(axon, Self.trainArguments(optimizer: flags, dtype: "float64", save: many), ranks: ranks, mpirun: mpirun)
                let difference = try Self.largestRelativeDifference(one, many)
                XCTAssertLessThanOrEqual(difference, 1e-12, "\(name), float64, \(ranks) ranks against one process")
                XCTAssertGreaterThan(difference, 0, "\(name), \(ranks) ranks: the sums of shards round differently from one process's sum, so bit-equal weights mean the ranks did not split the batch")
            }
        }
        let one = directory.appendingPathComponent("float32-1.safetensors")
        let two = directory.appendingPathComponent("float32-2.safetensors")
        try Self.run(axon, Self.trainArguments(optimizer: Self.optimizers[1].flags, dtype: "float32", save: one))
        try Self.run(axon, Self.trainArguments(optimizer: Self.optimizers[1].flags, dtype: "float32", save: two), ranks: 2, mpirun: mpirun)
        XCTAssertLessThanOrEqual(try Self.largestRelativeDifference(one, two), 1e-5, "Adam, float32, 2 ranks")
    }

    /// Kills rank 1 with SIGKILL while the job trains (after its first
    /// checkpoint): the job ends non-zero within 60 s, naming rank 1, and
    /// resuming from the newest checkpoint with 2 ranks ends with the
    /// uninterrupted run's weights, bit for bit; resuming with 1 process ends
    /// within 1e-12 of them.
    func testAKilledRankStopsTheJobAndItsCheckpointResumes() throws {
        let mpirun = try Self.mpirun()
        let axon = try CheckpointKillTests.axonExecutable()
        let arguments = ["train", "--data", "spiral", "--model", "2-64-64-3", "--dtype", "float64", "--epochs", "40",
                         "--batch-size", "16", "--seed", "3", "--threads", "1", "--optimizer", "adam"]
        let whole = directory.appendingPathComponent("whole.safetensors")
        try Self.run(axon, arguments + ["--save", whole.path], ranks: 2, mpirun: mpirun)

        let checkpoints = directory.appendingPathComponent("checkpoints")
        let job = UUID().uuidString
        let killed = try Self.launch(axon, arguments + ["--checkpoint-dir", checkpoints.path, "--keep", "40"], ranks: 2,
                                     mpirun: mpirun, job: job)
        let started = ContinuousClock.now
        while Checkpoint.list(in: checkpoints).isEmpty {
            guard killed.process.isRunning else { return XCTFail("the job ended before its first checkpoint:\n\(killed.output())") }
            guard ContinuousClock.now - started < .seconds(120) else {
                killed.process.terminate()
                return XCTFail("no checkpoint within 120 s")
            }
            usleep(2_000)
        }
        guard let victim = Self.process(ofRank: 1, job: job) else {
            killed.process.terminate()
            return XCTFail("rank 1 of the job is not among this machine's processes")
        }
        let killedAt = ContinuousClock.now
        XCTAssertEqual(kill(victim, SIGKILL), 0)
        while killed.process.isRunning && ContinuousClock.now - killedAt < .seconds(60) { usleep(10_000) }
        guard !killed.process.isRunning else {
            killed.process.terminate()
            return XCTFail("the job still ran 60 s after rank 1 was killed")
        }
        XCTAssertNotEqual(killed.process.terminationStatus, 0, "a job that lost a rank must not succeed")
        XCTAssertTrue(killed.output().contains("rank 1"), "the job's message names the lost rank:\n\(killed.output())")
        let left = Checkpoint.list(in: checkpoints)
        XCTAssertLessThan(left.last?.epoch ?? 40, 40, "rank 1 was killed after the run had finished")

        for ranks in [2, 1] {
            let resumed = directory.appendingPathComponent("resumed-\(ranks).safetensors")
            try Self.run(axon, ["train", "--resume", checkpoints.path, "--epochs", "40", "--threads", "1",
                                "--checkpoint-dir", directory.appendingPathComponent("after-\(ranks)").path,
                                "--save", resumed.path], ranks: ranks, mpirun: mpirun)
            let difference = try Self.largestRelativeDifference(whole, resumed)
            if ranks == 2 {
                XCTAssertEqual(difference, 0, "resumed on 2 ranks from epoch \(left.last?.epoch ?? 0)")
            } else {
                XCTAssertLessThanOrEqual(difference, 1e-12, "resumed on 1 process from epoch \(left.last?.epoch ?? 0)")
            }
        }
    }

    // MARK: - Helpers

    /// `mpirun`, or a skip (a failure with AXON_TEST_MPI=1) where it is missing.
    static func mpirun() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("mpirun")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let reason = "mpirun is not installed (Debian: apt-get install openmpi-bin); the data-parallel tests need Open MPI"
        if ProcessInfo.processInfo.environment["AXON_TEST_MPI"] == "1" {
            throw CheckpointKillTests.KillTestError(reason + ", and AXON_TEST_MPI=1 asks for them")
        }
        throw XCTSkip(reason)
    }

    final class Launch {
        let process: Process
        let log: URL
        init(process: Process, log: URL) {
            self.process = process
            self.log = log
        }
        func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
    }

    /// Starts `axon arguments` alone, or on `ranks` ranks under mpirun.
    static func launch(_ axon: URL, _ arguments: [String], ranks: Int = 1, mpirun: URL? = nil, job: String = "") throws -> Launch {
        let process = Process()
        if ranks > 1, let mpirun {
            process.executableURL = mpirun
            process.arguments = ["--oversubscribe", "-np", "\(ranks)", "-x", "AXON_TEST_JOB=\(job)", axon.path] + arguments
        } else {
            process.executableURL = axon
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        // Open MPI refuses to run as root without these (CI's containers are root).
        environment["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
        environment["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
        environment["AXON_TEST_JOB"] = job
        process.environment = environment
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("axon-mpi-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return Launch(process: process, log: log)
    }

    /// Runs to the end; a non-zero status or more than 300 s is an error.
    static func run(_ axon: URL, _ arguments: [String], ranks: Int = 1, mpirun: URL? = nil) throws {
        let launch = try launch(axon, arguments, ranks: ranks, mpirun: mpirun)
        defer { try? FileManager.default.removeItem(at: launch.log) }
        let started = ContinuousClock.now
        while launch.process.isRunning {
            if ContinuousClock.now - started > .seconds(300) {
                launch.process.terminate()
                throw CheckpointKillTests.KillTestError("\(ranks) rank(s) of axon \(arguments) ran past 300 s")
            }
            usleep(5_000)
        }
        guard launch.process.terminationStatus == 0 else {
            throw CheckpointKillTests.KillTestError("\(ranks) rank(s) of axon \(arguments.joined(separator: " ")) exited with \(launch.process.terminationStatus):\n\(launch.output())")
        }
    }

    /// The process ID of rank `rank` of the job marked `job` (Linux: from /proc).
    static func process(ofRank rank: Int, job: String) -> pid_t? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for name in names {
            guard let pid = pid_t(name),
                  let environment = FileManager.default.contents(atPath: "/proc/\(name)/environ") else { continue }
            let entries = Set(environment.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
            if entries.contains("AXON_TEST_JOB=\(job)") && entries.contains("OMPI_COMM_WORLD_RANK=\(rank)") { return pid }
        }
        return nil
    }

    /// The largest, over the two files' tensors, of max |a - b| / max |a|.
    static func largestRelativeDifference(_ a: URL, _ b: URL) throws -> Double {
        let first = try SafeTensors.read(from: a), second = try SafeTensors.read(from: b)
        let others = Dictionary(second.tensors.map { ($0.name, $0.tensor) }, uniquingKeysWith: { first, _ in first })
        var largest = 0.0
        for (name, tensor) in first.tensors {
            guard let other = others[name] else {
                throw CheckpointKillTests.KillTestError("\(b.lastPathComponent) has no tensor \(name)")
            }
            let x = tensor.doubles, y = other.doubles
            let scale = x.map(abs).max() ?? 0
            let difference = zip(x, y).map { abs($0 - $1) }.max() ?? 0
            largest = max(largest, scale > 0 ? difference / scale : difference)
        }
        return largest
    }
}
