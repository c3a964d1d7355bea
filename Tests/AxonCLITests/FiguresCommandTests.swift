import Foundation
import XCTest
@testable import AxonCLI

final class FiguresCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The message the command stops with, or nil if it succeeds.
    private func failure(_ arguments: [String]) -> String? {
        do {
            var command = try AxonCommand.parseAsRoot(["figures"] + arguments)
            try command.run()
            return nil
        } catch {
            return AxonCommand.message(for: error)
        }
    }

    func testAnOutputThatIsAFileIsRefusedUntouched() throws {
        let file = directory.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: file)
        let message = failure(["--output", file.path])
        XCTAssertEqual(message, "--output \(file.path): cannot write into it: it is a regular file, not a directory")
        XCTAssertEqual(try Data(contentsOf: file), Data("keep me".utf8))
    }

    func testAMissingMNISTDirectoryIsNamedBeforeAnythingIsWritten() {
        let output = directory.appendingPathComponent("figures")
        let missing = directory.appendingPathComponent("no-mnist").path
        let message = failure(["--mnist", missing, "--output", output.path])
        XCTAssertEqual(message?.contains("--mnist \(missing): no such directory"), true, message ?? "no error")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testAnMNISTDirectoryWithoutTheFilesFailsBeforeAnyExperimentOrOutput() throws {
        let output = directory.appendingPathComponent("figures")
        let empty = directory.appendingPathComponent("empty-mnist")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        let message = failure(["--mnist", empty.path, "--output", output.path])
        XCTAssertEqual(message?.hasPrefix("--mnist \(empty.path): "), true, message ?? "no error")
        XCTAssertEqual(message?.contains("train-images-idx3-ubyte"), true, "the missing file is named: \(message ?? "")")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "no output directory is left behind")
    }

    func testWritesEveryFigureAndThePageIntoANewDirectory() throws {
        let output = directory.appendingPathComponent("nested/figures")
        XCTAssertNil(failure(["--output", output.path, "--seed", "1"]))
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        XCTAssertEqual(names.count, 13)
        XCTAssertEqual(names.first, "01-neuron.svg")
        XCTAssertEqual(names.last, "index.html")
        let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("seed 1"))
        XCTAssertTrue(page.contains("12. 优化器比较 · The optimizer race"))
    }
}
