import Foundation
import XCTest
@testable import AxonCLI

/// Bad input gets one clear message naming the problem, and no output file.
final class CommandErrorTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The message a command stops with, or nil if it succeeds.
    func failure(_ arguments: [String]) -> String? {
        do {
            var command = try AxonCommand.parseAsRoot(arguments)
            try command.run()
            return nil
        } catch {
            return AxonCommand.message(for: error)
        }
    }

    func testMismatchedModelAndDataAreNamedBeforeTraining() {
        let message = failure(["train", "--data", "iris", "--model", "4-8-2"])
        XCTAssertEqual(message?.contains("3 classes"), true, message ?? "")
        let width = failure(["train", "--data", "spiral", "--model", "3-8-3"])
        XCTAssertEqual(width?.contains("takes 3 inputs but the data have 2 features"), true, width ?? "")
    }

    func testBadValuesNameTheFlag() {
        for (arguments, fragment) in [
            (["train", "--optimizer", "adam", "--beta1", "1.5"], "beta1 1.5"),
            (["train", "--batch-size", "abc"], "--batch-size"),
            (["train", "--data", "nope"], "--data"),
            (["train", "--activation", "swish"], "--activation"),
            (["train", "--schedule", "step"], "size=N"),
            (["train", "--optimizer", "adam", "--momentum", "0.9"], "--momentum does not apply"),
        ] {
            let message = failure(arguments)
            XCTAssertEqual(message?.contains(fragment), true, "\(arguments): \(message ?? "no error")")
        }
    }

    func testDivergenceStopsWithAdviceAndSavesNothing() {
        let target = directory.appendingPathComponent("model.safetensors")
        let message = failure(["train", "--data", "spiral", "--optimizer", "sgd", "--lr=1e9", "--loss", "mse",
                               "--epochs", "3", "--save", target.path])
        XCTAssertEqual(message?.contains("learning rate is probably too large"), true, message ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    func testMissingAndMalformedFilesAreNamed() throws {
        let missing = directory.appendingPathComponent("absent.safetensors").path
        XCTAssertEqual(failure(["evaluate", "--weights", missing, "--data", "iris"])?.contains(missing), true)
        let junk = directory.appendingPathComponent("junk.safetensors")
        try Data("not a model".utf8).write(to: junk)
        let message = failure(["evaluate", "--weights", junk.path, "--data", "iris"])
        XCTAssertEqual(message?.contains(junk.path), true, message ?? "")
    }

    func testTrainSaveEvaluatePredictRoundTrip() throws {
        let model = directory.appendingPathComponent("iris.safetensors")
        XCTAssertNil(failure(["train", "--data", "iris", "--epochs", "30", "--save", model.path]))
        XCTAssertNil(failure(["evaluate", "--weights", model.path, "--data", "iris"]))
        let rows = directory.appendingPathComponent("rows.csv")
        try "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n".write(to: rows, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("predictions.csv")
        XCTAssertNil(failure(["predict", "--weights", model.path, "--data", "csv:\(rows.path)", "--output", output.path]))
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "class,p_setosa,p_versicolor,p_virginica")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[1].hasPrefix("setosa,"), String(lines[1]))
        XCTAssertTrue(lines[2].hasPrefix("virginica,"), String(lines[2]))
    }
}
