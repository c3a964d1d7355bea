@testable import AxonTensor
import CAxonKernels
import Foundation
import XCTest

/// Every instruction set this machine runs (scalar and avx2/avx512, or
/// scalar and neon), on the same inputs, compared with each other.
///
/// Bit-identical where the arithmetic is the same instructions in the same
/// order, within a stated bound where it is not:
/// - GEMM. Each element of C is a chain of fused multiply-adds over p within
///   a kc slice, the slices added into C. float64 avx2 and avx512 share kc =
///   256, so they agree bit for bit, as does float32 while k ≤ 256 (avx2's kc;
///   avx512's is 512). Elsewhere (scalar multiplies and adds unfused, or the
///   slices differ) both results are sums of the same k products, each within
///   γₖ·Σ|aᵢₚbₚⱼ| of the exact sum (Higham, "Accuracy and Stability of
///   Numerical Algorithms", §3.1: γₖ = ku/(1 − ku), u the unit roundoff), so
///   they differ by at most 2γₖ·Σ|aᵢₚbₚⱼ|.
/// - Elementwise: add, subtract, multiply, divide, square root and the
///   comparisons are correctly rounded IEEE operations in every ISA: equal.
///   float32 exp/log/tanh/sigmoid are polynomials in the vector ISAs (≤ 2 ulp,
///   KernelTests) and libm in scalar (< 1 ulp): within 4 ulp of each other.
/// - Sums: lanes change the order; within 2γₙ·Σ|xᵢ|. Maximum and minimum: equal.
/// - Optimizers: PyTorch's order, no fused multiply-adds, in every ISA: equal.
/// - Convolutions: float64 is im2col and the float64 GEMM, so avx2 and avx512
///   agree bit for bit. float32 takes different tiles and slices per ISA;
///   ConvolutionFloat32Tests holds each within 2e-4·(1 + |y|) of float64, so
///   two ISAs differ by at most twice that.
final class InstructionSetTests: XCTestCase {
    /// The instruction sets axon_set_kernel_isa accepts here.
    static let available = CPU.supportedInstructionSets

    override func setUp() {
        super.setUp()
        // The 8×16 float64 AVX-512 tile runs by default only on cores with
        // two 512-bit FMA units; here it runs wherever the ISA is avx512.
        axon_set_avx512_f64_tile(1)
    }

    override func tearDown() {
        axon_set_avx512_f64_tile(-1)
        axon_set_kernel_isa(nil)
        axon_set_threads(0)
        super.tearDown()
    }

    /// `body`'s result under each available instruction set.
    func underEach<R>(_ body: () -> R) -> [(isa: String, result: R)] {
        defer { axon_set_kernel_isa(nil) }
        return Self.available.map { isa in
            XCTAssertEqual(axon_set_kernel_isa(isa), 1, isa)
            XCTAssertEqual(String(cString: axon_kernel_isa()), isa)
            return (isa, body())
        }
    }

    /// Every pair of `results` (each compared once).
    func pairs<R>(_ results: [(isa: String, result: R)]) -> [((isa: String, result: R), (isa: String, result: R))] {
        var list: [((isa: String, result: R), (isa: String, result: R))] = []
        for i in results.indices {
            for j in results.indices where j > i { list.append((results[i], results[j])) }
        }
        return list
    }

    func testTheMachineRunsScalarAndItsAutomaticChoice() {
        XCTAssert(Self.available.contains("scalar"))
        axon_set_kernel_isa(nil)
        XCTAssert(Self.available.contains(String(cString: axon_kernel_isa())))
        #if arch(x86_64)
        XCTAssertFalse(Self.available.contains("neon"))
        #endif
    }

    // MARK: - GEMM

    /// The sizes 1, 3, 17, 65 and 300 in every position; several above the
    /// 2 MFLOP threshold, so two threads split them. The last ones take the
    /// AVX-512 tiles (which the padding rule declines for most odd sizes)
    /// with k past one or two kc slices.
    static let shapes: [(m: Int, n: Int, k: Int)] = [
        (1, 1, 1), (1, 3, 17), (3, 1, 65), (17, 65, 3), (65, 17, 300), (300, 3, 17), (3, 300, 65),
        (17, 300, 1), (300, 17, 65), (65, 65, 65), (300, 65, 3), (1, 300, 300), (300, 1, 300),
        (65, 300, 17), (300, 300, 17), (17, 17, 300), (3, 3, 300), (65, 3, 300), (300, 65, 65),
        (64, 64, 300), (40, 96, 257), (96, 48, 530),
    ]

    /// nn, nt, tn (the products of `axon bench gemm` and Tensor.linear) and tt.
    static let forms = [(false, false), (false, true), (true, false), (true, true)]

    func testGEMMFloat32AcrossInstructionSets() {
        checkGEMMAcrossInstructionSets(Float.self, sameBits: { shape, first, second in
            [first, second].allSatisfy { ["avx2", "avx512"].contains($0) } && shape.k <= 256
        })
    }

    func testGEMMFloat64AcrossInstructionSets() {
        checkGEMMAcrossInstructionSets(Double.self, sameBits: { _, first, second in
            [first, second].allSatisfy { ["avx2", "avx512"].contains($0) }
        })
    }

    func checkGEMMAcrossInstructionSets<T: BinaryFloatingPoint>(
        _: T.Type, sameBits: ((m: Int, n: Int, k: Int), String, String) -> Bool
    ) {
        axon_set_threads(2)
        let u = Double(T.ulpOfOne) / 2
        for shape in Self.shapes {
            let (m, n, k) = shape
            var generator = TestGenerator(seed: UInt64(m * 1_000_003 + n * 1009 + k))
            let a = (0..<(m * k)).map { _ in T(generator.nextSigned()) }
            let b = (0..<(k * n)).map { _ in T(generator.nextSigned()) }
            let bias = (0..<n).map { _ in T(generator.nextSigned()) }
            // Σₚ|aᵢₚbₚⱼ| is the same for every form: the forms only change how A and B are stored.
            let magnitude = absoluteProducts(a.map { Double($0) }, b.map { Double($0) }, m: m, n: n, k: k)
            for (transposeA, transposeB) in Self.forms {
                let storedA = transposeA ? transposed(a, rows: m, columns: k) : a
                let storedB = transposeB ? transposed(b, rows: k, columns: n) : b
                let (lda, ldb) = (Int64(transposeA ? m : k), Int64(transposeB ? k : n))
                let form = (transposeA ? "t" : "n") + (transposeB ? "t" : "n")
                let results = underEach { () -> (plain: [T], biased: [T]) in
                    var c = [T](repeating: .nan, count: m * n), withBias = c
                    gemm(transposeA, transposeB, m, n, k, storedA, lda, storedB, ldb, nil, &c)
                    gemm(transposeA, transposeB, m, n, k, storedA, lda, storedB, ldb, bias, &withBias)
                    return (c, withBias)
                }
                for (first, second) in pairs(results) {
                    let what = "\(form) \(m)×\(n)×\(k) \(T.self): \(first.isa) against \(second.isa)"
                    if sameBits(shape, first.isa, second.isa) {
                        XCTAssertEqual(first.result.plain, second.result.plain, what)
                        XCTAssertEqual(first.result.biased, second.result.biased, what + " with bias")
                        continue
                    }
                    // The bias adds one term, and one rounding, to the sum.
                    let gamma = Double(k + 1) * u / (1 - Double(k + 1) * u)
                    for index in 0..<(m * n) {
                        let bound = 2 * gamma * magnitude[index]
                        let plain = abs(Double(first.result.plain[index]) - Double(second.result.plain[index]))
                        let biasBound = 2 * gamma * (magnitude[index] + abs(Double(bias[index % n])))
                        let biased = abs(Double(first.result.biased[index]) - Double(second.result.biased[index]))
                        if !(plain <= bound) || !(biased <= biasBound) {
                            XCTFail("\(what): element \(index) differs by \(plain) (bound \(bound)), "
                                    + "with bias by \(biased) (bound \(biasBound))")
                            break
                        }
                    }
                }
            }
        }
    }

    /// C = op(A)·op(B), plus the bias when given, in the element type's kernel.
    func gemm<T: BinaryFloatingPoint>(_ transposeA: Bool, _ transposeB: Bool, _ m: Int, _ n: Int, _ k: Int,
                                      _ a: [T], _ lda: Int64, _ b: [T], _ ldb: Int64, _ bias: [T]?,
                                      _ c: inout [T]) {
        let (ta, tb): (Int32, Int32) = (transposeA ? 1 : 0, transposeB ? 1 : 0)
        let (m, n, k) = (Int64(m), Int64(n), Int64(k))
        if T.self == Float.self {
            let (a, b, bias) = (a as! [Float], b as! [Float], bias as! [Float]?)
            var result = c as! [Float]
            if let bias {
                axon_gemm_bias_f32(ta, tb, m, n, k, a, lda, b, ldb, bias, &result, n)
            } else {
                axon_gemm_f32(ta, tb, m, n, k, a, lda, b, ldb, 0, &result, n)
            }
            c = result as! [T]
        } else {
            let (a, b, bias) = (a as! [Double], b as! [Double], bias as! [Double]?)
            var result = c as! [Double]
            if let bias {
                axon_gemm_bias_f64(ta, tb, m, n, k, a, lda, b, ldb, bias, &result, n)
            } else {
                axon_gemm_f64(ta, tb, m, n, k, a, lda, b, ldb, 0, &result, n)
            }
            c = result as! [T]
        }
    }

    /// Σₚ|a[i][p]·b[p][j]| for row-major a (m×k) and b (k×n).
    func absoluteProducts(_ a: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for p in 0..<k {
                let x = abs(a[i * k + p])
                for j in 0..<n { sums[i * n + j] += x * abs(b[p * n + j]) }
            }
        }
        return sums
    }

    func transposed<T>(_ matrix: [T], rows: Int, columns: Int) -> [T] {
        (0..<(rows * columns)).map { index in matrix[(index % rows) * columns + index / rows] }
    }

    // MARK: - Elementwise

    /// Values in [-10, 10), then the edge cases: zeros, infinities, NaN,
    /// the subnormal range and overflow; 1000+ elements, so every vector path
    /// and its tail runs.
    static func elementwiseInputs(seed: UInt64) -> [Double] {
        var generator = TestGenerator(seed: seed)
        var values = (0..<1021).map { _ in 10 * generator.nextSigned() }
        values += [0, -0.0, 1, -1, .infinity, -.infinity, .nan, 1e-40, -1e-40, .leastNormalMagnitude / 4, 3e38, -3e38, 1e300, 88.8, -103]
        return values
    }

    func testBinaryOpsAreIdenticalAcrossInstructionSets() {
        let x = Self.elementwiseInputs(seed: 1), y = Self.elementwiseInputs(seed: 2).map { $0 == 0 ? 0.5 : $0 }
        let (x32, y32) = (x.map { Float($0) }, y.map { Float($0) })
        let ops: [axon_binary_op] = [AXON_ADD, AXON_SUB, AXON_MUL, AXON_DIV, AXON_MAX, AXON_MIN, AXON_POW,
                                     AXON_RELU_BACKWARD, AXON_TANH_BACKWARD, AXON_SIGMOID_BACKWARD]
        for op in ops {
            let results = underEach { () -> ([Float], [Float], [Double], [Double]) in
                var z32 = [Float](repeating: 0, count: x.count), scalarRight = z32
                var z64 = [Double](repeating: 0, count: x.count), scalarLeft = z64
                axon_binary_f32(op, x32, y32, &z32, Int64(x.count))
                axon_binary_vs_f32(op, x32, 0.75, &scalarRight, Int64(x.count))
                axon_binary_f64(op, x, y, &z64, Int64(x.count))
                axon_binary_sv_f64(op, -1.5, y, &scalarLeft, Int64(x.count))
                return (z32, scalarRight, z64, scalarLeft)
            }
            for (first, second) in pairs(results) {
                let what = "binary \(op.rawValue): \(first.isa) against \(second.isa)"
                assertSame(first.result.0, second.result.0, what + " float32")
                assertSame(first.result.1, second.result.1, what + " float32, scalar y")
                assertSame(first.result.2, second.result.2, what + " float64")
                assertSame(first.result.3, second.result.3, what + " float64, scalar x")
            }
        }
    }

    func testUnaryOpsAcrossInstructionSets() {
        let x = Self.elementwiseInputs(seed: 3)
        let x32 = x.map { Float($0) }
        let exact: [axon_unary_op] = [AXON_NEG, AXON_ABS, AXON_SQRT, AXON_RELU, AXON_SQUARE, AXON_RECIPROCAL, AXON_SIGN]
        let polynomial: [axon_unary_op] = [AXON_EXP, AXON_LOG, AXON_TANH, AXON_SIGMOID]
        for op in exact + polynomial {
            let results = underEach { () -> ([Float], [Double]) in
                var y32 = [Float](repeating: 0, count: x.count), y64 = [Double](repeating: 0, count: x.count)
                axon_unary_f32(op, x32, &y32, Int64(x.count))
                axon_unary_f64(op, x, &y64, Int64(x.count))
                return (y32, y64)
            }
            for (first, second) in pairs(results) {
                let what = "unary \(op.rawValue): \(first.isa) against \(second.isa)"
                // float64 exp/log/tanh/sigmoid are libm in every ISA.
                assertSame(first.result.1, second.result.1, what + " float64")
                if exact.contains(op) {
                    assertSame(first.result.0, second.result.0, what + " float32")
                    continue
                }
                for (index, (a, b)) in zip(first.result.0, second.result.0).enumerated() {
                    if a == b || (a.isNaN && b.isNaN) { continue }
                    let ulp = max(a.magnitude, b.magnitude).ulp
                    let ulps: Float = a.isFinite && b.isFinite ? abs(a - b) / ulp : .infinity
                    if !(ulps <= 4) {
                        XCTFail("\(what) float32 of \(x32[index]): \(a) and \(b), \(ulps) ulp apart")
                        break
                    }
                }
            }
        }
    }

    func testReductionsAcrossInstructionSets() {
        let values = Self.elementwiseInputs(seed: 4).filter(\.isFinite).filter { abs($0) < 100 }
        for count in [1, 7, 8, 33, 255, values.count] {
            let x = Array(values.prefix(count)), x32 = x.map { Float($0) }
            let results = underEach { () -> [Double] in
                [AXON_SUM, AXON_MAXIMUM, AXON_MINIMUM].flatMap { op in
                    [Double(axon_reduce_f32(op, x32, Int64(count))), axon_reduce_f64(op, x, Int64(count))]
                }
            }
            let magnitude32 = x32.reduce(0.0) { $0 + Double(abs($1)) }, magnitude64 = x.reduce(0.0) { $0 + abs($1) }
            let gamma32 = Double(count) * 0x1p-24 / (1 - Double(count) * 0x1p-24)
            let gamma64 = Double(count) * 0x1p-53 / (1 - Double(count) * 0x1p-53)
            for (first, second) in pairs(results) {
                let (a, b) = (first.result, second.result)
                let what = "\(count) values: \(first.isa) against \(second.isa)"
                XCTAssertLessThanOrEqual(abs(a[0] - b[0]), 2 * gamma32 * magnitude32, what + " float32 sum")
                XCTAssertLessThanOrEqual(abs(a[1] - b[1]), 2 * gamma64 * magnitude64, what + " float64 sum")
                XCTAssertEqual(Array(a[2...]), Array(b[2...]), what + " maximum and minimum")
            }
        }
    }

    // MARK: - Optimizers

    func testOptimizerStepsAreIdenticalAcrossInstructionSets() {
        let n = 37  // four 8-wide vectors and a tail
        var generator = TestGenerator(seed: 5)
        let start = (0..<(4 * n)).map { _ in generator.nextSigned() }
        let (w, g, m) = (Array(start[0..<n]), Array(start[n..<(2 * n)]), Array(start[(2 * n)..<(3 * n)]))
        let v = start[(3 * n)...].map { $0 * $0 }
        let adams = [
            axon_adam_params(one_minus_beta1: 0.1, beta2: 0.999, one_minus_beta2: 0.001, eps: 1e-8, weight_decay: 0,
                             decoupled: 0, shrink: 1, step_size: 0.01, root_bias_correction2: 0.3),
            axon_adam_params(one_minus_beta1: 0.1, beta2: 0.999, one_minus_beta2: 0.001, eps: 1e-8, weight_decay: 0.01,
                             decoupled: 0, shrink: 1, step_size: 0.01, root_bias_correction2: 0.3),
            axon_adam_params(one_minus_beta1: 0.1, beta2: 0.99, one_minus_beta2: 0.01, eps: 1e-6, weight_decay: 0.1,
                             decoupled: 1, shrink: 0.999, step_size: 0.02, root_bias_correction2: 0.5),
        ]
        let sgds = [
            axon_sgd_params(learning_rate: 0.1, momentum: 0, keep: 1, weight_decay: 0, nesterov: 0, first_step: 1),
            axon_sgd_params(learning_rate: 0.1, momentum: 0.9, keep: 1, weight_decay: 1e-4, nesterov: 0, first_step: 0),
            axon_sgd_params(learning_rate: 0.05, momentum: 0.9, keep: 0.9, weight_decay: 0, nesterov: 1, first_step: 0),
        ]
        let results = underEach { () -> [[Double]] in
            var states: [[Double]] = []
            for var p in adams {
                for amsgrad in [false, true] {
                    var (w64, m64, v64, max64) = (w, m, v, v.map { $0 * 1.5 })
                    var (w32, m32, v32, max32) = (w.map { Float($0) }, m.map { Float($0) }, v.map { Float($0) },
                                                  v.map { Float($0 * 1.5) })
                    let g32 = g.map { Float($0) }
                    if amsgrad {
                        axon_adam_f64(&w64, g, &m64, &v64, &max64, Int64(n), &p)
                        axon_adam_f32(&w32, g32, &m32, &v32, &max32, Int64(n), &p)
                    } else {
                        axon_adam_f64(&w64, g, &m64, &v64, nil, Int64(n), &p)
                        axon_adam_f32(&w32, g32, &m32, &v32, nil, Int64(n), &p)
                    }
                    states += [w64, m64, v64, max64] + [w32, m32, v32, max32].map { $0.map { Double($0) } }
                }
            }
            for var p in sgds {
                var (w64, b64) = (w, m)
                var (w32, b32) = (w.map { Float($0) }, m.map { Float($0) })
                axon_sgd_f64(&w64, g, &b64, Int64(n), &p)
                axon_sgd_f32(&w32, g.map { Float($0) }, &b32, Int64(n), &p)
                states += [w64, b64, w32.map { Double($0) }, b32.map { Double($0) }]
            }
            return states
        }
        for (first, second) in pairs(results) {
            XCTAssertEqual(first.result, second.result, "optimizer states: \(first.isa) against \(second.isa)")
        }
    }

    // MARK: - Convolution

    func testConvolutionsAcrossInstructionSets() {
        axon_set_threads(2)
        for (number, c) in ConvolutionFloat32Tests.cases.enumerated() {
            let results = underEach {
                (ConvolutionFloat32Tests.run(c, float32: true), ConvolutionFloat32Tests.run(c, float32: false))
            }
            for (first, second) in pairs(results) {
                let what = "case \(number): \(first.isa) against \(second.isa)"
                let (a, b) = (first.result, second.result)
                for (name, x, y) in [("y", a.0.y, b.0.y), ("dx", a.0.dx, b.0.dx), ("dw", a.0.dw, b.0.dw),
                                     ("db", a.0.db, b.0.db)] {
                    let far = zip(x, y).first { !(abs($0 - $1) <= 4e-4 * (1 + abs($1))) }
                    XCTAssertNil(far.map { "\($0) and \($1)" }, "\(what) float32 \(name)")
                }
                guard [first.isa, second.isa].allSatisfy({ ["avx2", "avx512"].contains($0) }) else { continue }
                XCTAssertEqual(a.1.y, b.1.y, what + " float64 y")
                XCTAssertEqual(a.1.dx, b.1.dx, what + " float64 dx")
                XCTAssertEqual(a.1.dw, b.1.dw, what + " float64 dw")
                XCTAssertEqual(a.1.db, b.1.db, what + " float64 db")
            }
        }
    }

    // MARK: - Helpers

    /// Equal element by element, NaN matching NaN.
    func assertSame<T: BinaryFloatingPoint>(_ first: [T], _ second: [T], _ message: String,
                                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(first.count, second.count, message, file: file, line: line)
        for index in first.indices where index < second.count {
            let (a, b) = (first[index], second[index])
            if !(a == b || (a.isNaN && b.isNaN)) {
                return XCTFail("\(message): element \(index) is \(a) and \(b)", file: file, line: line)
            }
        }
    }
}
