import XCTest
import AxonTensor
@testable import AxonOptim

/// Clipping by global norm and by value, as torch.nn.utils does it.
final class GradientClippingTests: XCTestCase {
    /// Parameters whose gradients are [3, 4] and [12] (2-norm 13), and one without a gradient.
    func parameters() -> [Parameter] {
        let a = parameter([0, 0]), b = parameter([0]), c = parameter([5])
        a.grad = Tensor([3.0, 4.0])
        b.grad = Tensor([12.0])
        return [a, b, c]
    }

    func testClipByNormScalesEveryGradientByOneFactor() {
        let ps = parameters()
        let total = clipGradNorm(ps, maxNorm: 6.5)
        XCTAssertEqual(total, 13, accuracy: 1e-12)
        let c = 6.5 / (13 + 1e-6)
        assertClose(ps[0].grad!.doubles, [3 * c, 4 * c], rtol: 1e-15)
        assertClose(ps[1].grad!.doubles, [12 * c], rtol: 1e-15)
        XCTAssertNil(ps[2].grad)
    }

    func testGradientsWithinTheNormAreUnchanged() {
        let ps = parameters()
        XCTAssertEqual(clipGradNorm(ps, maxNorm: 20), 13, accuracy: 1e-12)
        XCTAssertEqual(ps[0].grad!.doubles, [3, 4])
        XCTAssertEqual(ps[1].grad!.doubles, [12])
    }

    func testOtherNorms() {
        XCTAssertEqual(clipGradNorm(parameters(), maxNorm: 100, normType: 1), 19, accuracy: 1e-12)
        XCTAssertEqual(clipGradNorm(parameters(), maxNorm: 100, normType: .infinity), 12)
        // (3³ + 4³ + 12³)^(1/3)
        XCTAssertEqual(clipGradNorm(parameters(), maxNorm: 100, normType: 3), pow(1819.0, 1.0 / 3.0), accuracy: 1e-12)
        XCTAssertEqual(clipGradNorm([parameter([1])], maxNorm: 1), 0, "no gradients: norm 0")
    }

    func testClipByValue() {
        let ps = parameters()
        clipGradValue(ps, clipValue: 3.5)
        XCTAssertEqual(ps[0].grad!.doubles, [3, 3.5])
        XCTAssertEqual(ps[1].grad!.doubles, [3.5])
        XCTAssertNil(ps[2].grad)
    }
}
