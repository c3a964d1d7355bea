import Foundation
import XCTest
@testable import AxonCLI

/// A test case that runs `axon` commands in-process in a temporary
/// directory of its own, removed after each test.
class CLITestCase: XCTestCase {
    /// The test's own directory.
    var directory: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-\(type(of: self))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
        try super.tearDownWithError()
    }

    /// `name` inside the test's directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Runs `axon` with `arguments` in-process.
    func run(_ arguments: [String]) throws {
        var command = try AxonCommand.parseAsRoot(arguments)
        try command.run()
    }

    /// The message a command stops with, or nil if it succeeds.
    func failure(_ arguments: [String]) -> String? {
        do {
            try run(arguments)
            return nil
        } catch {
            return AxonCommand.message(for: error)
        }
    }

    /// Runs `command` (looked up on PATH); its standard error goes through a file, so neither pipe can fill up.
    func launch(_ command: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let output = Pipe()
        let errorFile = directory.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer { try? errorHandle.close() }
        process.standardOutput = output
        process.standardError = errorHandle
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), error)
    }
}
