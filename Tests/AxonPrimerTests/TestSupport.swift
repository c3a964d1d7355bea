import XCTest

/// Agreement expected of two float64 computations of the same quantity by
/// different routes (rounding only).
let exactTolerance = 1e-12
/// Agreement expected of backpropagation with central finite differences
/// (ε = 1e-6: truncation and rounding error near 1e-10).
let finiteDifferenceTolerance = 1e-8
/// Agreement required of autograd's derivatives with the formulas.
let derivativeTolerance = 1e-6

/// Asserts that `actual` and `expected` have the same length and agree
/// element by element within `atol + rtol·|expected|`.
func assertClose(_ actual: [Double], _ expected: [Double], rtol: Double = 0, atol: Double,
                 _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "lengths differ \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= atol + rtol * abs(e)) {
        XCTFail("element \(index): \(a) vs \(e) \(message)", file: file, line: line)
        return
    }
}
