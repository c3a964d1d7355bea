import CAxonKernels
import XCTest

/// float32 convolutions against the float64 kernels on the same numbers.
/// With stride 1 on x86 with AVX2, float32 takes the implicit-GEMM path
/// (conv_implicit.c: the padded image read in place on a wide output grid)
/// where it pays, and im2col elsewhere (with AVX-512, the weight gradient of
/// at most 8 output channels per group is computed as correlations: cases
/// 0, 3, 4, 5, 6, 7); float64 always takes im2col, so the paths meet here.
/// The scalar ISA forces im2col for float32 too, "avx2" the AVX2 tiles.
final class ConvolutionFloat32Tests: XCTestCase {
    override func tearDown() {
        axon_set_threads(0)
        axon_set_kernel_isa(nil)
        super.tearDown()
    }

    struct Case {
        var batch = 3, channels: Int, height: Int, width: Int, outChannels: Int
        var kernel: (Int, Int), padding: (top: Int, left: Int, bottom: Int, right: Int) = (0, 0, 0, 0)
        var dilation = 1, stride = 1, groups = 1, bias = true

        var geometry: axon_conv_geometry {
            let outH = (height + padding.top + padding.bottom - dilation * (kernel.0 - 1) - 1) / stride + 1
            let outW = (width + padding.left + padding.right - dilation * (kernel.1 - 1) - 1) / stride + 1
            return axon_conv_geometry(
                channels: Int64(channels), height: Int64(height), width: Int64(width),
                kernel_h: Int64(kernel.0), kernel_w: Int64(kernel.1), stride_h: Int64(stride), stride_w: Int64(stride),
                dilation_h: Int64(dilation), dilation_w: Int64(dilation), pad_top: Int64(padding.top),
                pad_left: Int64(padding.left), pad_bottom: Int64(padding.bottom), pad_right: Int64(padding.right),
                out_h: Int64(outH), out_w: Int64(outW))
        }
    }

    static let cases: [Case] = [
        Case(channels: 1, height: 28, width: 28, outChannels: 6, kernel: (5, 5), padding: (2, 2, 2, 2)),  // LeNet-5 conv1
        Case(channels: 6, height: 14, width: 14, outChannels: 16, kernel: (5, 5)),  // conv2: a wide input-gradient grid
        Case(batch: 5, channels: 4, height: 9, width: 11, outChannels: 10, kernel: (3, 3), padding: (1, 1, 1, 1)),
        Case(channels: 3, height: 7, width: 8, outChannels: 5, kernel: (2, 2), padding: (0, 1, 1, 0), bias: false),
        Case(channels: 2, height: 10, width: 9, outChannels: 7, kernel: (3, 3), padding: (2, 2, 2, 2), dilation: 2),
        Case(channels: 4, height: 8, width: 8, outChannels: 6, kernel: (3, 3), padding: (1, 1, 1, 1), groups: 2),
        Case(channels: 3, height: 8, width: 8, outChannels: 3, kernel: (3, 3), padding: (1, 1, 1, 1), groups: 3),
        Case(channels: 2, height: 6, width: 6, outChannels: 3, kernel: (3, 3), padding: (3, 3, 3, 3)),  // padding past the reach
        Case(channels: 3, height: 9, width: 9, outChannels: 4, kernel: (3, 3), padding: (1, 1, 1, 1), stride: 2),  // im2col only
        Case(batch: 2, channels: 40, height: 6, width: 7, outChannels: 9, kernel: (3, 3), padding: (1, 1, 1, 1)),  // k = 360: two slices
    ]

    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state >> 11) % 2001 - 1000) / 1000
        }
    }

    struct Results {
        var y: [Double], dx: [Double], dw: [Double], db: [Double]
    }

    static func run(_ c: Case, float32: Bool) -> Results {
        var g = c.geometry
        let outputs = Int(g.out_h * g.out_w)
        let x = Self.values(c.batch * c.channels * c.height * c.width, seed: 1)
        let w = Self.values(c.outChannels * c.channels / c.groups * c.kernel.0 * c.kernel.1, seed: 2)
        let bias = Self.values(c.outChannels, seed: 3)
        let dy = Self.values(c.batch * c.outChannels * outputs, seed: 4)
        let (n, groups, oc) = (Int64(c.batch), Int64(c.groups), Int64(c.outChannels))
        if float32 {
            var y = [Float](repeating: .nan, count: dy.count), dx = [Float](repeating: .nan, count: x.count)
            var dw = [Float](repeating: .nan, count: w.count), db = [Float](repeating: .nan, count: bias.count)
            axon_conv2d_f32(&g, n, groups, oc, x, w, c.bias ? bias : nil, 0, &y)
            axon_conv2d_input_grad_f32(&g, n, groups, oc, dy, nil, w, &dx)
            if c.bias {
                axon_conv2d_weight_grad_f32(&g, n, groups, oc, x, dy, nil, &dw, &db)
            } else {
                axon_conv2d_weight_grad_f32(&g, n, groups, oc, x, dy, nil, &dw, nil)
            }
            return Results(y: y.map(Double.init), dx: dx.map(Double.init), dw: dw.map(Double.init),
                           db: c.bias ? db.map(Double.init) : [])
        }
        let (xd, wd, bd, dyd) = (x.map(Double.init), w.map(Double.init), bias.map(Double.init), dy.map(Double.init))
        var y = [Double](repeating: .nan, count: dy.count), dx = [Double](repeating: .nan, count: x.count)
        var dw = [Double](repeating: .nan, count: w.count), db = [Double](repeating: .nan, count: bias.count)
        axon_conv2d_f64(&g, n, groups, oc, xd, wd, c.bias ? bd : nil, 0, &y)
        axon_conv2d_input_grad_f64(&g, n, groups, oc, dyd, nil, wd, &dx)
        if c.bias {
            axon_conv2d_weight_grad_f64(&g, n, groups, oc, xd, dyd, nil, &dw, &db)
        } else {
            axon_conv2d_weight_grad_f64(&g, n, groups, oc, xd, dyd, nil, &dw, nil)
        }
        return Results(y: y, dx: dx, dw: dw, db: c.bias ? db : [])
    }

    /// Sums of up to a few thousand float32 products of values in [-1, 1].
    func assertClose(_ actual: [Double], _ expected: [Double], _ what: String) {
        XCTAssertEqual(actual.count, expected.count, what)
        for (index, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= 2e-4 * (1 + abs(e))) {
            return XCTFail("\(what)[\(index)]: \(a), float64 gives \(e)")
        }
    }

    func checkAllCases(_ label: String) {
        for (number, c) in Self.cases.enumerated() {
            let expected = Self.run(c, float32: false), actual = Self.run(c, float32: true)
            let what = "\(label) case \(number)"
            assertClose(actual.y, expected.y, "\(what) y")
            assertClose(actual.dx, expected.dx, "\(what) dx")
            assertClose(actual.dw, expected.dw, "\(what) dw")
            assertClose(actual.db, expected.db, "\(what) db")
        }
    }

    func testFloat32EqualsFloat64OneThread() {
        axon_set_threads(1)
        checkAllCases("1 thread")
    }

    func testFloat32EqualsFloat64TwoThreads() {
        axon_set_threads(2)
        checkAllCases("2 threads")
    }

    func testFloat32WithTheAVX2Tile() throws {
        guard axon_set_kernel_isa("avx2") == 1 else { throw XCTSkip("no AVX2+FMA on this CPU") }
        axon_set_threads(2)
        checkAllCases("avx2")
    }

    func testFloat32ByIm2colWithTheScalarKernels() {
        XCTAssertEqual(axon_set_kernel_isa("scalar"), 1)
        axon_set_threads(2)
        checkAllCases("scalar")
    }

    /// 2×2 max pooling with stride 2 takes eight outputs at a time in float32
    /// (AVX2); float64 takes the scalar loop. Ties (values on a coarse grid)
    /// and NaNs must pick the same element: the first maximum in scan order,
    /// a NaN over any number.
    func testMaxPool2x2Float32EqualsTheScalarLoop() {
        let planes = 5, height = 9, width = 37  // 4 × 18 outputs: two blocks of eight and a tail
        var x = Self.values(planes * height * width, seed: 7).map { ($0 * 4).rounded() / 4 }
        for index in stride(from: 3, to: x.count, by: 41) { x[index] = .nan }
        var g = axon_conv_geometry(channels: 1, height: Int64(height), width: Int64(width), kernel_h: 2, kernel_w: 2,
                                   stride_h: 2, stride_w: 2, dilation_h: 1, dilation_w: 1,
                                   pad_top: 0, pad_left: 0, pad_bottom: 0, pad_right: 0, out_h: 4, out_w: 18)
        let outputs = planes * 4 * 18
        var y = [Float](repeating: 0, count: outputs), indices = [Int64](repeating: -1, count: outputs)
        var y64 = [Double](repeating: 0, count: outputs), indices64 = [Int64](repeating: -1, count: outputs)
        axon_max_pool2d_f32(&g, Int64(planes), x, &y, &indices)
        axon_max_pool2d_f64(&g, Int64(planes), x.map(Double.init), &y64, &indices64)
        XCTAssertEqual(indices, indices64)
        for (a, b) in zip(y, y64) { XCTAssert(a.isNaN ? b.isNaN : Double(a) == b, "\(a) against \(b)") }
        XCTAssert(y.contains { $0.isNaN }, "the NaNs reached some windows")
        XCTAssertEqual(axon_set_kernel_isa("scalar"), 1)
        var scalar = [Int64](repeating: -1, count: outputs)
        axon_max_pool2d_f32(&g, Int64(planes), x, &y, &scalar)
        XCTAssertEqual(scalar, indices)
    }

    /// The same thread count gives the same bits, run after run.
    func testFloat32IsRepeatable() {
        axon_set_threads(2)
        for c in Self.cases.prefix(3) {
            let first = Self.run(c, float32: true), second = Self.run(c, float32: true)
            XCTAssertEqual(first.y, second.y)
            XCTAssertEqual(first.dx, second.dx)
            XCTAssertEqual(first.dw, second.dw)
        }
    }
}
