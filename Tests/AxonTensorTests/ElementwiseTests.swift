import Foundation
import XCTest
@testable import AxonTensor

final class ElementwiseTests: XCTestCase {
    func testBroadcastingAgainstHandComputedValues() {
        let column = Tensor([[1], [2], [3]] as [[Double]])          // [3, 1]
        let row = Tensor([10, 20] as [Double])                       // [2]
        assertTensor(column + row, [11, 21, 12, 22, 13, 23], shape: [3, 2])
        assertTensor(column * row, [10, 20, 20, 40, 30, 60], shape: [3, 2])
        assertTensor(row - column, [9, 19, 8, 18, 7, 17], shape: [3, 2])
        let batch = Tensor((1...12).map(Double.init), shape: [2, 3, 2])
        let bias = Tensor([100, 200, 300] as [Double], shape: [3, 1])
        assertTensor(batch + bias, [101, 102, 203, 204, 305, 306, 107, 108, 209, 210, 311, 312], shape: [2, 3, 2])
        assertTensor(Tensor(2, dtype: .float64) / Tensor([1, 4] as [Double]), [2, 0.5], shape: [2])
        let lonely = Tensor([5] as [Double], shape: [1, 1, 1])
        assertTensor(lonely - Tensor([1, 2] as [Double]), [4, 3], shape: [1, 1, 2])
    }

    func testBroadcastingWithStretchedMiddleAxes() {
        let a = Tensor((0..<6).map(Double.init), shape: [2, 1, 3])
        let b = Tensor([0, 10] as [Double], shape: [1, 2, 1])
        assertTensor(a + b, [0, 1, 2, 10, 11, 12, 3, 4, 5, 13, 14, 15], shape: [2, 2, 3])
    }

    func testElementwiseFunctions() {
        let x = Tensor([-2, -0.5, 0, 0.5, 2] as [Double])
        assertClose(x.exp().doubles, x.doubles.map { Foundation.exp($0) })
        assertClose(x.tanh().doubles, x.doubles.map { Foundation.tanh($0) })
        assertClose(x.sigmoid().doubles, x.doubles.map { 1 / (1 + Foundation.exp(-$0)) })
        XCTAssertEqual(x.relu().doubles, [0, 0, 0, 0.5, 2])
        XCTAssertEqual(x.abs().doubles, [2, 0.5, 0, 0.5, 2])
        XCTAssertEqual(x.squared().doubles, [4, 0.25, 0, 0.25, 4])
        XCTAssertEqual(x.clamped(min: -1, max: 1).doubles, [-1, -0.5, 0, 0.5, 1])
        XCTAssertEqual(x.pow(2).doubles, [4, 0.25, 0, 0.25, 4])
        let positive = Tensor([0.25, 1, 4] as [Double])
        XCTAssertEqual(positive.sqrt().doubles, [0.5, 1, 2])
        assertClose(positive.log().doubles, [Foundation.log(0.25), 0, Foundation.log(4)])
        XCTAssertEqual(Tensor.maximum(x, Tensor(0.1, dtype: .float64)).doubles, [0.1, 0.1, 0.1, 0.5, 2])
        XCTAssertEqual(Tensor.minimum(x, Tensor(0.1, dtype: .float64)).doubles, [-2, -0.5, 0, 0.1, 0.1])
    }

    func testFloat32FunctionsAgreeWithFloat64() {
        var generator = RandomGenerator(seed: 3)
        let x = Tensor.randomNormal([257], standardDeviation: 4, dtype: .float64, generator: &generator)
        let x32 = x.cast(to: .float32)
        assertClose(x32.exp().doubles, x.cast(to: .float32).cast(to: .float64).exp().doubles, rtol: 1e-6)
        assertClose(x32.tanh().doubles, x32.cast(to: .float64).tanh().doubles, rtol: 1e-6, atol: 1e-7)
        assertClose(x32.sigmoid().doubles, x32.cast(to: .float64).sigmoid().doubles, rtol: 1e-6, atol: 1e-7)
        let positive = x32.abs() + 1e-3
        assertClose(positive.log().doubles, positive.cast(to: .float64).log().doubles, rtol: 1e-6, atol: 1e-7)
    }

    func testExtremeValuesStayFinite() {
        let x = Tensor([-1000, -90, 90, 1000] as [Float])
        let sigmoid = x.sigmoid().floats
        XCTAssertEqual(sigmoid[0], 0)
        XCTAssertEqual(sigmoid[1], 0, accuracy: 1e-38)   // 8.2e-40 exactly; a flush to zero is allowed
        XCTAssertEqual(Array(sigmoid[2...]), [1, 1])
        XCTAssertEqual(x.tanh().floats, [-1, -1, 1, 1])
        XCTAssertEqual(Tensor([-1000] as [Float]).exp().floats, [0])
        XCTAssertEqual(Tensor([1000] as [Float]).exp().floats, [.infinity])
        XCTAssertEqual(Tensor([0] as [Float]).log().floats, [-.infinity])
        XCTAssertTrue(Tensor([-1] as [Float]).log().floats[0].isNaN)
    }

    func testComparisonsGiveMasksAndWhereSelects() {
        let a = Tensor([1, 5, 3] as [Double]), b = Tensor([2, 5, 1] as [Double])
        XCTAssertEqual((a .< b).scalars(as: Bool.self), [true, false, false])
        XCTAssertEqual((a .== b).scalars(as: Bool.self), [false, true, false])
        XCTAssertEqual((a .>= 3).scalars(as: Bool.self), [false, true, true])
        XCTAssertEqual((a .!= b).dtype, .bool)
        XCTAssertEqual(((a .> 1) & (b .> 1)).scalars(as: Bool.self), [false, true, false])
        XCTAssertEqual(((a .> 4) | (b .< 2)).scalars(as: Bool.self), [false, true, true])
        XCTAssertEqual(Tensor.where(a .> b, a, b).doubles, [2, 5, 3])
        let column = Tensor([[true], [false]])
        assertTensor(Tensor.where(column, Tensor([1, 2] as [Double]), Tensor(0, dtype: .float64)), [1, 2, 0, 0], shape: [2, 2])
    }

    func testCountEqualCountsMatchingPositions() {
        let predicted = Tensor([3, 1, 4, 1, 5, 9, 2, 6] as [Int64]), labels = Tensor([3, 2, 4, 1, 0, 9, 2, 7] as [Int64])
        XCTAssertEqual(predicted.countEqual(labels), 5)
        XCTAssertEqual(predicted.countEqual(predicted), 8)
        XCTAssertEqual(Tensor([1, 2] as [Int64]).countEqual(Tensor([2, 1] as [Int64])), 0)
        // Other integer types compare by value, as int64.
        XCTAssertEqual(Tensor([5, -3] as [Int64]).cast(to: .int32).countEqual(Tensor([5, 3] as [Int64])), 1)
        // A classifier's correct predictions: the arg max of each row against its label.
        let logits = Tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]] as [[Double]])
        XCTAssertEqual(logits.argmax(axis: 1).countEqual(Tensor([1, 1, 1] as [Int64])), 2)
    }

    func testNaNPropagatesThroughMaximumAndReductions() {
        let x = Tensor([1, .nan, 3] as [Double])
        XCTAssertTrue(Tensor.maximum(x, Tensor(2, dtype: .float64)).doubles[1].isNaN)
        XCTAssertTrue(x.max().item.isNaN)
        XCTAssertTrue(x.sum().item.isNaN)
        XCTAssertEqual(x.argmax().item, 1)
    }
}
