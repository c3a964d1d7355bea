import AxonTensor
import Foundation
import XCTest
@testable import AxonIO

final class SafeTensorsReadErrorTests: XCTestCase {
    /// A file of `header` (padded to 8 bytes) followed by `data`.
    private func file(_ header: String, data: [UInt8] = [], length: UInt64? = nil) -> Data {
        var json = Array(header.utf8)
        while json.count % 8 != 0 { json.append(UInt8(ascii: " ")) }
        var bytes = Data()
        withUnsafeBytes(of: (length ?? UInt64(json.count)).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: json)
        bytes.append(contentsOf: data)
        return bytes
    }

    private func error(_ bytes: Data, file: StaticString = #filePath, line: UInt = #line) -> SafeTensorsError? {
        do {
            _ = try SafeTensors.decode(bytes, path: "m.safetensors")
            XCTFail("expected an error", file: file, line: line)
        } catch let error as SafeTensorsError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return nil
    }

    func testTooShort() {
        XCTAssertEqual(error(Data([1, 0, 0])), .tooShort(path: "m.safetensors", size: 3))
    }

    func testHeaderTooLarge() {
        XCTAssertEqual(error(file("{}", length: 200_000_000)), .headerTooLarge(path: "m.safetensors", length: 200_000_000))
    }

    func testHeaderBeyondFile() {
        XCTAssertEqual(error(file("{}", length: 64)), .headerBeyondFile(path: "m.safetensors", length: 64, fileSize: 16))
    }

    func testInvalidJSONAndWrongStart() {
        guard case .invalidHeader(_, let reason)? = error(file("{\"a\": [1,")) else { return XCTFail("not invalidHeader") }
        XCTAssertTrue(reason.hasPrefix("not valid JSON"), reason)
        XCTAssertEqual(error(file("[1]")), .invalidHeader(path: "m.safetensors", reason: "the JSON does not start with \"{\""))
    }

    func testUnsupportedAndUnknownDTypes() {
        let half = error(file(#"{"w":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}}"#, data: [0, 0]))
        XCTAssertEqual(half, .unsupportedDType(path: "m.safetensors", tensor: "w", dtype: "F16"))
        XCTAssertTrue(half?.description.contains("dtype \"F16\", which Axon does not support") ?? false)
        XCTAssertEqual(error(file(#"{"w":{"dtype":"Q7","shape":[1],"data_offsets":[0,1]}}"#, data: [0])),
                       .unknownDType(path: "m.safetensors", tensor: "w", dtype: "Q7"))
    }

    func testShapeThatDoesNotFitItsBytes() {
        XCTAssertEqual(error(file(#"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, data: Array(repeating: 0, count: 8))),
                       .shapeMismatch(path: "m.safetensors", tensor: "w", shape: [3], dtype: "F32", bytes: 8))
    }

    func testOverlappingOffsets() {
        let header = #"{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}}"#
        guard case .invalidOffsets(_, "b", let reason)? = error(file(header, data: Array(repeating: 0, count: 6))) else {
            return XCTFail("not invalidOffsets for b")
        }
        XCTAssertTrue(reason.contains("overlap"), reason)
    }

    func testGapBetweenTensors() {
        let header = #"{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[3,5]}}"#
        guard case .invalidOffsets(_, "b", let reason)? = error(file(header, data: Array(repeating: 0, count: 5))) else {
            return XCTFail("not invalidOffsets for b")
        }
        XCTAssertTrue(reason.contains("gap"), reason)
    }

    func testOffsetsPastTheBuffer() {
        guard case .invalidOffsets(_, "a", let reason)? = error(file(#"{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}}"#, data: [0, 0])) else {
            return XCTFail("not invalidOffsets for a")
        }
        XCTAssertTrue(reason.contains("run past"), reason)
    }

    func testReversedOffsets() {
        guard case .invalidOffsets? = error(file(#"{"a":{"dtype":"U8","shape":[0],"data_offsets":[4,0]}}"#, data: [0, 0, 0, 0])) else {
            return XCTFail("not invalidOffsets")
        }
    }

    func testBytesLeftOverAfterTheTensors() {
        XCTAssertEqual(error(file(#"{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]}}"#, data: [0, 0, 0])),
                       .incompleteBuffer(path: "m.safetensors", covered: 2, size: 3))
    }

    func testMalformedEntriesAndMetadata() {
        XCTAssertEqual(error(file(#"{"__metadata__":{"epoch":3}}"#)),
                       .invalidHeader(path: "m.safetensors", reason: "\"__metadata__\" must map strings to strings"))
        XCTAssertEqual(error(file(#"{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}}"#)),
                       .invalidHeader(path: "m.safetensors", reason: "tensor \"a\": \"shape\" is missing or not a list of non-negative integers"))
        XCTAssertEqual(error(file(#"{"a":{"dtype":"U8","shape":[1.5],"data_offsets":[0,0]}}"#)),
                       .invalidHeader(path: "m.safetensors", reason: "tensor \"a\": \"shape\" is missing or not a list of non-negative integers"))
        XCTAssertEqual(error(file(#"{"a":{"dtype":"U8","shape":[1]}}"#, data: [0])),
                       .invalidHeader(path: "m.safetensors", reason: "tensor \"a\": \"data_offsets\" is missing or not two non-negative integers"))
    }

    func testMissingFile() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).safetensors")
        XCTAssertThrowsError(try SafeTensors.read(from: url)) { error in
            XCTAssertEqual(error as? SafeTensorsError, .fileNotFound(path: url.path))
        }
    }

    func testAnEmptyFileOfNoTensorsIsValid() throws {
        let read = try SafeTensors.decode(file("{}"), path: "m")
        XCTAssertTrue(read.tensors.isEmpty)
    }
}
