import XCTest
@testable import AxonTensor

final class GradcheckTests: XCTestCase {
    func testEveryDifferentiableOpMatchesFiniteDifferences() {
        let cases = GradcheckSuite.cases()
        XCTAssertGreaterThan(cases.count, 40)
        for testCase in cases {
            let result = testCase.run()
            XCTAssertTrue(result.passed, "\(testCase.name): max abs \(result.maxAbsoluteError), max rel \(result.maxRelativeError)")
            XCTAssertLessThan(result.maxRelativeError, 1e-4, testCase.name)
        }
    }

    func testGradcheckCatchesAWrongGradient() {
        // A gradient rule that is off by a factor of two must fail.
        let wrong: ([Tensor]) -> Tensor = { inputs in
            let x = inputs[0]
            let y = x.detached().squared()
            return Tensor.record("wrong square", y, x) { g in [g * x.detached()] }
        }
        let result = gradcheck(wrong, inputs: [Tensor([1, 2, 3] as [Double])])
        XCTAssertFalse(result.passed)
        XCTAssertEqual(result.maxRelativeError, 0.5, accuracy: 1e-6)
    }
}
