import XCTest
@testable import AxonTensor

final class TensorCreationTests: XCTestCase {
    func testFromArraysKeepsOrderShapeAndDType() {
        let t = Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        XCTAssertEqual(t.shape, [2, 3])
        XCTAssertEqual(t.dtype, .float32)
        XCTAssertEqual(t.floats, [1, 2, 3, 4, 5, 6])
        let rows = Tensor([[1.0, 2.0], [3.0, 4.0]])
        XCTAssertEqual(rows.shape, [2, 2])
        XCTAssertEqual(rows.dtype, .float64)
        XCTAssertEqual(Tensor([3, 1] as [Int64]).dtype, .int64)
        XCTAssertEqual(Tensor([7, 255] as [UInt8]).scalars(as: UInt8.self), [7, 255])
    }

    func testInitializingWithWritesStraightIntoStorage() {
        let t = Tensor(shape: [2, 3], of: Int64.self) { buffer in
            for i in buffer.indices { buffer[i] = Int64(i * i) }
        }
        XCTAssertEqual(t.dtype, .int64)
        XCTAssertEqual(t.scalars(as: Int64.self), [0, 1, 4, 9, 16, 25])
    }

    func testFillers() {
        XCTAssertEqual(Tensor.zeros([2, 2]).floats, [0, 0, 0, 0])
        XCTAssertEqual(Tensor.ones([3], dtype: .int64).scalars(as: Int64.self), [1, 1, 1])
        XCTAssertEqual(Tensor.full([2], value: 2.5, dtype: .float64).doubles, [2.5, 2.5])
        XCTAssertEqual(Tensor.eye(3).floats, [1, 0, 0, 0, 1, 0, 0, 0, 1])
        XCTAssertEqual(Tensor(4.5).shape, [])
        XCTAssertEqual(Tensor(4.5).item, 4.5)
    }

    func testArangeAndLinspaceFollowPyTorch() {
        XCTAssertEqual(Tensor.arange(0, 5).floats, [0, 1, 2, 3, 4])
        XCTAssertEqual(Tensor.arange(1, 2, step: 0.25, dtype: .float64).doubles, [1, 1.25, 1.5, 1.75])
        XCTAssertEqual(Tensor.arange(3, 0, step: -1).floats, [3, 2, 1])
        XCTAssertEqual(Tensor.arange(0, 0).count, 0)
        XCTAssertEqual(Tensor.linspace(0, 1, count: 5, dtype: .float64).doubles, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(Tensor.linspace(-1, 1, count: 1).floats, [-1])
        XCTAssertEqual(Tensor.linspace(0, 0.3, count: 4, dtype: .float64).doubles.last, 0.3)
    }

    func testDescriptionShowsValuesShapeAndDType() {
        let t = Tensor([[1.5, 2], [3, 4]] as [[Float]])
        XCTAssertEqual(t.description, "tensor([[1.5000, 2.0000],\n        [3.0000, 4.0000]], shape: [2, 2], dtype: float32)")
        XCTAssertEqual(Tensor([1, 2] as [Int64]).description, "tensor([1, 2], shape: [2], dtype: int64)")
        XCTAssertEqual(Tensor(3, dtype: .float64).description, "tensor(3.0000, shape: [], dtype: float64)")
    }

    func testLongTensorsAreElidedLikePyTorch() {
        let t = Tensor.arange(0, 2000)
        XCTAssertTrue(t.description.hasPrefix("tensor([   0.0000,    1.0000,    2.0000, ..., 1997.0000, 1998.0000, 1999.0000]"), t.description)
        let matrix = Tensor.zeros([100, 100]).description
        XCTAssertEqual(matrix.components(separatedBy: "...").count - 1, 6 + 1, matrix)  // six shown rows elided, plus the elided rows
    }

    func testShapeErrorsNameTheOpAndShapes() {
        XCTAssertThrowsError(try Shape.broadcast([2, 3], [4, 3], op: "add")) { error in
            XCTAssertEqual((error as? ShapeError)?.message, "add: [2, 3] and [4, 3] cannot broadcast: dimension -2 is 2 and 4")
        }
        XCTAssertThrowsError(try MatmulShape([3, 4], [5, 6], transposeA: false, transposeB: false)) { error in
            XCTAssertEqual((error as? ShapeError)?.message, "matmul: [3, 4] and [5, 6]: inner dimensions 4 and 5 differ")
        }
        XCTAssertThrowsError(try Shape.normalizeAxis(3, rank: 2, op: "sum")) { error in
            XCTAssertEqual((error as? ShapeError)?.message, "sum: axis 3 is out of range for a tensor of rank 2")
        }
    }
}
