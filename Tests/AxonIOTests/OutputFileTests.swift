import Foundation
import XCTest
@testable import AxonIO

/// `OutputFile`: a file is written whole or not at all, only over a regular
/// file or nothing, and the temporary files of killed writers are removed,
/// those and nothing else.
final class OutputFileTests: XCTestCase {
    private var directory: URL!

    /// A process id no process has: above Linux's largest `pid_max`.
    static let deadProcess = "2147483647"

    /// The device numbers of /dev/full, which takes no write (makedev(1, 7)).
    #if os(Linux)
    static let fullDevice = dev_t(1 << 8 | 7)
    #else
    static let fullDevice = dev_t(1 << 24 | 7)
    #endif

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    private var entries: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()) ?? []
    }

    private func fileType(_ name: String) -> mode_t {
        var status = stat()
        XCTAssertEqual(lstat(url(name).path, &status), 0, name)
        return status.st_mode & S_IFMT
    }

    func testWritesANewFileAndReplacesAnOldOneKeepingItsPermissions() throws {
        let file = url("model.safetensors")
        try OutputFile.write(Data("first".utf8), to: file)
        XCTAssertEqual(try Data(contentsOf: file), Data("first".utf8))
        XCTAssertEqual(chmod(file.path, 0o600), 0)
        try OutputFile.write(Data("second".utf8), to: file)
        XCTAssertEqual(try Data(contentsOf: file), Data("second".utf8))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(entries, ["model.safetensors"], "no temporary file left")
    }

    func testALinkToARegularFileIsFollowedAndKept() throws {
        let file = url("real.csv"), link = url("latest.csv")
        try Data("old".utf8).write(to: file)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        XCTAssertEqual(try OutputFile.target(of: link).path, file.path)
        try OutputFile.write(Data("new".utf8), to: link)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), file.path)
        XCTAssertEqual(try Data(contentsOf: file), Data("new".utf8))
    }

    func testAnythingButARegularFileIsRefusedAndLeftUntouched() throws {
        let folder = url("folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("inside"))
        XCTAssertEqual(mkfifo(url("pipe").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(at: url("link-to-folder"), withDestinationURL: folder)
        try FileManager.default.createSymbolicLink(at: url("link-to-pipe"), withDestinationURL: url("pipe"))
        try FileManager.default.createSymbolicLink(atPath: url("dangling").path, withDestinationPath: "nowhere")
        let cases = [
            ("folder", "it is a directory, not a regular file"),
            ("pipe", "it is a FIFO (named pipe), not a regular file"),
            ("link-to-folder", "it is a symbolic link to a directory, not a regular file"),
            ("link-to-pipe", "it is a symbolic link to a FIFO (named pipe), not a regular file"),
            ("dangling", "it is a symbolic link to nothing that can be written"),
            ("missing/file", "its folder \(url("missing").path): No such file or directory"),
        ]
        for (name, reason) in cases {
            XCTAssertThrowsError(try OutputFile.write(Data("x".utf8), to: url(name)), name) { error in
                XCTAssertTrue((error as? OutputFileError)?.reason.hasPrefix(reason) ?? false, "\(name): \(error)")
            }
        }
        XCTAssertThrowsError(try OutputFile.target(ofPath: "")) { error in
            XCTAssertEqual((error as? OutputFileError)?.reason, "the path is empty; give the path of a file")
        }
        XCTAssertEqual(entries, ["dangling", "folder", "link-to-folder", "link-to-pipe", "pipe"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["inside"])
        XCTAssertEqual(fileType("pipe"), S_IFIFO)
        XCTAssertEqual(fileType("link-to-folder"), S_IFLNK)
    }

    func testACharacterDeviceIsRefused() throws {
        // A node of our own rather than /dev/full, so that a broken writer destroys nothing.
        let device = url("full")
        guard mknod(device.path, S_IFCHR | 0o666, Self.fullDevice) == 0 else {
            throw XCTSkip("cannot create a device node here (not root)")
        }
        XCTAssertThrowsError(try OutputFile.write(Data("x".utf8), to: device)) { error in
            XCTAssertEqual((error as? OutputFileError)?.reason,
                           "it is a character device, not a regular file (give the path of a file to create or replace)")
        }
        XCTAssertEqual(fileType("full"), S_IFCHR)
    }

    func testADirectoryIsCheckedForHoldingFiles() throws {
        XCTAssertNoThrow(try OutputFile.checkDirectory(directory))
        XCTAssertNoThrow(try OutputFile.checkDirectory(url("not-yet/deeper")))
        try Data("x".utf8).write(to: url("file"))
        XCTAssertThrowsError(try OutputFile.checkDirectory(url("file"))) { error in
            XCTAssertEqual((error as? OutputFileError)?.reason, "it is a regular file, not a directory")
        }
        XCTAssertEqual(mkfifo(url("pipe").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(at: url("link-to-pipe"), withDestinationURL: url("pipe"))
        XCTAssertThrowsError(try OutputFile.checkDirectory(url("link-to-pipe"))) { error in
            XCTAssertEqual((error as? OutputFileError)?.reason, "it is a symbolic link to a FIFO (named pipe), not a directory")
        }
    }

    /// The next write of a file removes its killed writers' temporary files:
    /// those named as Axon names them, for that file, regular files of this
    /// user, whose process is gone. Nothing else, however close its name.
    func testStaleTemporaryFilesOfTheTargetAreRemovedAndNothingElse() throws {
        let dead = Self.deadProcess, alive = String(getpid())
        let stale = [".model.safetensors.\(dead).0badc0de.tmp", ".model.safetensors.\(dead).123456789.tmp"]
        let kept = [
            ".model.safetensors.\(alive).0badc0de.tmp",   // a write in progress, of this very process
            ".other.safetensors.\(dead).0badc0de.tmp",   // another file's
            ".model.safetensors.\(dead).0BADC0DE.tmp",   // not Axon's spelling
            ".model.safetensors.\(dead).tmp",
            ".model.safetensors.\(dead).0badc0de.x.tmp",
            ".model.safetensors.-\(dead).0badc0de.tmp",
            "model.safetensors.\(dead).0badc0de.tmp",
            ".model.safetensors.\(dead).0badc0de.tmp.bak",
            "notes.tmp",
        ]
        for name in stale + kept { try Data("x".utf8).write(to: url(name)) }
        // Named as a temporary file, but a folder and a link: not files of ours.
        let folder = ".model.safetensors.\(dead).0000abcd.tmp"
        try FileManager.default.createDirectory(at: url(folder), withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: url(folder).appendingPathComponent("inside"))
        let link = ".model.safetensors.\(dead).0000abce.tmp"
        try FileManager.default.createSymbolicLink(at: url(link), withDestinationURL: url("notes.tmp"))

        try OutputFile.write(Data("model".utf8), to: url("model.safetensors"))
        XCTAssertEqual(entries, (kept + [folder, link, "model.safetensors"]).sorted())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url(folder).path), ["inside"])
    }

    func testTemporaryNamesAreRecognisedOnlyInAxonsForm() {
        XCTAssertEqual(OutputFile.writer(ofTemporary: ".a.b.12.0000abcd.tmp", name: "a.b"), 12)
        XCTAssertNil(OutputFile.writer(ofTemporary: ".a.b.12.0000abcd.tmp", name: "a"))
        XCTAssertNil(OutputFile.writer(ofTemporary: ".a.b.+12.0000abcd.tmp", name: "a.b"))
        XCTAssertNil(OutputFile.writer(ofTemporary: ".a.b.0.0000abcd.tmp", name: "a.b"))
        XCTAssertNil(OutputFile.writer(ofTemporary: ".a.b.12.00000000abcd.tmp", name: "a.b"))
    }
}
