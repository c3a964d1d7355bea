import XCTest
@testable import AxonTensor

final class ShapeOpsTests: XCTestCase {
    let x = Tensor((0..<6).map(Double.init), shape: [2, 3])

    func testReshapeFlattenSqueezeUnsqueeze() {
        XCTAssertEqual(x.reshaped([3, -1]).shape, [3, 2])
        XCTAssertEqual(x.reshaped([3, 2]).doubles, x.doubles)
        XCTAssertEqual(x.reshaped([1, 2, 1, 3]).squeezed().shape, [2, 3])
        XCTAssertEqual(x.unsqueezed(axis: -1).shape, [2, 3, 1])
        XCTAssertEqual(x.unsqueezed(axis: 0).squeezed(axis: 0).shape, [2, 3])
        XCTAssertEqual(Tensor.zeros([2, 3, 4]).flattened(startAxis: 1).shape, [2, 12])
        XCTAssertEqual(x.flattened().shape, [6])
    }

    func testTransposeAndPermute() {
        assertTensor(x.transposed(), [0, 3, 1, 4, 2, 5], shape: [3, 2])
        assertTensor(x.T, [0, 3, 1, 4, 2, 5], shape: [3, 2])
        let cube = Tensor((0..<24).map(Double.init), shape: [2, 3, 4])
        let moved = cube.permuted([2, 0, 1])
        XCTAssertEqual(moved.shape, [4, 2, 3])
        XCTAssertEqual(moved.doubles[0..<6].map { $0 }, [0, 4, 8, 12, 16, 20])
        XCTAssertEqual(moved.permuted([1, 2, 0]).doubles, cube.doubles)
    }

    func testConcatenateStackAndExpand() {
        let y = Tensor([6, 7, 8] as [Double], shape: [1, 3])
        assertTensor(Tensor.concatenate([x, y]), [0, 1, 2, 3, 4, 5, 6, 7, 8], shape: [3, 3])
        let column = Tensor([9, 9] as [Double], shape: [2, 1])
        assertTensor(Tensor.concatenate([x, column], axis: 1), [0, 1, 2, 9, 3, 4, 5, 9], shape: [2, 4])
        let stacked = Tensor.stack([x, x * 10], axis: 1)
        XCTAssertEqual(stacked.shape, [2, 2, 3])
        XCTAssertEqual(stacked.doubles, [0, 1, 2, 0, 10, 20, 3, 4, 5, 30, 40, 50])
        assertTensor(Tensor([1, 2] as [Double], shape: [2, 1]).expanded(to: [2, 3]), [1, 1, 1, 2, 2, 2], shape: [2, 3])
    }

    func testSlicesAndSubscripts() {
        assertTensor(x[1..<2], [3, 4, 5], shape: [1, 3])
        assertTensor(x[1], [3, 4, 5], shape: [3])
        assertTensor(x.slice(axis: 1, 1..<3), [1, 2, 4, 5], shape: [2, 2])
        assertTensor(x[-1], [3, 4, 5], shape: [3])
    }

    func testIndicesCountFromTheEndAndOutOfRangeOnesAreFound() {
        assertTensor(x.indexSelect(indices: Tensor([-1, 0, -2] as [Int64])), [3, 4, 5, 0, 1, 2, 0, 1, 2], shape: [3, 3])
        let backend = CPUBackend()
        XCTAssertEqual(try backend.wrappedIndices(Tensor([0, -1, 2, -3] as [Int64]), bound: 3).get().integers, [0, 2, 2, 0])
        for (indices, bad) in [([0, 3, 1], 1), ([-4, 0], 0), ([1, 2, 9], 2)] as [([Int64], Int)] {
            switch backend.wrappedIndices(Tensor(indices), bound: 3) {
            case .success(let values): XCTFail("\(indices) gave \(values)")
            case .failure(let error): XCTAssertEqual(error.position, bad, "\(indices)")
            }
        }
        XCTAssertEqual(try backend.wrappedIndices(Tensor([] as [Int64]), bound: 0).get().integers, [])
    }

    func testIndexSelectGatherAndOneHot() {
        let rows = x.indexSelect(indices: Tensor([1, 1, 0] as [Int64]))
        assertTensor(rows, [3, 4, 5, 3, 4, 5, 0, 1, 2], shape: [3, 3])
        assertTensor(x.indexSelect(axis: 1, indices: Tensor([2, 0] as [Int32])), [2, 0, 5, 3], shape: [2, 2])
        let picked = x.gather(axis: 1, index: Tensor([2, 0] as [Int64], shape: [2, 1]))
        assertTensor(picked, [2, 3], shape: [2, 1])
        let hot = Tensor([2, 0, 1] as [Int64]).oneHot(classes: 3)
        XCTAssertEqual(hot.shape, [3, 3])
        XCTAssertEqual(hot.floats, [0, 0, 1, 1, 0, 0, 0, 1, 0])
    }

    func testALargeGatherSplitOverThreadsPicksTheRightRows() {
        var generator = RandomGenerator(seed: 8)
        let source = Tensor.randomNormal([700, 512], generator: &generator)   // 1.4 MB: the parallel path
        let picks = Tensor.randomPermutation(700, generator: &generator)[0..<600]
        let gathered = source.indexSelect(indices: picks)
        XCTAssertEqual(gathered.shape, [600, 512])
        let values = source.floats, result = gathered.floats
        for (row, pick) in picks.integers.enumerated() where row % 37 == 0 || row == 599 {
            XCTAssertEqual(Array(result[row * 512 ..< (row + 1) * 512]), Array(values[pick * 512 ..< (pick + 1) * 512]))
        }
    }
}
