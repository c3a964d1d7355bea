import Foundation
import XCTest
@testable import AxonTensor

final class ReductionTests: XCTestCase {
    let x = Tensor((1...24).map(Double.init), shape: [2, 3, 4])

    func testSumOverAllAndGivenAxes() {
        XCTAssertEqual(x.sum().item, 300)
        assertTensor(x.sum(axis: 0), (0..<12).map { Double(2 * $0 + 14) }, shape: [3, 4])
        assertTensor(x.sum(axis: 2), [10, 26, 42, 58, 74, 90], shape: [2, 3])
        assertTensor(x.sum(axis: -2, keepDims: true), [15, 18, 21, 24, 51, 54, 57, 60], shape: [2, 1, 4])
        assertTensor(x.sum(axes: [0, 2]), [68, 100, 132], shape: [3])
        assertTensor(x.sum(axes: [0, 2], keepDims: true), [68, 100, 132], shape: [1, 3, 1])
        XCTAssertEqual(Tensor([1, 2, 3] as [Int64]).sum().scalars(as: Int64.self), [6])
        XCTAssertEqual(Tensor.zeros([0, 3]).sum(axis: 0).floats, [0, 0, 0])
    }

    func testMeanMaxMinArgmax() {
        assertTensor(x.mean(axis: 1), [5, 6, 7, 8, 17, 18, 19, 20], shape: [2, 4])
        XCTAssertEqual(x.max().item, 24)
        assertTensor(x.max(axis: 1), [9, 10, 11, 12, 21, 22, 23, 24], shape: [2, 4])
        assertTensor(x.min(axes: [0, 1]), [1, 2, 3, 4], shape: [4])
        let scores = Tensor([[0.1, 0.7, 0.2], [0.5, 0.1, 0.5]] as [[Double]])
        XCTAssertEqual(scores.argmax(axis: 1).scalars(as: Int64.self), [1, 0])
        XCTAssertEqual(scores.argmax(axis: 0).scalars(as: Int64.self), [1, 0, 1])
        XCTAssertEqual(scores.argmin(axis: 1, keepDims: true).shape, [2, 1])
        XCTAssertEqual(scores.argmax().item, 1)
    }

    func testVarianceAndLogSumExp() {
        let v = Tensor([1, 2, 3, 4] as [Double])
        XCTAssertEqual(v.variance().item, 5.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(v.variance(correction: 0).item, 1.25, accuracy: 1e-15)
        let big = Tensor([[1000, 1000], [-1000, -.infinity]] as [[Double]])
        assertClose(big.logSumExp(axes: [1]).doubles, [1000 + Foundation.log(2), -1000])
        XCTAssertEqual(Tensor([-Double.infinity, -.infinity]).logSumExp().item, -.infinity)
    }

    func testFloat32SumOfManyElementsIsAccurate() {
        let ones = Tensor.full([1_000_003], value: 0.1)
        XCTAssertEqual(ones.sum().item, 1_000_003 * Double(Float(0.1)), accuracy: 0.1)
    }
}
