import AxonTensor
import Foundation
import XCTest
@testable import AxonData

final class IDXReaderTests: XCTestCase {
    func testUnsignedBytesStayUInt8() throws {
        let tensor = try IDXReader.decode(idxBytes(type: 0x08, dimensions: [2, 3], payload: [0, 1, 2, 253, 254, 255]), path: "u8")
        XCTAssertEqual(tensor.dtype, .uint8)
        XCTAssertEqual(tensor.shape, [2, 3])
        XCTAssertEqual(tensor.scalars(as: UInt8.self), [0, 1, 2, 253, 254, 255])
    }

    func testSignedBytesWidenToInt32() throws {
        let tensor = try IDXReader.decode(idxBytes(type: 0x09, dimensions: [4], payload: [0, 127, 128, 255]), path: "i8")
        XCTAssertEqual(tensor.dtype, .int32)
        XCTAssertEqual(tensor.scalars(as: Int32.self), [0, 127, -128, -1])
    }

    func testShortsAreBigEndian() throws {
        let payload = [Int16(1), -2, 300, .min].flatMap(bigEndianBytes)
        let tensor = try IDXReader.decode(idxBytes(type: 0x0B, dimensions: [2, 2], payload: payload), path: "i16")
        XCTAssertEqual(tensor.dtype, .int32)
        XCTAssertEqual(tensor.scalars(as: Int32.self), [1, -2, 300, -32768])
    }

    func testIntsAreBigEndian() throws {
        let payload = [Int32(7), -70000, .max].flatMap(bigEndianBytes)
        let tensor = try IDXReader.decode(idxBytes(type: 0x0C, dimensions: [3], payload: payload), path: "i32")
        XCTAssertEqual(tensor.scalars(as: Int32.self), [7, -70000, Int32.max])
    }

    func testFloatsAreBigEndian() throws {
        let payload = [Float(1.5), -0.25, 3e38].flatMap { bigEndianBytes($0.bitPattern) }
        let tensor = try IDXReader.decode(idxBytes(type: 0x0D, dimensions: [3, 1], payload: payload), path: "f32")
        XCTAssertEqual(tensor.dtype, .float32)
        XCTAssertEqual(tensor.shape, [3, 1])
        XCTAssertEqual(tensor.scalars(as: Float.self), [1.5, -0.25, 3e38])
    }

    func testDoublesAreBigEndian() throws {
        let payload = [0.1, -1e300].flatMap { bigEndianBytes($0.bitPattern) }
        let tensor = try IDXReader.decode(idxBytes(type: 0x0E, dimensions: [2], payload: payload), path: "f64")
        XCTAssertEqual(tensor.dtype, .float64)
        XCTAssertEqual(tensor.scalars(as: Double.self), [0.1, -1e300])
    }

    func testReadsPlainAndGzippedFilesAlike() throws {
        let directory = try temporaryDirectory(self)
        let bytes = idxBytes(type: 0x08, dimensions: [2, 2, 2], payload: Array(0..<8))
        let plain = directory.appendingPathComponent("plain-idx3-ubyte")
        let zipped = directory.appendingPathComponent("zipped-idx3-ubyte.gz")
        try Data(bytes).write(to: plain)
        try Data(Gzip.compress(bytes)).write(to: zipped)
        let fromPlain = try IDXReader.read(from: plain)
        let fromZipped = try IDXReader.read(from: zipped)
        XCTAssertEqual(fromPlain.shape, [2, 2, 2])
        XCTAssertEqual(fromZipped.shape, [2, 2, 2])
        XCTAssertEqual(fromZipped.scalars(as: UInt8.self), Array(0..<8))
    }

    func testGzipIsDetectedByMagicNotName() throws {
        let directory = try temporaryDirectory(self)
        let url = directory.appendingPathComponent("no-extension")
        try Data(Gzip.compress(idxBytes(type: 0x08, dimensions: [1], payload: [42]))).write(to: url)
        XCTAssertEqual(try IDXReader.read(from: url).scalars(as: UInt8.self), [42])
    }

    func testLargeGzipStreamDecompressesWhole() throws {
        let payload = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let bytes = idxBytes(type: 0x08, dimensions: [300_000], payload: payload)
        XCTAssertEqual(try Gzip.decompress(Gzip.compress(bytes), path: "big"), bytes)
    }

    func testConcatenatedGzipMembersAreJoined() throws {
        let joined = Gzip.compress([1, 2, 3]) + Gzip.compress([4, 5])
        XCTAssertEqual(try Gzip.decompress(joined, path: "two"), [1, 2, 3, 4, 5])
    }

    func testMissingFile() throws {
        let url = try temporaryDirectory(self).appendingPathComponent("absent-idx1-ubyte")
        assertThrows(.fileNotFound(path: url.path), containing: "no such file") { _ = try IDXReader.read(from: url) }
    }

    func testBadMagic() {
        let error = dataError { _ = try IDXReader.decode([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], path: "archive.zip") }
        XCTAssertEqual(error?.description, "archive.zip: bad magic number 50 4b 03 04: an IDX file starts with 00 00")
    }

    func testUnknownElementType() {
        let error = dataError { _ = try IDXReader.decode(idxBytes(type: 0x0A, dimensions: [1], payload: [0]), path: "x") }
        XCTAssertEqual(error?.description, "x: unknown IDX element type 0x0A")
    }

    func testTruncatedDataNamesExpectedAndFoundBytes() {
        let bytes = idxBytes(type: 0x08, dimensions: [60000, 28, 28], payload: [UInt8](repeating: 0, count: 1000))
        assertThrows(.truncated(path: "train-images-idx3-ubyte.gz", expectedBytes: 47_040_000, foundBytes: 1000),
                     containing: "train-images-idx3-ubyte.gz: expected 47040000 bytes of data, found 1000") {
            _ = try IDXReader.decode(bytes, path: "train-images-idx3-ubyte.gz")
        }
    }

    func testTruncatedHeader() {
        let error = dataError { _ = try IDXReader.decode([0, 0, 8, 3, 0, 0], path: "h") }
        XCTAssertTrue(error?.description.contains("ends inside the header") ?? false)
    }

    func testTrailingBytesAreAnError() {
        let error = dataError { _ = try IDXReader.decode(idxBytes(type: 0x08, dimensions: [2], payload: [1, 2, 3]), path: "t") }
        XCTAssertTrue(error?.description.contains("1 bytes follow") ?? false)
    }

    func testCorruptGzip() throws {
        var bytes = Gzip.compress(idxBytes(type: 0x08, dimensions: [64], payload: Array(0..<64)))
        for i in 12..<bytes.count - 8 { bytes[i] ^= 0x5A }
        let error = dataError { _ = try Gzip.decompress(bytes, path: "bad.gz") }
        XCTAssertTrue(error?.description.hasPrefix("bad.gz: corrupt gzip data") ?? false, "\(String(describing: error))")
    }

    func testCutShortGzip() throws {
        let bytes = Gzip.compress((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let error = dataError { _ = try Gzip.decompress(Array(bytes.prefix(bytes.count / 2)), path: "cut.gz") }
        XCTAssertEqual(error, .malformed(path: "cut.gz", reason: "gzip stream ends early (the file is cut short)"))
    }
}
