import Foundation
import XCTest
@testable import AxonPlot

final class SVGFileTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("AxonPlotTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private var entries: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()) ?? []
    }

    func testWritesTheDocumentAndLeavesNoTemporaryFile() throws {
        let plot = Plot(title: "written", lines: [LineSeries("a", y: [1, 2, 3])])
        let url = directory.appendingPathComponent("plot.svg")
        try plot.write(to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), plot.svg())
        XCTAssertEqual(entries, ["plot.svg"])
    }

    func testReplacesAnExistingRegularFile() throws {
        let url = directory.appendingPathComponent("figure.svg")
        try "old contents".write(to: url, atomically: false, encoding: .utf8)
        var canvas = SVGCanvas(width: 10, height: 10)
        canvas.title = "new"
        try canvas.write(to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), canvas.svg())
        XCTAssertEqual(entries, ["figure.svg"])
    }

    func testRefusesADirectoryNamingItAndLeavesItUntouched() throws {
        let target = directory.appendingPathComponent("figures.svg")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "keep".write(to: target.appendingPathComponent("inside.txt"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try Plot().write(to: target)) { error in
            guard case let PlotError.cannotWrite(path, reason) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(path, target.path)
            XCTAssertTrue(reason.contains("directory"), reason)
            XCTAssertTrue("\(error)".contains(target.path))
        }
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory))
        XCTAssertTrue(isDirectory.boolValue)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path), ["inside.txt"])
        XCTAssertEqual(entries, ["figures.svg"], "no temporary file left beside it")
    }

    func testRefusesAFIFO() throws {
        let target = directory.appendingPathComponent("pipe.svg")
        XCTAssertEqual(mkfifo(target.path, 0o644), 0)
        XCTAssertThrowsError(try SVGFile.write("<svg/>", to: target)) { error in
            XCTAssertTrue("\(error)".contains("FIFO"), "\(error)")
        }
        var status = stat()
        XCTAssertEqual(lstat(target.path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO)
    }

    func testFollowsASymbolicLinkToARegularFile() throws {
        let real = directory.appendingPathComponent("real.svg")
        let link = directory.appendingPathComponent("link.svg")
        try "old".write(to: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try SVGFile.write("<svg/>", to: link)
        XCTAssertEqual(try String(contentsOf: real, encoding: .utf8), "<svg/>")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
    }

    func testAMissingDirectoryIsAnError() {
        let target = directory.appendingPathComponent("missing/plot.svg")
        XCTAssertThrowsError(try SVGFile.write("<svg/>", to: target)) { error in
            XCTAssertTrue("\(error)".contains(target.path), "\(error)")
        }
    }
}
