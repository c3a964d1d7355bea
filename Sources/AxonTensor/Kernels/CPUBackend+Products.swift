extension CPUBackend {
    func gemm(_ a: Tensor, _ b: Tensor, into c: Tensor, m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool,
              offsets: MatrixOffsets, bias: Tensor?, accumulate: Bool) {
        // Contiguous operands: each row of op(a), op(b) and c follows the last.
        let lda = transposeA ? m : k, ldb = transposeB ? k : n
        func run<T: KernelFloat>(_: T.Type) {
            let x = a.pointer(T.self) + offsets.a, y = b.pointer(T.self) + offsets.b, z = c.pointer(T.self) + offsets.c
            if let bias {
                precondition(!accumulate, "gemm: a bias and accumulation do not combine")
                T.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, a: x, lda: lda, b: y, ldb: ldb,
                       bias: bias.pointer(T.self), c: z, ldc: n)
            } else {
                T.gemm(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, a: x, lda: lda, b: y, ldb: ldb,
                       beta: accumulate ? 1 : 0, c: z, ldc: n)
            }
        }
        if c.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(a) {}
        withExtendedLifetime(b) {}
        withExtendedLifetime(bias) {}
    }
}
