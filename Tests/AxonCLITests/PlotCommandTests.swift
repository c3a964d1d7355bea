import Foundation
import XCTest
@testable import AxonCLI
import Axon
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `axon plot` on real `axon train --json` logs, `axon train --plot` and
/// `axon evaluate --plot`.
final class PlotCommandTests: CLITestCase {
    /// Runs the `axon` executable with `arguments`, its standard output into `log`.
    func trainLog(_ arguments: [String], into log: String) throws {
        let process = Process()
        process.executableURL = try CheckpointKillTests.axonExecutable()
        process.arguments = arguments
        guard FileManager.default.createFile(atPath: path(log), contents: nil),
              let output = FileHandle(forWritingAtPath: path(log)) else { throw CLIError("cannot create \(log)") }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        XCTAssertEqual(process.terminationStatus, 0, "axon \(arguments.joined(separator: " "))")
    }

    func assertWellFormedXML(_ file: String, file testFile: StaticString = #filePath, line: UInt = #line) throws {
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: file)))
        XCTAssertTrue(parser.parse(), "\(file): \(parser.parserError.map { "\($0)" } ?? "")", file: testFile, line: line)
    }

    func testPlotDrawsTwoRealLogsWithTheirEpochsAndFinalNumbers() throws {
        let common = ["train", "--data", "moons", "--model", "2-8-2", "--epochs", "4", "--batch-size", "32", "--json"]
        try trainLog(common + ["--optimizer", "adam", "--validation-split", "0.25"], into: "adam.jsonl")
        try trainLog(common + ["--optimizer", "sgd", "--lr", "0.05"], into: "sgd.jsonl")
        try run(["plot", path("adam.jsonl"), path("sgd.jsonl"), "--output", path("curves.svg"), "--title", "moons"])

        try assertWellFormedXML(path("curves.svg"))
        let svg = try String(contentsOfFile: path("curves.svg"), encoding: .utf8)
        for name in ["adam train", "adam validation", "adam test", "sgd train", "sgd test"] {
            XCTAssertTrue(svg.contains(">\(name)<"), "the legend names \(name)")
        }
        XCTAssertFalse(svg.contains(">sgd validation<"), "sgd had no validation split")
        for (label, log) in [("adam", "adam.jsonl"), ("sgd", "sgd.jsonl")] {
            let epochs = try readTrainingLog(path(log))
            XCTAssertEqual(epochs.map(\.epoch), [1, 2, 3, 4])
            let last = try XCTUnwrap(epochs.last)
            let caption = "\(label): 4 epochs, final loss \(String(format: "%.4g", last.loss))"
            XCTAssertTrue(svg.contains(caption), "the caption carries \(label)'s last loss from its log: \(caption)")
            XCTAssertTrue(svg.contains(String(format: "test accuracy %.2f%%", try XCTUnwrap(last.testAccuracy) * 100)))
        }

        try run(["plot", path("adam.jsonl"), path("sgd.jsonl"), "--output", path("again.svg"), "--title", "moons"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path("again.svg"))),
                       try Data(contentsOf: URL(fileURLWithPath: path("curves.svg"))), "the same logs give the same bytes")
    }

    func testPlotRefusesBadLogsAndOutputsNamingThem() throws {
        try "{\"event\":\"epoch\",\"epoch\":1,\"loss\":0.5}\nnot json\n".write(toFile: path("broken.jsonl"), atomically: true, encoding: .utf8)
        XCTAssertEqual(failure(["plot", path("broken.jsonl"), "--output", path("x.svg")]),
                       "\(path("broken.jsonl")):2: not a JSON object; give the standard output of `axon train --json`")
        try "{\"event\":\"summary\",\"epochs\":0}\n".write(toFile: path("none.jsonl"), atomically: true, encoding: .utf8)
        XCTAssertTrue(failure(["plot", path("none.jsonl")])?.contains("no epoch events") ?? false)
        XCTAssertTrue(failure(["plot", directory.path])?.contains("not a regular file") ?? false)
        XCTAssertTrue(failure(["plot", path("none.jsonl"), "--label", "a", "--label", "b"])?.contains("--label") ?? false)

        try "{\"event\":\"epoch\",\"epoch\":1,\"loss\":0.5}\n".write(toFile: path("ok.jsonl"), atomically: true, encoding: .utf8)
        let folder = path("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: folder + "/inside"))
        let message = failure(["plot", path("ok.jsonl"), "--output", folder])
        XCTAssertTrue(message?.hasPrefix("--output \(folder): cannot write: it is a directory") ?? false, message ?? "")
        XCTAssertEqual(try String(contentsOfFile: folder + "/inside", encoding: .utf8), "keep", "the directory is left as it was")
        XCTAssertNil(failure(["plot", path("ok.jsonl"), "--output", path("ok.svg")]), "a one-epoch regression log plots")
    }

    func testTrainPlotWritesTheRunsCurvesAndIsCheckedBeforeTraining() throws {
        try run(["train", "--data", "moons", "--model", "2-8-2", "--epochs", "3", "--plot", path("run.svg")])
        try assertWellFormedXML(path("run.svg"))
        let svg = try String(contentsOfFile: path("run.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("moons · 2-8-2: 3 epochs, final loss"), "the caption names the run")
        XCTAssertTrue(svg.contains(">Accuracy<"))

        let message = failure(["train", "--data", "moons", "--epochs", "3", "--plot", directory.path, "--save", path("model.safetensors")])
        XCTAssertTrue(message?.hasPrefix("--plot \(directory.path): cannot write") ?? false, message ?? "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("model.safetensors")), "refused before training")
    }

    func testEvaluatePlotDrawsTheConfusionMatrix() throws {
        try run(["train", "--data", "blobs", "--model", "2-8-3", "--epochs", "5", "--save", path("model.safetensors")])
        try run(["evaluate", "--weights", path("model.safetensors"), "--data", "blobs", "--plot", path("matrix.svg")])
        try assertWellFormedXML(path("matrix.svg"))
        let svg = try String(contentsOfFile: path("matrix.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("Confusion matrix · blobs"))
        XCTAssertTrue(svg.contains(">predicted<") && svg.contains(">true<"))
        XCTAssertNotNil(svg.range(of: #"\d+ samples, accuracy \d+\.\d\d%"#, options: .regularExpression))
    }
}
