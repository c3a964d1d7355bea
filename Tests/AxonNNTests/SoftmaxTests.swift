import AxonNN
import AxonTensor
import XCTest

final class SoftmaxTests: XCTestCase {
    private func function(_ name: String) -> (Tensor) -> Tensor {
        name == "softmax" ? { softmax($0, axis: 1) } : { logSoftmax($0, axis: 1) }
    }

    private func check(dtype: DType, rtol: Double, atol: Double) {
        XCTAssertEqual(FunctionalFixture.shared.softmax.map(\.name), ["softmax", "log_softmax"])
        for case_ in FunctionalFixture.shared.softmax {
            let f = function(case_.name)
            let x = Tensor(case_.x).cast(to: dtype), w = Tensor(case_.w).cast(to: dtype)
            let (_, grad) = valueAndGradient(at: x) { (f($0) * w).sum() }
            let y = f(x)
            XCTAssertEqual(y.shape, [6, 5])
            assertClose(y.doubles, case_.y.flatMap { $0 }, rtol: rtol, atol: atol, "\(case_.name) \(dtype) value")
            assertClose(grad.doubles, case_.grad.flatMap { $0 }, rtol: rtol, atol: atol, "\(case_.name) \(dtype) gradient")
            assertFinite(y)
            assertFinite(grad)
        }
    }

    func testMatchesPyTorchInFloat64() {
        check(dtype: .float64, rtol: Tolerance.pytorchFloat64, atol: 0)
    }

    func testMatchesPyTorchInFloat32() {
        check(dtype: .float32, rtol: Tolerance.pytorchFloat32, atol: Tolerance.pytorchFloat32)
    }

    func testRowsSumToOneAndLogSoftmaxStaysFiniteFarBelowTheMaximum() {
        let x = Tensor([[1000.0, 0, -1000], [-90, 90, 0]])
        assertClose(softmax(x).sum(axis: 1).doubles, [1, 1])
        let logs = logSoftmax(x)
        assertFinite(logs)
        assertClose(logs.doubles, [0, -1000, -2000, -180, 0, -90], rtol: 1e-15)
    }

    func testOtherAxesAndGradcheck() {
        let x = randomTensor([3, 4, 2], seed: 21, scale: 3)
        for axis in [0, 1, -1] {
            let sums = softmax(x, axis: axis).sum(axis: axis)
            assertClose(sums.doubles, [Double](repeating: 1, count: sums.count), rtol: 1e-14)
            XCTAssertTrue(gradcheck({ softmax($0[0], axis: axis) }, inputs: [x]).passed, "softmax axis \(axis)")
            XCTAssertTrue(gradcheck({ logSoftmax($0[0], axis: axis) }, inputs: [x]).passed, "logSoftmax axis \(axis)")
        }
    }

    func testLayerOutputShapeRejectsAMissingAxis() {
        assertThrowsModuleError(["Softmax", "axis 2", "[4, 3]"]) { () throws(ModuleError) in
            _ = try Softmax(axis: 2).outputShape(forInput: [4, 3])
        }
        XCTAssertEqual(try LogSoftmax(axis: -1).outputShape(forInput: [4, 3]), [4, 3])
    }
}
