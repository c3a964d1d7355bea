import AxonTensor
import CAxonKernels
import XCTest

/// Kernels that split large arrays over the thread pool give the same bits
/// whatever the thread count, and cover every element; the block cache hands
/// freed tensor memory back by size class.
final class ThreadedKernelTests: XCTestCase {
    override func tearDown() {
        axon_set_threads(0)
        super.tearDown()
    }

    /// Above the split threshold (32,768 elements) and not a multiple of the
    /// 64-element chunk alignment, so the last chunk has a vector tail.
    static let length = 70_001

    static func values(_ count: Int, seed: UInt32) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return Float(Int32(bitPattern: state >> 8) - (1 << 23)) / Float(1 << 21)
        }
    }

    /// `body` run with one, two and three threads; the results must be equal bit for bit.
    func assertSameBitsAcrossThreadCounts<T: Equatable>(_ name: String, _ body: () -> T) {
        axon_set_threads(1)
        let serial = body()
        for threads: Int32 in [2, 3] {
            axon_set_threads(threads)
            XCTAssert(body() == serial, "\(name): \(threads) threads differ from one")
        }
    }

    func bits(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

    func testBinaryOpsSplitOverThreadsEqualSerialAndCoverEveryElement() {
        let x = Self.values(Self.length, seed: 1), y = Self.values(Self.length, seed: 2)
        for op in [AXON_ADD, AXON_MUL, AXON_DIV, AXON_RELU_BACKWARD, AXON_TANH_BACKWARD] {
            assertSameBitsAcrossThreadCounts("binary \(op.rawValue)") {
                var z = [Float](repeating: .nan, count: Self.length + 1)
                axon_binary_f32(op, x, y, &z, Int64(Self.length))
                XCTAssert(z[Self.length].isNaN, "wrote past n")
                return bits(Array(z.prefix(Self.length)))
            }
            assertSameBitsAcrossThreadCounts("vector-scalar \(op.rawValue)") {
                var z = [Float](repeating: .nan, count: Self.length)
                axon_binary_vs_f32(op, x, 0.75, &z, Int64(Self.length))
                return bits(z)
            }
        }
        axon_set_threads(2)
        var sum = [Float](repeating: .nan, count: Self.length)
        axon_binary_f32(AXON_ADD, x, y, &sum, Int64(Self.length))
        for i in 0..<Self.length where sum[i] != x[i] + y[i] {
            return XCTFail("element \(i): \(sum[i]) is not \(x[i]) + \(y[i])")
        }
    }

    func testUnaryOpsSplitOverThreadsEqualSerial() {
        let x = Self.values(Self.length, seed: 3).map { $0 / 8 }
        for op in [AXON_EXP, AXON_TANH, AXON_SIGMOID, AXON_RELU, AXON_SQRT] {
            assertSameBitsAcrossThreadCounts("unary \(op.rawValue)") {
                var y = [Float](repeating: 42, count: Self.length + 1)
                axon_unary_f32(op, x, &y, Int64(Self.length))
                XCTAssertEqual(y[Self.length], 42, "wrote past n")
                return bits(Array(y.prefix(Self.length)))
            }
        }
        let doubles = x.map(Double.init)
        assertSameBitsAcrossThreadCounts("unary f64 exp") {
            var y = [Double](repeating: 0, count: Self.length)
            axon_unary_f64(AXON_EXP, doubles, &y, Int64(Self.length))
            return y.map(\.bitPattern)
        }
    }

    /// 70 planes of 27×27 (51,030 elements): split over threads by planes.
    func testPoolingSplitOverThreadsEqualsSerial() {
        let planes = 70, side = 27
        let x = Self.values(planes * side * side, seed: 4)
        var window = axon_conv_geometry(channels: 1, height: Int64(side), width: Int64(side), kernel_h: 3, kernel_w: 3,
                                        stride_h: 2, stride_w: 2, dilation_h: 1, dilation_w: 1,
                                        pad_top: 1, pad_left: 1, pad_bottom: 1, pad_right: 1, out_h: 14, out_w: 14)
        let outputs = 14 * 14
        let dy = Self.values(planes * outputs, seed: 5)
        assertSameBitsAcrossThreadCounts("max pool") {
            var y = [Float](repeating: .nan, count: planes * outputs)
            var indices = [Int64](repeating: -1, count: planes * outputs)
            axon_max_pool2d_f32(&window, Int64(planes), x, &y, &indices)
            var dx = [Float](repeating: .nan, count: x.count)  // overwritten: every element not a maximum is zero
            axon_max_pool2d_backward_f32(Int64(planes), Int64(side * side), Int64(outputs), dy, indices, &dx)
            XCTAssertFalse(dx.contains { $0.isNaN }, "max pool backward left an element unwritten")
            return [bits(y), indices.map { UInt32(truncatingIfNeeded: $0) }, bits(dx)]
        }
        assertSameBitsAcrossThreadCounts("average pool") {
            var y = [Float](repeating: .nan, count: planes * outputs)
            axon_avg_pool2d_f32(&window, Int64(planes), 1, x, &y)
            var dx = [Float](repeating: 0, count: x.count)
            axon_avg_pool2d_backward_f32(&window, Int64(planes), 1, dy, &dx)
            return [bits(y), bits(dx)]
        }
        // Every plane pooled: the last plane's maximum is its own, not left over.
        axon_set_threads(2)
        var y = [Float](repeating: .nan, count: planes * outputs)
        var indices = [Int64](repeating: -1, count: planes * outputs)
        axon_max_pool2d_f32(&window, Int64(planes), x, &y, &indices)
        let last = (planes - 1) * side * side
        let corner = (0..<2).flatMap { r in (0..<2).map { c in x[last + r * side + c] } }.max()!
        XCTAssertEqual(y[(planes - 1) * outputs], corner)
    }

    /// One row times Wᵀ (a linear layer at batch 1) above the split size,
    /// with row counts that leave a remainder of one to three rows after the
    /// four-row groups and the per-thread shares: each output is the serial
    /// dot product, bit for bit, and near a float64 reference.
    func testSingleRowProductsSplitOverThreadsEqualSerial() {
        for (n, k) in [(256, 784), (130, 257), (67, 300)] {
            let w = Self.values(n * k, seed: 3), x = Self.values(k, seed: 4), bias = Self.values(n, seed: 5)
            for withBias in [false, true] {
                var y = [Float](repeating: .nan, count: n + 1)
                assertSameBitsAcrossThreadCounts("\(n)×\(k) bias \(withBias)") {
                    y = [Float](repeating: .nan, count: n + 1)
                    if withBias {
                        axon_gemm_bias_f32(0, 1, 1, Int64(n), Int64(k), x, Int64(k), w, Int64(k), bias, &y, Int64(n))
                    } else {
                        axon_gemm_f32(0, 1, 1, Int64(n), Int64(k), x, Int64(k), w, Int64(k), 0, &y, Int64(n))
                    }
                    return bits(y)
                }
                XCTAssert(y[n].isNaN, "wrote past n")
                for j in 0..<n {
                    var exact = withBias ? Double(bias[j]) : 0
                    for p in 0..<k { exact += Double(x[p]) * Double(w[j * k + p]) }
                    XCTAssertEqual(Double(y[j]), exact, accuracy: 1e-4 * Swift.max(1, abs(exact)), "\(n)×\(k) row \(j)")
                }
            }
        }
    }

    func testBlockCacheReusesAFreedBlockOfTheSameSizeClass() {
        axon_block_release_cached()
        XCTAssertEqual(axon_block_cached_bytes(), 0)
        guard let first = axon_block_allocate(100_000) else { return XCTFail("no block") }
        XCTAssertEqual(Int(bitPattern: first) % 64, 0, "blocks are 64-byte aligned")
        memset(first, 1, 100_000)
        axon_block_free(first, 100_000)
        // 100,000 bytes lies in [64 KB, 128 KB), whose classes are 8 KB apart: 104 KB.
        XCTAssertEqual(axon_block_cached_bytes(), 106_496)
        // 99,000 bytes is the same class: the same block comes back.
        let second = axon_block_allocate(99_000)
        XCTAssertEqual(second, first)
        XCTAssertEqual(axon_block_cached_bytes(), 0)
        // A larger class does not take it.
        axon_block_free(second, 99_000)
        let larger = axon_block_allocate(120_000)
        XCTAssertNotEqual(larger, first)
        axon_block_free(larger, 120_000)
        XCTAssertEqual(axon_block_cached_bytes(), 106_496 + 122_880)
        axon_block_release_cached()
        XCTAssertEqual(axon_block_cached_bytes(), 0)
    }

    /// A tensor of 1 MB returns its memory to the cache when it goes, and
    /// `CPU.releaseCachedMemory` empties the cache.
    func testTensorMemoryIsCachedAndReleased() {
        CPU.releaseCachedMemory()
        XCTAssertEqual(CPU.cachedMemoryBytes, 0)
        do {
            let tensor = Tensor.zeros([512, 512], dtype: .float32)
            XCTAssertEqual(tensor.sum().item, 0)
        }
        XCTAssertGreaterThanOrEqual(CPU.cachedMemoryBytes, 1 << 20)
        CPU.releaseCachedMemory()
        XCTAssertEqual(CPU.cachedMemoryBytes, 0)
    }

    func testSmallBlocksAreNotCached() {
        axon_block_release_cached()
        let block = axon_block_allocate(1000)
        XCTAssertNotNil(block)
        axon_block_free(block, 1000)
        XCTAssertEqual(axon_block_cached_bytes(), 0)
    }
}
