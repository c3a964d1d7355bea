import XCTest
@testable import AxonTensor

/// Named tolerances, so the suite's precision expectations read in one place.
enum Tolerance {
    /// float64 results that differ only by rounding order.
    static let float64 = 1e-12
    /// float32 results that differ only by rounding order.
    static let float32 = 1e-5
}

/// Asserts that two lists of numbers have the same length and agree
/// elementwise within `atol + rtol·|expected|` (NaN matches NaN).
func assertClose(
    _ actual: [Double], _ expected: [Double], rtol: Double = Tolerance.float64, atol: Double = 0,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.count, expected.count, "count differs \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        if a.isNaN && e.isNaN { continue }
        if a == e { continue }
        let ok = Swift.abs(a - e) <= atol + rtol * Swift.abs(e)
        XCTAssertTrue(ok, "element \(index): \(a) vs expected \(e) \(message)", file: file, line: line)
        if !ok { return }
    }
}

/// Asserts that a tensor has `shape` and values close to `expected`.
func assertTensor(
    _ tensor: Tensor, _ expected: [Double], shape: [Int], rtol: Double = Tolerance.float64, atol: Double = 0,
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(tensor.shape, shape, "shape", file: file, line: line)
    assertClose(tensor.doubles, expected, rtol: rtol, atol: atol, file: file, line: line)
}
