import AxonTensor
import Foundation
import XCTest
@testable import AxonIO

final class SafeTensorsTests: XCTestCase {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("axon-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testRoundTripsEveryDTypeInOrderWithMetadata() throws {
        let url = try temporaryDirectory().appendingPathComponent("model.safetensors")
        let tensors: [(String, Tensor)] = [
            ("0.weight", Tensor([1.5, -2, 3.25, 0, 1e-30, -7] as [Float], shape: [2, 3])),
            ("0.bias", Tensor([0.1, -1e300] as [Double])),
            ("steps", Tensor([Int64.max, -1] as [Int64])),
            ("count", Tensor([Int32.min] as [Int32], shape: [])),
            ("pixels", Tensor([0, 128, 255, 7] as [UInt8], shape: [2, 1, 2])),
            ("mask", Tensor([true, false, true] as [Bool])),
            ("empty", Tensor([] as [Float], shape: [0, 4])),
        ]
        try SafeTensors.write(tensors, metadata: ["format": "pt", "epoch": "3", "note": "quote \" and \\ and\nnewline"], to: url)
        let file = try SafeTensors.read(from: url)
        XCTAssertEqual(file.names, tensors.map(\.0))
        XCTAssertEqual(file.metadata, ["format": "pt", "epoch": "3", "note": "quote \" and \\ and\nnewline"])
        for ((name, original), (_, read)) in zip(tensors, file.tensors) {
            XCTAssertEqual(read.dtype, original.dtype, name)
            XCTAssertEqual(read.shape, original.shape, name)
            XCTAssertEqual(read.doubles, original.doubles, name)
        }
        XCTAssertEqual(file["0.bias"]?.scalars(as: Double.self), [0.1, -1e300])
        XCTAssertEqual(file["mask"]?.scalars(as: Bool.self), [true, false, true])
        XCTAssertNil(file["missing"])
    }

    func testHeaderIsCompactJSONPaddedWithSpacesToEightBytes() throws {
        let bytes = try SafeTensors.encode([("w", Tensor([1, 2] as [Float]))])
        let length = bytes.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let header = String(decoding: bytes[8 ..< 8 + length], as: UTF8.self)
        XCTAssertEqual(length % 8, 0)
        XCTAssertEqual(header, #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"# + "  ")
        XCTAssertEqual(bytes.count, 8 + length + 8)
        XCTAssertEqual(Array(bytes.suffix(8)), [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40])
    }

    func testWritesQuicklyAtMNISTMLPSize() throws {
        let url = try temporaryDirectory().appendingPathComponent("mlp.safetensors")
        let weight = Tensor((0..<(784 * 300)).map { Float($0) * 1e-6 }, shape: [300, 784])
        let start = Date()
        try SafeTensors.write([("0.weight", weight), ("0.bias", Tensor.zeros([300]))], to: url)
        let read = try SafeTensors.read(from: url)
        XCTAssertEqual(read["0.weight"]?.floats, weight.floats)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "235k floats should take milliseconds")
    }

    func testReplacesAnExistingFile() throws {
        let url = try temporaryDirectory().appendingPathComponent("ckpt.safetensors")
        try SafeTensors.write([("a", Tensor([1] as [Float]))], to: url)
        try SafeTensors.write([("b", Tensor([2] as [Float]))], to: url)
        XCTAssertEqual(try SafeTensors.read(from: url).names, ["b"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path), ["ckpt.safetensors"])
    }

    func testFailedWriteLeavesNoFileAndNoTemporaryFile() throws {
        let directory = try temporaryDirectory()
        // A directory stands where the file should go: refused, and left as it is.
        let blocked = directory.appendingPathComponent("blocked.safetensors")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        try Data([1]).write(to: blocked.appendingPathComponent("inside"))
        XCTAssertThrowsError(try SafeTensors.write([("a", Tensor([1] as [Float]))], to: blocked)) { error in
            XCTAssertTrue("\(error)".contains("it is a directory, not a regular file"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["blocked.safetensors"])

        let nowhere = directory.appendingPathComponent("missing/dir/model.safetensors")
        XCTAssertThrowsError(try SafeTensors.write([("a", Tensor([1] as [Float]))], to: nowhere))
        XCTAssertFalse(FileManager.default.fileExists(atPath: nowhere.path))

        let duplicate = directory.appendingPathComponent("duplicate.safetensors")
        XCTAssertThrowsError(try SafeTensors.write([("a", Tensor([1] as [Float])), ("a", Tensor([2] as [Float]))], to: duplicate)) { error in
            XCTAssertEqual(error as? SafeTensorsError, .invalidName(name: "a", reason: "appears twice"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["blocked.safetensors"])
    }

    func testRejectsReservedAndEmptyNames() {
        XCTAssertThrowsError(try SafeTensors.encode([("__metadata__", Tensor([1] as [Float]))]))
        XCTAssertThrowsError(try SafeTensors.encode([("", Tensor([1] as [Float]))]))
    }
}
