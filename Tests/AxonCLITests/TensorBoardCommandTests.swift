import Foundation
import XCTest
@testable import AxonCLI
import Axon

/// `axon train --logdir`: event files that TensorBoard's own reader
/// (`EventAccumulator`, Python) reads back as the run's numbers.
///
/// The reader needs the `tensorboard` Python package: the test runs
/// `$AXON_TEST_PYTHON`, else `python3`, and is skipped when `python3` cannot
/// import it (`python3 -m venv venv && venv/bin/pip install tensorboard`,
/// then `AXON_TEST_PYTHON=venv/bin/python swift test`). `.ci/run` sets
/// `AXON_TEST_PYTHON`, and then a Python without TensorBoard is a failure.
final class TensorBoardCommandTests: CLITestCase {
    /// float32 `simple_value`s against the history's doubles: float32's rounding, with room.
    static let scalarTolerance = 1e-6

    func eventFiles(_ logdir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: logdir).filter { $0.hasPrefix("events.out.tfevents.") }.sorted()
    }

    func testARunAndItsResumptionReadBackInTensorBoardAsTheHistory() throws {
        let python = try tensorBoardPython()
        let logdir = path("logs")
        let common = ["train", "--data", "moons", "--model", "2-8-2", "--validation-split", "0.25", "--batch-size", "32",
                      "--optimizer", "sgd", "--lr", "0.1", "--schedule", "step:size=1,gamma=0.5"]
        try run(common + ["--epochs", "2", "--checkpoint-dir", path("checkpoints"), "--logdir", logdir, "--log-steps"])
        try run(["train", "--resume", path("checkpoints"), "--epochs", "4", "--logdir", logdir, "--log-steps",
                 "--save", path("model.safetensors")])
        XCTAssertEqual(try eventFiles(logdir).count, 2, "the resumed run adds a file of its own")

        let checkpoint = try SafeTensors.read(from: try XCTUnwrap(Checkpoint.latest(in: directory.appendingPathComponent("checkpoints"))))
        struct State: Decodable { let steps: Int; let history: History }
        let state = try JSONDecoder().decode(State.self, from: Data(try XCTUnwrap(checkpoint.metadata["trainer"]).utf8))
        let epochs = state.history.epochs
        XCTAssertEqual(epochs.count, 4)

        let logged = try readWithEventAccumulator(python: python, logdir: logdir)
        let expected: [(String, (EpochRecord) -> Double?)] = [
            ("loss/train", \.loss), ("loss/validation", \.validationLoss), ("loss/test", \.testLoss),
            ("accuracy/train", \.accuracy), ("accuracy/validation", \.validationAccuracy),
            ("accuracy/test", \.testAccuracy), ("learning_rate", \.learningRate),
        ]
        for (tag, value) in expected {
            let points = try XCTUnwrap(logged.scalars[tag], "no scalar \(tag) among \(logged.scalars.keys.sorted())")
            XCTAssertEqual(points.map { Int($0[0]) }, [1, 2, 3, 4], tag)
            for (point, record) in zip(points, epochs) {
                let wanted = try XCTUnwrap(value(record), tag)
                XCTAssertEqual(point[1], wanted, accuracy: Self.scalarTolerance * max(abs(wanted), 1e-3), "\(tag) epoch \(record.epoch)")
            }
        }
        XCTAssertEqual(logged.scalars["learning_rate"]?.map { $0[1] }, [0.1, 0.05, 0.025, 0.0125].map { Double(Float($0)) })
        for tag in ["step/loss", "step/accuracy", "step/learning_rate"] {
            XCTAssertEqual(logged.scalars[tag]?.map { Int($0[0]) }, Array(1 ... state.steps), tag)
        }

        // The histograms of the last epoch are the saved model's weights.
        let model = try SafeTensors.read(from: URL(fileURLWithPath: path("model.safetensors")))
        XCTAssertEqual(Set(logged.histograms.keys), Set(model.names))
        for (name, tensor) in model.tensors {
            let histograms = try XCTUnwrap(logged.histograms[name], name)
            XCTAssertEqual(histograms.map { Int($0[0]) }, [1, 2, 3, 4], name)
            let last = try XCTUnwrap(histograms.last)
            let values = tensor.doubles
            XCTAssertEqual(last[1], values.min(), "\(name) min")
            XCTAssertEqual(last[2], values.max(), "\(name) max")
            XCTAssertEqual(last[3], Double(values.count), "\(name) num")
            XCTAssertEqual(last[4], Double(values.count), "\(name) bucket counts")
        }
    }

    func testLogdirErrorsNameThePath() throws {
        let file = path("a-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let message = failure(["train", "--data", "xor", "--epochs", "1", "--logdir", file])
        XCTAssertEqual(message, "--logdir \(file): cannot write TensorBoard events to \(file): it exists and is not a directory")
        let below = failure(["train", "--data", "xor", "--epochs", "1", "--logdir", file + "/runs"])
        XCTAssertEqual(below?.contains("--logdir \(file)/runs: "), true, below ?? "no error")
        XCTAssertEqual(below?.contains("\(file): it exists and is not a directory"), true, below ?? "no error")
        let steps = failure(["train", "--data", "xor", "--epochs", "1", "--log-steps"])
        XCTAssertEqual(steps?.contains("--log-steps needs --logdir"), true, steps ?? "no error")
    }

    func testLogdirIsCreatedWithItsParentsAndTheWeightsDoNotChange() throws {
        let common = ["train", "--data", "xor", "--model", "2-8-2", "--epochs", "2", "--batch-size", "16"]
        try run(common + ["--save", path("plain.safetensors")])
        try run(common + ["--save", path("logged.safetensors"), "--logdir", path("runs/xor/first"), "--log-steps"])
        XCTAssertEqual(try eventFiles(path("runs/xor/first")).count, 1)
        let plain = try SafeTensors.read(from: URL(fileURLWithPath: path("plain.safetensors")))
        let logged = try SafeTensors.read(from: URL(fileURLWithPath: path("logged.safetensors")))
        for (a, b) in zip(plain.tensors, logged.tensors) {
            XCTAssertEqual(a.tensor.doubles.map(\.bitPattern), b.tensor.doubles.map(\.bitPattern), a.name)
        }
    }

    // MARK: - TensorBoard's reader

    /// What `EventAccumulator` found: per scalar tag `[step, value]` pairs,
    /// per histogram tag `[step, min, max, num, sum of bucket counts]`.
    struct Logged: Decodable {
        let scalars: [String: [[Double]]]
        let histograms: [String: [[Double]]]
    }

    static let readerScript = """
        import json, sys
        from tensorboard.backend.event_processing import event_accumulator as ea
        accumulator = ea.EventAccumulator(sys.argv[1], size_guidance={ea.SCALARS: 0, ea.HISTOGRAMS: 0})
        accumulator.Reload()
        tags = accumulator.Tags()
        scalars = {tag: [[e.step, e.value] for e in accumulator.Scalars(tag)] for tag in tags[ea.SCALARS]}
        histograms = {}
        for tag in tags[ea.HISTOGRAMS]:
            rows = []
            for e in accumulator.Histograms(tag):
                h = e.histogram_value
                rows.append([e.step, h.min, h.max, h.num, sum(h.bucket)])
            histograms[tag] = rows
        print(json.dumps({"scalars": scalars, "histograms": histograms}))
        """

    func readWithEventAccumulator(python: [String], logdir: String) throws -> Logged {
        let result = try launch(python + ["-c", Self.readerScript, logdir])
        guard result.status == 0 else {
            XCTFail("EventAccumulator failed (\(result.status)): \(result.error)")
            return Logged(scalars: [:], histograms: [:])
        }
        return try JSONDecoder().decode(Logged.self, from: Data(result.output.utf8))
    }

    /// The command that starts a Python with TensorBoard: `$AXON_TEST_PYTHON`
    /// (it must have it), else `python3` (skipped without it).
    func tensorBoardPython() throws -> [String] {
        let configured = ProcessInfo.processInfo.environment["AXON_TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
        let python = configured.map { [$0] } ?? ["python3"]
        let check = try? launch(python + ["-c", "import tensorboard.backend.event_processing.event_accumulator"])
        if let check, check.status == 0 { return python }
        let why = check.map { "it exits with \($0.status): \($0.error.split(separator: "\n").last ?? "")" } ?? "it does not start"
        if let configured { throw PythonError(description: "AXON_TEST_PYTHON=\(configured) cannot import tensorboard: \(why)") }
        throw XCTSkip("TensorBoard's Python reader is not available (`python3 -c \"import tensorboard\"`: \(why)). "
            + "To run this test: python3 -m venv venv && venv/bin/pip install tensorboard, then AXON_TEST_PYTHON=venv/bin/python swift test")
    }

    struct PythonError: Error, CustomStringConvertible {
        let description: String
    }
}
