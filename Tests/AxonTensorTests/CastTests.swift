import XCTest
@testable import AxonTensor

final class CastTests: XCTestCase {
    func testCastsConvertLikeC() {
        let t = Tensor([-1.7, -0.2, 0, 2.9, 300] as [Double])
        XCTAssertEqual(t.cast(to: .int64).scalars(as: Int64.self), [-1, 0, 0, 2, 300])
        XCTAssertEqual(t.cast(to: .bool).scalars(as: Bool.self), [true, true, false, true, true])
        XCTAssertEqual(t.cast(to: .float32).floats, [-1.7, -0.2, 0, 2.9, 300])
        XCTAssertEqual(Tensor([0, 128, 255] as [UInt8]).cast(to: .float32).floats, [0, 128, 255])
        XCTAssertEqual(Tensor([true, false]).cast(to: .float64).doubles, [1, 0])
        XCTAssertEqual(Tensor([5, -3] as [Int64]).cast(to: .int32).scalars(as: Int32.self), [5, -3])
    }

    func testFloatCastRoundsToNearestAndKeepsGradients() {
        var x = Tensor([0.1, 1e-50] as [Double])
        XCTAssertEqual(x.cast(to: .float32).floats, [Float(0.1), 0])
        x.requiresGrad = true
        let y = (x.cast(to: .float32) * 3).sum()
        y.backward()
        XCTAssertEqual(x.grad?.dtype, .float64)
        XCTAssertEqual(x.grad?.doubles, [3, 3])
    }

    func testMixedDTypesPromoteLikePyTorch() {
        let a = Tensor([1, 2] as [Float]), b = Tensor([0.5, 0.25] as [Double])
        XCTAssertEqual((a + b).dtype, .float64)
        let labels = Tensor([1, 2] as [Int64])
        XCTAssertEqual((labels + a).dtype, .float32)
        XCTAssertEqual((labels * 2).dtype, .int64)
        XCTAssertEqual((labels * 2).scalars(as: Int64.self), [2, 4])
        XCTAssertEqual((labels / 4).floats, [0.25, 0.5])
    }
}

final class IntegerConversionTests: XCTestCase {
    func testIntegersConvertEveryDType() {
        XCTAssertEqual(Tensor([3, -1] as [Int64]).integers, [3, -1])
        XCTAssertEqual(Tensor([2.9, -1.5] as [Float]).integers, [2, -1])
        XCTAssertEqual(Tensor([7, 255] as [UInt8]).integers, [7, 255])
        XCTAssertEqual(Tensor([true, false]).integers, [1, 0])
    }
}
