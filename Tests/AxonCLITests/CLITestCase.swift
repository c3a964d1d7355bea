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
}
