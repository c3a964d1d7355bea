import Foundation
import XCTest
@testable import AxonTensor

final class AutogradTests: XCTestCase {
    func leaf(_ values: [Double], shape: [Int]? = nil) -> Tensor {
        var t = Tensor(values, shape: shape ?? [values.count])
        t.requiresGrad = true
        return t
    }

    func testChainRuleThroughASmallGraph() {
        // y = sum((a·b + a)²) with a = [1, 2], b = [3, 4]: dy/da = 2(ab + a)(b + 1), dy/db = 2(ab + a)a.
        let a = leaf([1, 2]), b = leaf([3, 4])
        let y = (a * b + a).squared().sum()
        y.backward()
        XCTAssertEqual(y.item, 16 + 100)
        XCTAssertEqual(a.grad?.doubles, [2 * 4 * 4, 2 * 10 * 5])
        XCTAssertEqual(b.grad?.doubles, [2 * 4 * 1, 2 * 10 * 2])
    }

    func testATensorUsedManyTimesGetsEveryContribution() {
        let x = leaf([3])
        var y = x
        for _ in 0..<9 { y = y + x }      // y = 10x
        (y * x).sum().backward()          // d(10x²)/dx = 20x
        XCTAssertEqual(x.grad?.doubles, [60])
    }

    func testGradientsAccumulateUntilCleared() {
        let x = leaf([1, 2])
        (x * 3).sum().backward()
        (x * 3).sum().backward()
        XCTAssertEqual(x.grad?.doubles, [6, 6])
        x.grad = nil
        (x * 2).sum().backward()
        XCTAssertEqual(x.grad?.doubles, [2, 2])
    }

    func testAnOpNamedLeafIsNotALeaf() {
        // Being a leaf is what a node is, not what its op is called: a custom
        // op named "leaf" still passes the gradient on to its input.
        let x = leaf([1, 2])
        let y = Tensor.custom("leaf", [x], forward: { $0[0] * 3 }, backward: { g in [g * 3] })
        XCTAssertFalse(y.isLeaf)
        y.sum().backward()
        XCTAssertEqual(x.grad?.doubles, [3, 3])
    }

    func testBroadcastGradientsSumBackToEachInputShape() {
        let matrix = leaf([1, 2, 3, 4, 5, 6], shape: [2, 3])
        let row = leaf([1, 1, 1], shape: [3])
        let column = leaf([1, 1], shape: [2, 1])
        (matrix * row + column).sum().backward()
        XCTAssertEqual(row.grad?.shape, [3])
        XCTAssertEqual(row.grad?.doubles, [5, 7, 9])
        XCTAssertEqual(column.grad?.shape, [2, 1])
        XCTAssertEqual(column.grad?.doubles, [3, 3])
    }

    func testNoGradAndDetachStopRecording() {
        let x = leaf([2])
        let y = noGrad { x * x }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertFalse(x.detached().requiresGrad)
        let z = x * x.detached()
        z.sum().backward()
        XCTAssertEqual(x.grad?.doubles, [2])
        XCTAssertTrue(GradMode.isEnabled)
    }

    func testExplicitUpstreamGradient() {
        let x = leaf([1, 2, 3])
        let y = x * 2
        y.backward(Tensor([1, 0, -1] as [Double]))
        XCTAssertEqual(x.grad?.doubles, [2, 0, -2])
    }

    func testRetainGraphAllowsASecondPass() {
        let x = leaf([1])
        let y = (x.exp() * 2).sum()
        y.backward(retainGraph: true)
        y.backward()
        assertClose(x.grad!.doubles, [4 * Foundation.exp(1.0)])
    }

    func testAGraphThousandsOfOpsDeepDoesNotOverflowTheStack() {
        let x = leaf([0.5])
        var y = x
        for _ in 0..<20_000 { y = y * 1.0001 + 0.0 }
        y.sum().backward()
        XCTAssertEqual(x.grad!.item, Foundation.pow(1.0001, 20_000), accuracy: 1e-6)
    }

    func testValueAndGradientIsTheFunctionalForm() {
        let (value, gradient) = valueAndGradient(at: Tensor([1, 2, 3] as [Double])) { ($0 * $0).sum() }
        XCTAssertEqual(value.item, 14)
        XCTAssertEqual(gradient.doubles, [2, 4, 6])
        XCTAssertFalse(value.requiresGrad)
        let (_, gradients) = valueAndGradient(at: [Tensor([2] as [Double]), Tensor([5] as [Double])]) { ($0[0] * $0[1]).sum() }
        XCTAssertEqual(gradients.map(\.doubles), [[5], [2]])
    }

    func testMaxSharesTheGradientAmongTies() {
        let x = leaf([1, 3, 3])
        x.max().backward()
        XCTAssertEqual(x.grad?.doubles, [0, 0.5, 0.5])
    }

    func testFloat32GradientsAreFloat32() {
        var w = Tensor([0.5, -0.5] as [Float])
        w.requiresGrad = true
        (w.tanh() * 2).sum().backward()
        XCTAssertEqual(w.grad?.dtype, .float32)
        assertClose(w.grad!.doubles, [0.5, -0.5].map { 2 * (1 - Foundation.tanh($0) * Foundation.tanh($0)) }, rtol: 1e-6)
    }
}
