import XCTest
import AxonTensor
@testable import AxonOptim

/// Named tolerances, so the suite's precision expectations read in one place.
enum Tolerance {
    /// PyTorch parity in float64: relative error (with this much absolute slack near 0).
    static let float64Relative = 1e-9
    static let float64Absolute = 1e-12
    /// PyTorch parity in float32.
    static let float32Relative = 1e-4
    static let float32Absolute = 1e-5
    /// Closed-form learning-rate schedules against PyTorch's recursive updates.
    static let schedule = 1e-12
}

/// Asserts that two lists of numbers have the same length and agree
/// elementwise within `atol + rtol·|expected|`.
func assertClose(
    _ actual: [Double], _ expected: [Double], rtol: Double, atol: Double = 0,
    _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.count, expected.count, "count differs \(message())", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() where !(a == e) {
        let ok = Swift.abs(a - e) <= atol + rtol * Swift.abs(e)
        XCTAssertTrue(ok, "element \(index): \(a) vs expected \(e) \(message())", file: file, line: line)
        if !ok { return }
    }
}

/// Asserts that `body` throws `OptimizerError` with exactly `message`.
func assertThrows<T>(
    _ message: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
) {
    do {
        _ = try body()
        XCTFail("expected the error \"\(message)\"", file: file, line: line)
    } catch let error as OptimizerError {
        XCTAssertEqual(error.description, message, file: file, line: line)
    } catch {
        XCTFail("expected an OptimizerError, got \(error)", file: file, line: line)
    }
}

/// A parameter holding `values` (float64 unless told).
func parameter(_ values: [Double], shape: [Int]? = nil, dtype: DType = .float64) -> Parameter {
    Parameter(Tensor(values, shape: shape ?? [values.count]).cast(to: dtype))
}
