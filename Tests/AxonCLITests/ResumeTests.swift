import Foundation
import XCTest
@testable import AxonCLI
import Axon

/// `axon train --checkpoint-dir` and `--resume`: a run stopped and resumed
/// ends exactly where the uninterrupted run ends.
final class ResumeTests: CLITestCase {
    /// The history a checkpoint records, without timings.
    func history(_ checkpoint: String) throws -> History {
        let file = try SafeTensors.read(from: URL(fileURLWithPath: checkpoint))
        struct State: Decodable { let history: History }
        return try JSONDecoder().decode(State.self, from: Data(try XCTUnwrap(file.metadata["trainer"]).utf8)).history.withoutTimings
    }

    func assertSameWeights(_ first: String, _ second: String, dtype: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let a = try SafeTensors.read(from: URL(fileURLWithPath: first))
        let b = try SafeTensors.read(from: URL(fileURLWithPath: second))
        XCTAssertEqual(a.names, b.names, file: file, line: line)
        for (x, y) in zip(a.tensors, b.tensors) {
            XCTAssertEqual(x.tensor.dtype.rawValue, dtype, file: file, line: line)
            XCTAssertEqual(x.tensor.doubles.map(\.bitPattern), y.tensor.doubles.map(\.bitPattern), "\(dtype) \(x.name)",
                           file: file, line: line)
        }
    }

    func testStoppedAndResumedEqualsStraightBitForBit() throws {
        for dtype in ["float32", "float64"] {
            // A run planned for 6 epochs (its cosine schedule too), stopped after 3.
            let common = ["train", "--data", "moons", "--model", "2-24-24-2", "--optimizer", "sgd", "--lr", "0.05",
                          "--momentum", "0.9", "--schedule", "cosine", "--batch-size", "16", "--dtype", dtype, "--epochs", "6"]
            try run(common + ["--checkpoint-dir", path("straight-\(dtype)"), "--keep", "6", "--save", path("straight-\(dtype).safetensors")])
            let stopped = path("straight-\(dtype)/\(Checkpoint.fileName(epoch: 3))")
            // Only the output and checkpointing flags are given again: the rest comes from the checkpoint.
            try run(["train", "--resume", stopped, "--checkpoint-dir", path("resumed-\(dtype)"),
                     "--save", path("resumed-\(dtype).safetensors")])
            try assertSameWeights(path("straight-\(dtype).safetensors"), path("resumed-\(dtype).safetensors"), dtype: dtype)
            let last = Checkpoint.fileName(epoch: 6)
            XCTAssertEqual(try history("\(path("resumed-\(dtype)"))/\(last)"), try history("\(path("straight-\(dtype)"))/\(last)"))
            XCTAssertEqual(Checkpoint.list(in: directory.appendingPathComponent("resumed-\(dtype)")).map(\.epoch), [5, 6])
        }
    }

    func testARunResumedWithMoreEpochsEqualsOnePlannedThatLong() throws {
        let common = ["train", "--data", "xor", "--optimizer", "adam", "--batch-size", "8"]
        try run(common + ["--epochs", "5", "--save", path("five.safetensors")])
        try run(common + ["--epochs", "2", "--checkpoint-dir", path("two")])
        try run(["train", "--resume", path("two"), "--epochs", "5", "--save", path("extended.safetensors")])
        try assertSameWeights(path("five.safetensors"), path("extended.safetensors"), dtype: "float32")
    }

    func testFlagsThatWouldChangeTheRunAreRefused() throws {
        try run(["train", "--data", "xor", "--epochs", "2", "--optimizer", "adam", "--lr", "0.01",
                 "--checkpoint-dir", path("run")])
        let checkpoint = path("run/\(Checkpoint.fileName(epoch: 2))")
        for (arguments, fragment) in [
            (["--lr", "0.1"], "--lr 0.1 cannot change on --resume: the checkpoint's run has lr 0.01"),
            (["--optimizer", "sgd"], "--optimizer SGD cannot change"),
            (["--model", "2-8-2"], "--model 2-8-2 cannot change on --resume: the checkpoint's run has 2-16-16-2"),
            (["--seed", "4"], "--seed 4 cannot change"),
            (["--batch-size", "full"], "--batch-size full cannot change"),
            (["--init-weights", checkpoint], "--init-weights starts a new run"),
        ] {
            let message = failure(["train", "--resume", checkpoint] + arguments)
            XCTAssertEqual(message?.contains(fragment), true, "\(arguments): \(message ?? "no error")")
        }
        // Values equal to the recorded ones, given explicitly, change nothing.
        XCTAssertNil(failure(["train", "--resume", checkpoint, "--lr", "0.01", "--optimizer", "adam", "--model", "2-16-16-2",
                              "--data", "xor", "--epochs", "3"]))
    }

    func testResumeNamesWhatIsWrongWithTheFile() throws {
        try run(["train", "--data", "xor", "--epochs", "1", "--save", path("model.safetensors")])
        let notCheckpoint = failure(["train", "--resume", path("model.safetensors")])
        XCTAssertEqual(notCheckpoint?.contains("not a checkpoint"), true, notCheckpoint ?? "")
        let missing = failure(["train", "--resume", path("nowhere")])
        XCTAssertEqual(missing?.contains("no such file or directory"), true, missing ?? "")
        try FileManager.default.createDirectory(atPath: path("empty"), withIntermediateDirectories: true)
        let empty = failure(["train", "--resume", path("empty")])
        XCTAssertEqual(empty?.contains("holds no checkpoint"), true, empty ?? "")
        try Data("not safetensors".utf8).write(to: URL(fileURLWithPath: path("junk.safetensors")))
        let junk = failure(["train", "--resume", path("junk.safetensors")])
        XCTAssertEqual(junk?.contains("junk.safetensors"), true, junk ?? "")
    }

    func testResumeFindsRelativelyNamedDataFromAnotherDirectoryAndMovedData() throws {
        let rows = (0..<40).map { i in "\(Double(i % 7) / 7),\(Double(i % 5) / 5),\(i % 2)" }
        try ("a,b,label\n" + rows.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("points.csv"), atomically: true, encoding: .utf8)
        let original = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(original) }
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(directory.path))
        try run(["train", "--data", "csv:points.csv,label=label", "--epochs", "4", "--checkpoint-dir", "run", "--keep", "4",
                 "--save", "straight.safetensors"])
        // From elsewhere: the checkpoint recorded the data's absolute path.
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(original))
        try run(["train", "--resume", path("run/\(Checkpoint.fileName(epoch: 2))"), "--checkpoint-dir", path("elsewhere"),
                 "--save", path("resumed.safetensors")])
        try assertSameWeights(path("straight.safetensors"), path("resumed.safetensors"), dtype: "float32")
        // Data that have moved are named again on resume.
        try FileManager.default.moveItem(atPath: path("points.csv"), toPath: path("moved.csv"))
        let lost = failure(["train", "--resume", path("run/\(Checkpoint.fileName(epoch: 2))"), "--checkpoint-dir", path("third")])
        XCTAssertEqual(lost?.contains("points.csv"), true, lost ?? "")
        try run(["train", "--resume", path("run/\(Checkpoint.fileName(epoch: 2))"), "--data", "csv:\(path("moved.csv")),label=label",
                 "--checkpoint-dir", path("third"), "--save", path("moved.safetensors")])
        try assertSameWeights(path("straight.safetensors"), path("moved.safetensors"), dtype: "float32")
    }

    func testZeroEpochsWithInitialWeightsConvertsAPlainStateDict() throws {
        var generator = RandomGenerator(seed: 3)
        let model = Sequential.multilayerPerceptron(sizes: [2, 16, 16, 2], activation: .relu, generator: &generator)
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, to: URL(fileURLWithPath: path("torch.safetensors")))
        try run(["train", "--data", "xor", "--epochs", "0", "--init-weights", path("torch.safetensors"),
                 "--save", path("axon.safetensors")])
        let (converted, info) = try ModelFile.load(from: URL(fileURLWithPath: path("axon.safetensors")))
        XCTAssertEqual(info.inputShape, [2])
        XCTAssertEqual(converted.parameters.map(\.value.floats), model.parameters.map(\.value.floats))
    }
}
