import AxonTensor
import Foundation
import XCTest
@testable import AxonData

/// A fresh directory for one test's files, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("axon-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// The bytes of an IDX file: magic `00 00 type rank`, big-endian dimensions, then `payload`.
func idxBytes(type: UInt8, dimensions: [Int], payload: [UInt8]) -> [UInt8] {
    var bytes: [UInt8] = [0, 0, type, UInt8(dimensions.count)]
    for size in dimensions {
        bytes += [UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)]
    }
    return bytes + payload
}

/// The big-endian bytes of an integer.
func bigEndianBytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    withUnsafeBytes(of: value.bigEndian) { Array($0) }
}

/// Asserts that `body` throws `expected`, and that its description contains `fragment`.
func assertThrows(_ expected: DataError, containing fragment: String = "", file: StaticString = #filePath, line: UInt = #line,
                  _ body: () throws -> Void) {
    do {
        try body()
        XCTFail("expected \(expected)", file: file, line: line)
    } catch let error as DataError {
        XCTAssertEqual(error, expected, file: file, line: line)
        XCTAssertTrue(fragment.isEmpty || error.description.contains(fragment), "\"\(error.description)\" lacks \"\(fragment)\"", file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}

/// The data error `body` throws, or `nil` (after failing the test) when it throws none.
func dataError(file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) -> DataError? {
    do {
        try body()
        XCTFail("expected a DataError", file: file, line: line)
    } catch let error as DataError {
        return error
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
    return nil
}

/// Tolerances named once, as the style guide asks.
enum Tolerance {
    /// For float32 results of a few operations.
    static let float32 = 1e-5
}

/// Asserts that two lists of numbers agree within `atol + rtol·|expected|`.
func assertClose(_ actual: [Double], _ expected: [Double], rtol: Double = Tolerance.float32, atol: Double = Tolerance.float32,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "lengths differ", file: file, line: line)
    for (i, (a, e)) in zip(actual, expected).enumerated() where Swift.abs(a - e) > atol + rtol * Swift.abs(e) {
        XCTFail("element \(i): \(a) is not close to \(e)", file: file, line: line)
        return
    }
}
