import XCTest
@testable import AxonTensor

final class ValueSemanticsTests: XCTestCase {
    func testWritingOneCopyNeverShowsInAnother() {
        var a = Tensor([1, 2, 3] as [Float])
        let b = a
        a += Tensor([10, 10, 10] as [Float])
        XCTAssertEqual(a.floats, [11, 12, 13])
        XCTAssertEqual(b.floats, [1, 2, 3])
    }

    func testReshapeSharesUntilWritten() {
        var a = Tensor([1, 2, 3, 4] as [Double])
        let matrix = a.reshaped([2, 2])
        a *= 2
        XCTAssertEqual(matrix.doubles, [1, 2, 3, 4])
        XCTAssertEqual(a.doubles, [2, 4, 6, 8])
    }

    func testInPlaceUpdateUnderNoGradKeepsTheLeaf() {
        var w = Tensor([1, 2] as [Double])
        w.requiresGrad = true
        let y = (w * w).sum()
        y.backward()
        noGrad { w -= w.grad! * 0.5 }
        XCTAssertTrue(w.requiresGrad)
        XCTAssertTrue(w.isLeaf)
        XCTAssertEqual(w.doubles, [0, 0])
        XCTAssertEqual(w.grad?.doubles, [2, 4])
    }

    func testGraphKeepsTheValuesItSawWhenAParameterChangesAfterward() {
        var w = Tensor([3] as [Double])
        w.requiresGrad = true
        let x = Tensor([2] as [Double])
        let y = (w * x * w).sum()        // dy/dw = 2·w·x = 12 at w = 3
        noGrad { w += 100 }
        y.backward()
        XCTAssertEqual(w.grad?.doubles, [12])
    }
}
