import XCTest
@testable import AxonTensor

final class MatmulTests: XCTestCase {
    /// The textbook triple loop, in float64.
    func naive(_ a: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { for p in 0..<k { c[i * n + j] += a[i * k + p] * b[p * n + j] } } }
        return c
    }

    func testHandComputedProduct() {
        let a = Tensor([[1, 2], [3, 4], [5, 6]] as [[Double]])
        let b = Tensor([[1, 0, 2], [0, 1, 3]] as [[Double]])
        assertTensor(a.matmul(b), [1, 2, 8, 3, 4, 18, 5, 6, 28], shape: [3, 3])
    }

    func testAllFormsAgainstTheNaiveProduct() {
        var generator = RandomGenerator(seed: 11)
        for (m, n, k) in [(1, 1, 1), (3, 17, 5), (31, 3, 65), (17, 33, 9)] {
            for dtype in [DType.float32, .float64] {
                let a = Tensor.randomNormal([m, k], dtype: dtype, generator: &generator)
                let b = Tensor.randomNormal([k, n], dtype: dtype, generator: &generator)
                let expected = naive(a.doubles, b.doubles, m: m, n: n, k: k)
                let rtol = dtype == .float32 ? 1e-4 : 1e-12
                assertClose(Tensor.matmul(a, b).doubles, expected, rtol: rtol, atol: rtol, "nn \(m)x\(n)x\(k)")
                assertClose(Tensor.matmul(a.T, b, transposeA: true).doubles, expected, rtol: rtol, atol: rtol, "tn")
                assertClose(Tensor.matmul(a, b.T, transposeB: true).doubles, expected, rtol: rtol, atol: rtol, "nt")
                assertClose(Tensor.matmul(a.T, b.T, transposeA: true, transposeB: true).doubles, expected, rtol: rtol, atol: rtol, "tt")
            }
        }
    }

    func testBatchedProducts() {
        var generator = RandomGenerator(seed: 12)
        let a = Tensor.randomNormal([3, 4, 5], dtype: .float64, generator: &generator)
        let b = Tensor.randomNormal([3, 5, 2], dtype: .float64, generator: &generator)
        let shared = Tensor.randomNormal([5, 2], dtype: .float64, generator: &generator)
        let batched = Tensor.matmul(a, b)
        let broadcast = Tensor.matmul(a, shared)
        XCTAssertEqual(batched.shape, [3, 4, 2])
        for item in 0..<3 {
            assertClose(batched[item].doubles, Tensor.matmul(a[item], b[item]).doubles)
            assertClose(broadcast[item].doubles, Tensor.matmul(a[item], shared).doubles)
        }
    }
}
