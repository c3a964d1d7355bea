import CAxonKernels

/// A floating-point type with C kernels: `Float` and `Double`. Generic code
/// over `KernelFloat` is specialised for both, so one Swift body serves both
/// dtypes at full speed.
protocol KernelFloat: TensorFloat {
    static func binary(_ op: axon_binary_op, _ x: UnsafePointer<Self>, _ y: UnsafePointer<Self>, _ z: UnsafeMutablePointer<Self>, _ n: Int)
    static func binary(_ op: axon_binary_op, _ x: UnsafePointer<Self>, _ y: Self, _ z: UnsafeMutablePointer<Self>, _ n: Int)
    static func binary(_ op: axon_binary_op, _ x: Self, _ y: UnsafePointer<Self>, _ z: UnsafeMutablePointer<Self>, _ n: Int)
    static func unary(_ op: axon_unary_op, _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ n: Int)
    static func reduce(_ op: axon_reduce_op, _ x: UnsafePointer<Self>, _ n: Int) -> Self
    static func reduceRows(_ op: axon_reduce_op, _ x: UnsafePointer<Self>, _ m: Int, _ n: Int, _ y: UnsafeMutablePointer<Self>, accumulate: Bool)
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// C = op(A)·op(B) + bias, bias[j] added to column j (C = op(A)·op(B) without one).
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                     bias: UnsafePointer<Self>?, c: UnsafeMutablePointer<Self>, ldc: Int)
}

extension Float: KernelFloat {
    static func binary(_ op: axon_binary_op, _ x: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, _ n: Int) {
        axon_binary_f32(op, x, y, z, Int64(n))
    }
    static func binary(_ op: axon_binary_op, _ x: UnsafePointer<Float>, _ y: Float, _ z: UnsafeMutablePointer<Float>, _ n: Int) {
        axon_binary_vs_f32(op, x, y, z, Int64(n))
    }
    static func binary(_ op: axon_binary_op, _ x: Float, _ y: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, _ n: Int) {
        axon_binary_sv_f32(op, x, y, z, Int64(n))
    }
    static func unary(_ op: axon_unary_op, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        axon_unary_f32(op, x, y, Int64(n))
    }
    static func reduce(_ op: axon_reduce_op, _ x: UnsafePointer<Float>, _ n: Int) -> Float {
        axon_reduce_f32(op, x, Int64(n))
    }
    static func reduceRows(_ op: axon_reduce_op, _ x: UnsafePointer<Float>, _ m: Int, _ n: Int, _ y: UnsafeMutablePointer<Float>, accumulate: Bool) {
        axon_reduce_rows_f32(op, x, Int64(m), Int64(n), y, accumulate ? 1 : 0)
    }
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        axon_gemm_f32(transposeA ? 1 : 0, transposeB ? 1 : 0, Int64(m), Int64(n), Int64(k),
                      a, Int64(lda), b, Int64(ldb), beta, c, Int64(ldc))
    }
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int) {
        axon_gemm_bias_f32(transposeA ? 1 : 0, transposeB ? 1 : 0, Int64(m), Int64(n), Int64(k),
                           a, Int64(lda), b, Int64(ldb), bias, c, Int64(ldc))
    }
}

extension Double: KernelFloat {
    static func binary(_ op: axon_binary_op, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ z: UnsafeMutablePointer<Double>, _ n: Int) {
        axon_binary_f64(op, x, y, z, Int64(n))
    }
    static func binary(_ op: axon_binary_op, _ x: UnsafePointer<Double>, _ y: Double, _ z: UnsafeMutablePointer<Double>, _ n: Int) {
        axon_binary_vs_f64(op, x, y, z, Int64(n))
    }
    static func binary(_ op: axon_binary_op, _ x: Double, _ y: UnsafePointer<Double>, _ z: UnsafeMutablePointer<Double>, _ n: Int) {
        axon_binary_sv_f64(op, x, y, z, Int64(n))
    }
    static func unary(_ op: axon_unary_op, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        axon_unary_f64(op, x, y, Int64(n))
    }
    static func reduce(_ op: axon_reduce_op, _ x: UnsafePointer<Double>, _ n: Int) -> Double {
        axon_reduce_f64(op, x, Int64(n))
    }
    static func reduceRows(_ op: axon_reduce_op, _ x: UnsafePointer<Double>, _ m: Int, _ n: Int, _ y: UnsafeMutablePointer<Double>, accumulate: Bool) {
        axon_reduce_rows_f64(op, x, Int64(m), Int64(n), y, accumulate ? 1 : 0)
    }
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                     beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        axon_gemm_f64(transposeA ? 1 : 0, transposeB ? 1 : 0, Int64(m), Int64(n), Int64(k),
                      a, Int64(lda), b, Int64(ldb), beta, c, Int64(ldc))
    }
    static func gemm(transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
                     a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                     bias: UnsafePointer<Double>?, c: UnsafeMutablePointer<Double>, ldc: Int) {
        axon_gemm_bias_f64(transposeA ? 1 : 0, transposeB ? 1 : 0, Int64(m), Int64(n), Int64(k),
                           a, Int64(lda), b, Int64(ldb), bias, c, Int64(ldc))
    }
}
