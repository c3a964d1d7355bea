import CAxonKernels
import Foundation
import XCTest

/// The C kernels against independent scalar references: GEMM against a naive
/// triple loop in float64, elementwise ops against Swift/libm per element.
/// Sizes stay small: where a debug build has no prebuilt kernels (see
/// Sources/CAxonKernels/prebuilt.h), it compiles the C at -O0.
final class KernelTests: XCTestCase {
    /// Allowed float32 error of exp/log/tanh/sigmoid, in units in the last place.
    static let transcendentalULPs: Float = 4

    override func tearDown() {
        axon_set_threads(0)
        super.tearDown()
    }

    // MARK: - GEMM

    /// A product shape and the form that reads it ("nt": B transposed).
    struct GEMMCase {
        let m: Int, n: Int, k: Int
        let transposeA: Bool, transposeB: Bool
    }

    static let forms = [(false, false), (true, false), (false, true), (true, true)]

    /// Shapes that are not tile multiples (6×16 / 8×32 / 6×8 tiles, kc = 256, mc = 144),
    /// both the narrow (A read in place) and the wide (A packed) paths, and
    /// k beyond one cache block.
    static let smallShapes: [(Int, Int, Int)] = [
        (1, 1, 1), (1, 17, 3), (3, 1, 17), (17, 31, 65), (31, 17, 3), (65, 33, 17),
        (6, 16, 8), (12, 32, 64), (7, 9, 257), (13, 65, 31), (31, 70, 9), (9, 70, 300),
        (150, 20, 5), (150, 70, 5),
        // m of at most two row tiles (B read in place), and narrow n with tall m
        // (tn computes Cᵀ, reading A in place as the transposed problem's B).
        (12, 40, 33), (5, 33, 20), (128, 10, 128), (70, 3, 40), (40, 15, 300), (20, 70, 530),
    ]

    /// Above the 2 MFLOP threshold, so two threads split them: wider than tall
    /// (split along n) and taller than wide (split along m).
    /// Products the pool splits: from 2 MFLOP, and from 0.4 MFLOP when they
    /// come back to back (as these do).
    static let threadedShapes: [(Int, Int, Int)] = [(70, 100, 160), (130, 40, 200), (900, 9, 300), (64, 64, 64), (45, 90, 70)]

    func testGEMMFloat32SmallShapesAllForms() {
        axon_set_threads(1)
        for (m, n, k) in Self.smallShapes {
            for (transposeA, transposeB) in Self.forms {
                checkGEMM(GEMMCase(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB),
                          Float.self)
            }
        }
    }

    func testGEMMFloat64SmallShapesAllForms() {
        axon_set_threads(1)
        for (m, n, k) in Self.smallShapes {
            for (transposeA, transposeB) in Self.forms {
                checkGEMM(GEMMCase(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB),
                          Double.self)
            }
        }
    }

    func testGEMMWithTwoThreads() {
        axon_set_threads(2)
        for (m, n, k) in Self.threadedShapes {
            for (transposeA, transposeB) in Self.forms {
                let shape = GEMMCase(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB)
                checkGEMM(shape, Float.self)
                checkGEMM(shape, Double.self)
            }
        }
    }

    /// On x86 every float32 element of a product whose k fits one cache
    /// block is the chain of fused multiply-adds over p from zero, then
    /// + bias or + C, bit for bit, whichever kernel computes it: the small
    /// products of a tiny network (the direct kernel), and wider, deeper or
    /// taller ones (the AVX2 and AVX-512 tiles). So sending a product to the
    /// direct kernel changes no result. (Not m = 1 with B transposed: the
    /// single-row kernel sums in another order.)
    func testGEMMFloat32ElementsAreTheFusedChainOverK() throws {
        let isa = String(cString: axon_kernel_isa())
        guard isa == "avx2" || isa == "avx512" else { throw XCTSkip("the FMA kernels run on x86 only") }
        axon_set_threads(1)
        let shapes = [(32, 16, 2), (32, 16, 16), (32, 2, 16), (16, 16, 32), (2, 16, 32), (16, 2, 32),
                      (64, 16, 16), (7, 5, 3), (17, 9, 3), (5, 1, 1), (3, 9, 64),
                      (64, 16, 17), (20, 17, 30), (40, 40, 40), (9, 70, 100), (70, 3, 65)]
        for isa in isa == "avx512" ? ["avx512", "avx2"] : ["avx2"] {
            XCTAssertEqual(axon_set_kernel_isa(isa), 1)
            defer { axon_set_kernel_isa(nil) }
            for (m, n, k) in shapes {
                for (transposeA, transposeB) in Self.forms {
                    try checkFusedChain(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, isa: isa)
                }
            }
        }
    }

    private func checkFusedChain(m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool, isa: String) throws {
        let a = ThreadedKernelTests.values(m * k, seed: 7), b = ThreadedKernelTests.values(k * n, seed: 8)
        let bias = ThreadedKernelTests.values(n, seed: 9), preloaded = ThreadedKernelTests.values(m * n, seed: 10)
        let lda = transposeA ? m : k, ldb = transposeB ? k : n
        func product(_ i: Int, _ j: Int) -> Float {
            var sum: Float = 0
            for p in 0..<k {
                let x = transposeA ? a[p * lda + i] : a[i * lda + p]
                let y = transposeB ? b[j * ldb + p] : b[p * ldb + j]
                sum = sum.addingProduct(x, y)
            }
            return sum
        }
        let name = "\(isa) \(m)×\(n)×\(k) \(transposeA ? "t" : "n")\(transposeB ? "t" : "n")"
        let (tA, tB) = (Int32(transposeA ? 1 : 0), Int32(transposeB ? 1 : 0))
        var plain = [Float](repeating: .nan, count: m * n), biased = plain, accumulated = preloaded
        axon_gemm_f32(tA, tB, Int64(m), Int64(n), Int64(k), a, Int64(lda), b, Int64(ldb), 0, &plain, Int64(n))
        axon_gemm_bias_f32(tA, tB, Int64(m), Int64(n), Int64(k), a, Int64(lda), b, Int64(ldb), bias, &biased, Int64(n))
        axon_gemm_f32(tA, tB, Int64(m), Int64(n), Int64(k), a, Int64(lda), b, Int64(ldb), 1, &accumulated, Int64(n))
        for i in 0..<m {
            for j in 0..<n {
                let chain = product(i, j), at = i * n + j
                guard plain[at].bitPattern == chain.bitPattern,
                      biased[at].bitPattern == (chain + bias[j]).bitPattern,
                      accumulated[at].bitPattern == (chain + preloaded[at]).bitPattern else {
                    return XCTFail("\(name) (\(i), \(j)): \(plain[at]) \(biased[at]) \(accumulated[at]), "
                                   + "expected \(chain) \(chain + bias[j]) \(chain + preloaded[at])")
                }
            }
        }
    }

    func testGEMMOneBigSquareAcrossCacheBlocks() {
        axon_set_threads(2)
        checkGEMM(GEMMCase(m: 257, n: 257, k: 257, transposeA: false, transposeB: false), Float.self)
    }

    func testGEMMWithZeroDepthClearsOrKeepsC() {
        var c: [Float] = [.nan, .nan, 1, 2]
        axon_gemm_f32(0, 0, 2, 2, 0, [], 1, [], 2, 0, &c, 2)
        XCTAssertEqual(c, [0, 0, 0, 0])
        c = [1, 2, 3, 4]
        axon_gemm_f32(0, 0, 2, 2, 0, [], 1, [], 2, 1, &c, 2)
        XCTAssertEqual(c, [1, 2, 3, 4])
    }

    /// Concurrent callers must each get the product a lone caller gets, bit
    /// for bit (one of them uses the pool, the others run on their own thread).
    func testGEMMFromSeveralThreadsAtOnce() {
        let (m, n, k) = (70, 100, 160)
        var generator = TestGenerator(seed: 11)
        let a = (0..<(m * k)).map { _ in Float(generator.nextSigned()) }
        let b = (0..<(n * k)).map { _ in Float(generator.nextSigned()) }
        axon_set_threads(1)
        let expected = Self.productTransposingB(a, b, m: m, n: n, k: k)
        axon_set_threads(2)
        let mismatches = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            for _ in 0..<3 where Self.productTransposingB(a, b, m: m, n: n, k: k) != expected {
                mismatches.increment()
            }
        }
        XCTAssertEqual(mismatches.value, 0)
    }

    /// axon_gemm_bias against its definition: the bias written into every row
    /// of C, then axon_gemm with beta 1 (itself checked against a float64
    /// triple loop above), bit for bit, for every form, one and two threads,
    /// the transposed-C path (tn with a narrow n) and k = 0.
    func testGEMMWithBiasIsTheProductAddedToPreloadedBias() {
        let shapes = Self.smallShapes + Self.threadedShapes + [(4, 3, 0)]
        for threads in [Int32(1), 2] {
            axon_set_threads(threads)
            for (m, n, k) in shapes {
                for (transposeA, transposeB) in Self.forms {
                    let shape = GEMMCase(m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB)
                    checkBias(shape, Float.self)
                    checkBias(shape, Double.self)
                }
            }
        }
    }

    private func checkBias<T: BinaryFloatingPoint>(_ shape: GEMMCase, _: T.Type, file: StaticString = #filePath, line: UInt = #line) {
        let (m, n, k) = (shape.m, shape.n, shape.k)
        let lda = (shape.transposeA ? m : k) + 1, ldb = (shape.transposeB ? k : n) + 2, ldc = n + 3
        var generator = TestGenerator(seed: UInt64(m * 7919 + n * 104_729 + k))
        let a = (0..<((shape.transposeA ? k : m) * lda)).map { _ in T(generator.nextSigned()) }
        let b = (0..<((shape.transposeB ? n : k) * ldb)).map { _ in T(generator.nextSigned()) }
        let bias = (0..<n).map { _ in T(generator.nextSigned()) }
        var preloaded = [T](repeating: -7, count: m * ldc)
        for i in 0..<m { for j in 0..<n { preloaded[i * ldc + j] = bias[j] } }
        callGEMM(shape, a: a, lda: lda, b: b, ldb: ldb, beta: 1, c: &preloaded, ldc: ldc)
        var fused = [T](repeating: -7, count: m * ldc)
        let (mm, nn, kk) = (Int64(m), Int64(n), Int64(k))
        let ta: Int32 = shape.transposeA ? 1 : 0, tb: Int32 = shape.transposeB ? 1 : 0
        if let a = a as? [Float], let b = b as? [Float], let bias = bias as? [Float], var c = fused as? [Float] {
            axon_gemm_bias_f32(ta, tb, mm, nn, kk, a, Int64(lda), b, Int64(ldb), bias, &c, Int64(ldc))
            fused = c.map { T($0) }
        } else if let a = a as? [Double], let b = b as? [Double], let bias = bias as? [Double], var c = fused as? [Double] {
            axon_gemm_bias_f64(ta, tb, mm, nn, kk, a, Int64(lda), b, Int64(ldb), bias, &c, Int64(ldc))
            fused = c.map { T($0) }
        }
        XCTAssertEqual(fused, preloaded, "gemm with bias \(T.self) \(shape)", file: file, line: line)
    }

    static func productTransposingB(_ a: [Float], _ b: [Float], m: Int, n: Int, k: Int) -> [Float] {
        var c = [Float](repeating: .nan, count: m * n)
        axon_gemm_f32(0, 1, Int64(m), Int64(n), Int64(k), a, Int64(k), b, Int64(k), 0, &c, Int64(n))
        return c
    }

    /// Runs op(A)·op(B) with beta 0 (C pre-filled with NaN) and beta 1 (C
    /// pre-filled with 0.5), with padded leading dimensions, against a float64
    /// triple loop. The bound is the worst-case rounding error of a k-term dot
    /// product, scaled by Σ|a||b| for that element.
    func checkGEMM<T: BinaryFloatingPoint>(_ shape: GEMMCase, _: T.Type, betas: [T] = [0, 1],
                                           file: StaticString = #filePath, line: UInt = #line) {
        let (m, n, k) = (shape.m, shape.n, shape.k)
        let rowsA = shape.transposeA ? k : m, columnsA = shape.transposeA ? m : k
        let rowsB = shape.transposeB ? n : k, columnsB = shape.transposeB ? k : n
        let lda = columnsA + 3, ldb = columnsB + 5, ldc = n + 2
        var generator = TestGenerator(seed: UInt64(m * 1_000_003 + n * 1009 + k))
        let a = (0..<(rowsA * lda)).map { _ in T(generator.nextSigned()) }
        let b = (0..<(rowsB * ldb)).map { _ in T(generator.nextSigned()) }

        var expected = [Double](repeating: 0, count: m * n)
        var magnitude = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0, absolute = 0.0
                for p in 0..<k {
                    let x = Double(shape.transposeA ? a[p * lda + i] : a[i * lda + p])
                    let y = Double(shape.transposeB ? b[j * ldb + p] : b[p * ldb + j])
                    sum += x * y
                    absolute += abs(x * y)
                }
                expected[i * n + j] = sum
                magnitude[i * n + j] = absolute
            }
        }
        let epsilon = Double(T.ulpOfOne)
        for beta in betas {
            let initial: T = beta == 0 ? .nan : 0.5
            var c = [T](repeating: initial, count: m * ldc)
            callGEMM(shape, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: &c, ldc: ldc)
            var worst = 0.0
            for i in 0..<m {
                for j in 0..<n {
                    let want = expected[i * n + j] + (beta == 0 ? 0 : 0.5)
                    let bound = 2 * epsilon * Double(k + 2) * (magnitude[i * n + j] + 1)
                    let error = abs(Double(c[i * ldc + j]) - want)
                    if !(error <= bound) { worst = max(worst, error.isNaN ? .infinity : error / bound) }
                }
                // The padding between rows must be untouched.
                for j in n..<ldc where !(c[i * ldc + j] == initial || (initial.isNaN && c[i * ldc + j].isNaN)) {
                    XCTFail("gemm wrote outside C at (\(i), \(j)) for \(shape)", file: file, line: line)
                }
            }
            XCTAssertEqual(worst, 0, "gemm \(T.self) \(shape) beta \(beta): error above the bound",
                           file: file, line: line)
        }
    }

    func callGEMM<T: BinaryFloatingPoint>(_ shape: GEMMCase, a: [T], lda: Int, b: [T], ldb: Int,
                                          beta: T, c: inout [T], ldc: Int) {
        let (m, n, k) = (Int64(shape.m), Int64(shape.n), Int64(shape.k))
        let transposeA: Int32 = shape.transposeA ? 1 : 0, transposeB: Int32 = shape.transposeB ? 1 : 0
        if let a = a as? [Float], let b = b as? [Float], var c32 = c as? [Float] {
            axon_gemm_f32(transposeA, transposeB, m, n, k, a, Int64(lda), b, Int64(ldb),
                          Float(beta), &c32, Int64(ldc))
            c = c32.map { T($0) }
        } else if let a = a as? [Double], let b = b as? [Double], var c64 = c as? [Double] {
            axon_gemm_f64(transposeA, transposeB, m, n, k, a, Int64(lda), b, Int64(ldb),
                          Double(beta), &c64, Int64(ldc))
            c = c64.map { T($0) }
        } else {
            XCTFail("unsupported element type \(T.self)")
        }
    }

    // MARK: - Binary

    static let specialFloats: [Float] = [
        0, -0.0, 1, -1, 0.5, 3, -7.25, .infinity, -.infinity, .nan, 1e38, -1e38, Float.leastNormalMagnitude / 16,
        .greatestFiniteMagnitude, 2.5, -3.5, 100, 1e-3,
    ]

    /// The documented semantics, element by element.
    static func binaryReference(_ op: axon_binary_op, _ x: Float, _ y: Float) -> Float {
        switch op {
        case AXON_ADD: return x + y
        case AXON_SUB: return x - y
        case AXON_MUL: return x * y
        case AXON_DIV: return x / y
        case AXON_MAX: return x.isNaN || y.isNaN ? .nan : Swift.max(x, y)
        case AXON_MIN: return x.isNaN || y.isNaN ? .nan : Swift.min(x, y)
        case AXON_RELU_BACKWARD: return y > 0 ? x : 0
        case AXON_TANH_BACKWARD: return x * ((1 - y) * (1 + y))
        case AXON_SIGMOID_BACKWARD: return x * (y * (1 - y))
        default: return powf(x, y)
        }
    }

    static let binaryOps = [AXON_ADD, AXON_SUB, AXON_MUL, AXON_DIV, AXON_MAX, AXON_MIN, AXON_POW,
                            AXON_RELU_BACKWARD, AXON_TANH_BACKWARD, AXON_SIGMOID_BACKWARD]

    func testBinaryFloat32AllLengthsAndSpecialValues() {
        for op in Self.binaryOps {
            for length in Array(0...17) + [37] {
                let x = (0..<length).map { Self.specialFloats[$0 % Self.specialFloats.count] }
                let y = (0..<length).map { Self.specialFloats[($0 * 7 + 3) % Self.specialFloats.count] }
                var z = [Float](repeating: 42, count: length + 1)
                axon_binary_f32(op, x, y, &z, Int64(length))
                for i in 0..<length {
                    assertSame(z[i], Self.binaryReference(op, x[i], y[i]), "op \(op.rawValue) \(x[i]) \(y[i])")
                }
                XCTAssertEqual(z[length], 42, "binary op wrote past n")

                let scalar: Float = length % 2 == 0 ? 2.5 : .nan
                axon_binary_vs_f32(op, x, scalar, &z, Int64(length))
                for i in 0..<length {
                    assertSame(z[i], Self.binaryReference(op, x[i], scalar), "vs op \(op.rawValue)")
                }
                axon_binary_sv_f32(op, scalar, y, &z, Int64(length))
                for i in 0..<length {
                    assertSame(z[i], Self.binaryReference(op, scalar, y[i]), "sv op \(op.rawValue)")
                }
            }
        }
    }

    func testBinaryFloat32InPlace() {
        var x: [Float] = (0..<19).map { Float($0) }
        let y: [Float] = (0..<19).map { Float($0) * 2 }
        x.withUnsafeMutableBufferPointer { buffer in
            axon_binary_f32(AXON_ADD, buffer.baseAddress, y, buffer.baseAddress, 19)
        }
        XCTAssertEqual(x, (0..<19).map { Float($0) * 3 })
    }

    func testBinaryFloat64MatchesScalar() {
        let values: [Double] = [0, -0.0, 1, -2.5, .infinity, -.infinity, .nan, 1e300, 3, Double.leastNormalMagnitude / 16, 7]
        for op in Self.binaryOps {
            for length in [0, 1, 3, 4, 5, 11, 17] {
                let x = (0..<length).map { values[$0 % values.count] }
                let y = (0..<length).map { values[($0 * 5 + 2) % values.count] }
                var z = [Double](repeating: 0, count: length)
                axon_binary_f64(op, x, y, &z, Int64(length))
                for i in 0..<length {
                    let want: Double
                    switch op {
                    case AXON_ADD: want = x[i] + y[i]
                    case AXON_SUB: want = x[i] - y[i]
                    case AXON_MUL: want = x[i] * y[i]
                    case AXON_DIV: want = x[i] / y[i]
                    case AXON_MAX: want = x[i].isNaN || y[i].isNaN ? .nan : Swift.max(x[i], y[i])
                    case AXON_MIN: want = x[i].isNaN || y[i].isNaN ? .nan : Swift.min(x[i], y[i])
                    case AXON_RELU_BACKWARD: want = y[i] > 0 ? x[i] : 0
                    case AXON_TANH_BACKWARD: want = x[i] * ((1 - y[i]) * (1 + y[i]))
                    case AXON_SIGMOID_BACKWARD: want = x[i] * (y[i] * (1 - y[i]))
                    default: want = pow(x[i], y[i])
                    }
                    XCTAssert(want.isNaN ? z[i].isNaN : z[i] == want, "f64 op \(op.rawValue) \(x[i]) \(y[i])")
                }
                axon_binary_vs_f64(op, x, 2, &z, Int64(length))
                axon_binary_sv_f64(op, 2, y, &z, Int64(length))
            }
        }
    }

    // MARK: - Unary

    func testExactUnaryOpsFloat32() {
        let ops: [(axon_unary_op, (Float) -> Float)] = [
            (AXON_NEG, { -$0 }), (AXON_ABS, { abs($0) }), (AXON_SQRT, { $0.squareRoot() }),
            (AXON_RELU, { $0.isNaN ? .nan : ($0 > 0 ? $0 : 0) }), (AXON_SQUARE, { $0 * $0 }),
            (AXON_RECIPROCAL, { 1 / $0 }),
            (AXON_SIGN, { $0.isNaN ? .nan : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }),
        ]
        for (op, reference) in ops {
            for length in Array(0...17) + [37] {
                let x = (0..<length).map { Self.specialFloats[$0 % Self.specialFloats.count] }
                var y = [Float](repeating: 42, count: length + 1)
                axon_unary_f32(op, x, &y, Int64(length))
                for i in 0..<length { assertSame(y[i], reference(x[i]), "unary \(op.rawValue) of \(x[i])") }
                XCTAssertEqual(y[length], 42, "unary op wrote past n")
            }
        }
    }

    /// exp, log, tanh and sigmoid over a sweep of inputs, against float64 libm
    /// rounded to float, within a few ulp (absolute near the subnormal range).
    func testTranscendentalFloat32Accuracy() {
        var inputs: [Float] = []
        for i in -2000...2000 { inputs.append(Float(i) * 0.05) }          // [-100, 100]
        for i in 0..<200 { inputs.append(Float(i) * 0.003 - 0.3) }         // around 0
        let functions: [(axon_unary_op, (Double) -> Double, [Float])] = [
            (AXON_EXP, { Foundation.exp($0) }, inputs),
            (AXON_TANH, { Foundation.tanh($0) }, inputs),
            (AXON_SIGMOID, { 1 / (1 + Foundation.exp(-$0)) }, inputs),
            (AXON_LOG, { Foundation.log($0) },
             (0..<3000).map { Float(pow(10.0, Double($0) * 0.026 - 44)) }),  // 1e-44 ... 1e34
        ]
        for (op, reference, points) in functions {
            var output = [Float](repeating: 0, count: points.count)
            axon_unary_f32(op, points, &output, Int64(points.count))
            var worst: Float = 0
            var worstInput: Float = 0
            for (x, got) in zip(points, output) {
                let want = Float(reference(Double(x)))
                if want.isInfinite || got.isInfinite {
                    XCTAssertEqual(got, want, "unary \(op.rawValue) of \(x)")
                    continue
                }
                let ulp = max(want.ulp, Float.leastNormalMagnitude.ulp)
                let error = abs(got - want) / ulp
                if !(error <= worst) {
                    worst = error.isNaN ? .infinity : error
                    worstInput = x
                }
            }
            XCTAssertLessThanOrEqual(worst, Self.transcendentalULPs,
                                     "unary \(op.rawValue): \(worst) ulp at \(worstInput)")
        }
    }

    func testTranscendentalFloat32SpecialValues() {
        let cases: [(axon_unary_op, Float, Float)] = [
            (AXON_EXP, .infinity, .infinity), (AXON_EXP, -.infinity, 0), (AXON_EXP, 89, .infinity),
            (AXON_EXP, 1000, .infinity), (AXON_EXP, -104, 0), (AXON_EXP, -1000, 0), (AXON_EXP, 0, 1),
            (AXON_LOG, 0, -.infinity), (AXON_LOG, -0.0, -.infinity), (AXON_LOG, .infinity, .infinity),
            (AXON_LOG, 1, 0), (AXON_TANH, 20, 1), (AXON_TANH, -20, -1), (AXON_TANH, .infinity, 1),
            (AXON_TANH, -.infinity, -1), (AXON_TANH, 0, 0), (AXON_SIGMOID, .infinity, 1),
            (AXON_SIGMOID, -.infinity, 0), (AXON_SIGMOID, 200, 1), (AXON_SIGMOID, -200, 0),
            (AXON_SIGMOID, 0, 0.5),
        ]
        for (op, x, want) in cases {
            for length in [1, 9] {  // the tail path and the vector path
                let input = [Float](repeating: x, count: length)
                var output = [Float](repeating: 7, count: length)
                axon_unary_f32(op, input, &output, Int64(length))
                XCTAssertEqual(output[length - 1], want, "unary \(op.rawValue) of \(x)")
            }
        }
        let nanInputs: [(axon_unary_op, Float)] = [
            (AXON_EXP, .nan), (AXON_LOG, .nan), (AXON_LOG, -1), (AXON_LOG, -.infinity),
            (AXON_TANH, .nan), (AXON_SIGMOID, .nan), (AXON_SQRT, -1),
        ]
        for (op, x) in nanInputs {
            var output = [Float](repeating: 0, count: 9)
            axon_unary_f32(op, [Float](repeating: x, count: 9), &output, 9)
            XCTAssert(output.allSatisfy(\.isNaN), "unary \(op.rawValue) of \(x) should be NaN")
        }
    }

    func testUnaryFloat64MatchesLibm() {
        let x: [Double] = [-800, -30, -1.5, -1e-300, -0.0, 0, Double.leastNormalMagnitude / 16, 0.25, 1, 2, 30, 710, .infinity, -.infinity, .nan]
        let ops: [(axon_unary_op, (Double) -> Double)] = [
            (AXON_EXP, { Foundation.exp($0) }), (AXON_LOG, { Foundation.log($0) }),
            (AXON_TANH, { Foundation.tanh($0) }), (AXON_SQRT, { $0.squareRoot() }),
            (AXON_NEG, { -$0 }), (AXON_ABS, { abs($0) }), (AXON_SQUARE, { $0 * $0 }),
            (AXON_RECIPROCAL, { 1 / $0 }), (AXON_RELU, { $0.isNaN ? .nan : ($0 > 0 ? $0 : 0) }),
            (AXON_SIGN, { $0.isNaN ? .nan : ($0 > 0 ? 1 : ($0 < 0 ? -1 : 0)) }),
        ]
        for (op, reference) in ops {
            var y = [Double](repeating: 0, count: x.count)
            axon_unary_f64(op, x, &y, Int64(x.count))
            for i in x.indices {
                let want = reference(x[i])
                XCTAssert(want.isNaN ? y[i].isNaN : y[i] == want, "f64 unary \(op.rawValue) of \(x[i]): \(y[i])")
            }
        }
        var y = [Double](repeating: 0, count: x.count)
        axon_unary_f64(AXON_SIGMOID, x, &y, Int64(x.count))
        for i in x.indices where !x[i].isNaN {
            let want = 1 / (1 + Foundation.exp(-x[i]))
            XCTAssertEqual(y[i], want, accuracy: 1e-15 * max(1, abs(want)) + 1e-300, "sigmoid of \(x[i])")
        }
        XCTAssert(y[x.count - 1].isNaN)
    }

    // MARK: - Reductions

    func testReduceFloat32SumsAllLengths() {
        var generator = TestGenerator(seed: 3)
        for length in Array(1...17) + [100, 1024, 5000] {
            let x = (0..<length).map { _ in Float(generator.nextSigned()) }
            let want = x.reduce(0.0) { $0 + Double($1) }
            let magnitude = x.reduce(0.0) { $0 + Double(abs($1)) }
            let got = Double(axon_reduce_f32(AXON_SUM, x, Int64(length)))
            XCTAssertEqual(got, want, accuracy: 64 * Double(Float.ulpOfOne) * magnitude, "sum of \(length)")
            XCTAssertEqual(axon_reduce_f32(AXON_MAXIMUM, x, Int64(length)), x.max())
            XCTAssertEqual(axon_reduce_f32(AXON_MINIMUM, x, Int64(length)), x.min())
        }
    }

    func testReduceFloat32SumErrorStaysSmallForLongRuns() {
        // 10^6 copies of 0.1: a naive float loop drifts by ~1%.
        let x = [Float](repeating: 0.1, count: 1_000_000)
        let got = Double(axon_reduce_f32(AXON_SUM, x, Int64(x.count)))
        let want = 1_000_000 * Double(Float(0.1))
        XCTAssertEqual(got, want, accuracy: 1e-6 * want)
    }

    func testReduceMaximumAndMinimumPropagateNaN() {
        for length in [1, 2, 7, 8, 9, 17, 33] {
            for position in [0, length / 2, length - 1] {
                var x = (0..<length).map { Float($0) - 3 }
                x[position] = .nan
                XCTAssert(axon_reduce_f32(AXON_MAXIMUM, x, Int64(length)).isNaN, "max n=\(length) at \(position)")
                XCTAssert(axon_reduce_f32(AXON_MINIMUM, x, Int64(length)).isNaN, "min n=\(length) at \(position)")
                XCTAssert(axon_reduce_f32(AXON_SUM, x, Int64(length)).isNaN)
                let wide = x.map { Double($0) }
                XCTAssert(axon_reduce_f64(AXON_MAXIMUM, wide, Int64(length)).isNaN)
                XCTAssert(axon_reduce_f64(AXON_MINIMUM, wide, Int64(length)).isNaN)
            }
        }
        let infinite: [Float] = [1, .infinity, -.infinity, 3, 4, 5, 6, 7, 8]
        XCTAssertEqual(axon_reduce_f32(AXON_MAXIMUM, infinite, 9), .infinity)
        XCTAssertEqual(axon_reduce_f32(AXON_MINIMUM, infinite, 9), -.infinity)
    }

    func testReduceFloat64() {
        for length in Array(1...17) + [1000, 4097] {
            let x = (0..<length).map { Double($0 % 11) * 0.1 - 0.4 }
            let want = x.reduce(0, +)
            XCTAssertEqual(axon_reduce_f64(AXON_SUM, x, Int64(length)), want, accuracy: 1e-12 * Double(length))
            XCTAssertEqual(axon_reduce_f64(AXON_MAXIMUM, x, Int64(length)), x.max())
            XCTAssertEqual(axon_reduce_f64(AXON_MINIMUM, x, Int64(length)), x.min())
        }
    }

    func testReduceRows() {
        let (m, n) = (5, 11)
        var x = (0..<(m * n)).map { Float(($0 * 7) % 13) - 6 }
        for (op, combine) in [(AXON_SUM, { (a: Float, b: Float) in a + b }),
                              (AXON_MAXIMUM, { Swift.max($0, $1) }), (AXON_MINIMUM, { Swift.min($0, $1) })] {
            var y = [Float](repeating: .nan, count: n)
            axon_reduce_rows_f32(op, x, Int64(m), Int64(n), &y, 0)
            for j in 0..<n {
                let want = (1..<m).reduce(x[j]) { combine($0, x[$1 * n + j]) }
                XCTAssertEqual(y[j], want, "reduce_rows \(op.rawValue) column \(j)")
            }
            var accumulated = [Float](repeating: 1, count: n)
            axon_reduce_rows_f32(op, x, Int64(m), Int64(n), &accumulated, 1)
            for j in 0..<n {
                XCTAssertEqual(accumulated[j], combine(1, y[j]), "reduce_rows accumulate \(op.rawValue)")
            }
            let wide = x.map { Double($0) }
            var y64 = [Double](repeating: 0, count: n)
            axon_reduce_rows_f64(op, wide, Int64(m), Int64(n), &y64, 0)
            XCTAssertEqual(y64, y.map { Double($0) })
        }
        x[2 * n + 3] = .nan
        var y = [Float](repeating: 0, count: n)
        axon_reduce_rows_f32(AXON_MAXIMUM, x, Int64(m), Int64(n), &y, 0)
        XCTAssert(y[3].isNaN)
        XCTAssertFalse(y[4].isNaN)
    }

    /// Column sums go down the rows a block of columns at a time; every
    /// column still adds its rows in order, from the first row (or onto y),
    /// so each sum is that chain bit for bit, whatever the width: full blocks,
    /// the narrower blocks of the rest and single columns.
    func testColumnSumsAddEachColumnsRowsInOrder() {
        let m = 37
        for n in [1, 2, 3, 4, 5, 7, 8, 10, 15, 16, 17, 31, 32, 33, 47, 63, 64, 70] {
            let x = ThreadedKernelTests.values(m * n, seed: UInt32(n))
            let start = ThreadedKernelTests.values(n, seed: 99)
            var sums = [Float](repeating: .nan, count: n), onto = start
            axon_reduce_rows_f32(AXON_SUM, x, Int64(m), Int64(n), &sums, 0)
            axon_reduce_rows_f32(AXON_SUM, x, Int64(m), Int64(n), &onto, 1)
            let wide = x.map { Double($0) * 1.1 }, wideStart = start.map { Double($0) * 1.1 }
            var sums64 = [Double](repeating: .nan, count: n), onto64 = wideStart
            axon_reduce_rows_f64(AXON_SUM, wide, Int64(m), Int64(n), &sums64, 0)
            axon_reduce_rows_f64(AXON_SUM, wide, Int64(m), Int64(n), &onto64, 1)
            for j in 0..<n {
                let chain = (1..<m).reduce(x[j]) { $0 + x[$1 * n + j] }
                let chainOnto = (0..<m).reduce(start[j]) { $0 + x[$1 * n + j] }
                let chain64 = (1..<m).reduce(wide[j]) { $0 + wide[$1 * n + j] }
                let chainOnto64 = (0..<m).reduce(wideStart[j]) { $0 + wide[$1 * n + j] }
                XCTAssertEqual(sums[j].bitPattern, chain.bitPattern, "width \(n) column \(j)")
                XCTAssertEqual(onto[j].bitPattern, chainOnto.bitPattern, "width \(n) column \(j), onto y")
                XCTAssertEqual(sums64[j].bitPattern, chain64.bitPattern, "float64 width \(n) column \(j)")
                XCTAssertEqual(onto64[j].bitPattern, chainOnto64.bitPattern, "float64 width \(n) column \(j), onto y")
            }
        }
    }

    /// The scalar fallback (used where AVX2/FMA is missing) must agree with
    /// the same references: rerun the checks with it forced.
    func testScalarFallback() {
        XCTAssertEqual(axon_set_kernel_isa("scalar"), 1)
        defer { axon_set_kernel_isa(nil) }
        XCTAssertEqual(String(cString: axon_kernel_isa()), "scalar")
        testGEMMFloat32SmallShapesAllForms()
        testGEMMFloat64SmallShapesAllForms()
        testGEMMWithBiasIsTheProductAddedToPreloadedBias()
        testBinaryFloat32AllLengthsAndSpecialValues()
        testExactUnaryOpsFloat32()
        testTranscendentalFloat32Accuracy()
        testTranscendentalFloat32SpecialValues()
        testReduceFloat32SumsAllLengths()
        testReduceMaximumAndMinimumPropagateNaN()
    }

    /// On x86 with AVX-512 the float32 transcendental functions and GEMM run
    /// the AVX-512 code by default; forcing "avx2" checks the AVX2 versions.
    func testAVX2PathWhenAVX512IsAlsoPresent() throws {
        guard axon_set_kernel_isa("avx2") == 1 else { throw XCTSkip("no AVX2+FMA on this CPU") }
        defer { axon_set_kernel_isa(nil) }
        testExactUnaryOpsFloat32()
        testTranscendentalFloat32Accuracy()
        testTranscendentalFloat32SpecialValues()
        // float32 GEMM likewise picks the 8×32 AVX-512 tile by default.
        testGEMMFloat32SmallShapesAllForms()
        testGEMMWithTwoThreads()
        testGEMMOneBigSquareAcrossCacheBlocks()
        testGEMMWithBiasIsTheProductAddedToPreloadedBias()
    }

    // MARK: - Machine

    func testMachineQueries() {
        let isa = String(cString: axon_kernel_isa())
        XCTAssert(["scalar", "avx2", "avx512", "neon"].contains(isa), isa)
        XCTAssertEqual(axon_kernel_isa_supported(isa), 1, isa)
        XCTAssertGreaterThanOrEqual(axon_flops_per_cycle_f32(), 8)
        XCTAssertFalse(String(cString: axon_flops_per_cycle_basis()).isEmpty)
        XCTAssertEqual(axon_set_kernel_isa("no-such-isa"), 0)
        XCTAssertEqual(String(cString: axon_kernel_isa()), isa)
    }

    /// A refused request changes nothing, whatever was chosen before it.
    func testAFailedInstructionSetRequestChangesNothing() {
        defer { axon_set_kernel_isa(nil) }
        XCTAssertEqual(axon_set_kernel_isa(nil), 1)
        let isa = String(cString: axon_kernel_isa())
        let missing = isa == "neon" ? "avx2" : "neon"
        // The old names are refused too: "avx2" now means exactly that.
        for name in ["no-such-isa", missing, "", "avx2+fma", "portable", "AVX2"] {
            XCTAssertEqual(axon_set_kernel_isa(name), 0, name)
            XCTAssertEqual(axon_kernel_isa_supported(name), 0, name)
            XCTAssertEqual(String(cString: axon_kernel_isa()), isa, "after \"\(name)\"")
        }
        // A forced choice stays forced through a refused request.
        XCTAssertEqual(axon_set_kernel_isa("scalar"), 1)
        XCTAssertEqual(axon_set_kernel_isa(missing), 0)
        XCTAssertEqual(String(cString: axon_kernel_isa()), "scalar")
        XCTAssertEqual(axon_set_kernel_isa(nil), 1)
        XCTAssertEqual(String(cString: axon_kernel_isa()), isa, "NULL brings the automatic choice back")
    }

    // MARK: - Helpers

    /// Equal, or both NaN.
    func assertSame(_ got: Float, _ want: Float, _ message: String,
                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssert(want.isNaN ? got.isNaN : got == want, "\(message): got \(got), want \(want)",
                  file: file, line: line)
    }
}

/// SplitMix64 for test data, so every run sees the same numbers.
struct TestGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [-1, 1).
    mutating func nextSigned() -> Double { Double(next() >> 11) * 0x1.0p-52 - 1 }
}

/// A counter that several threads may bump.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
