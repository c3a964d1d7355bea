extension Tensor {
    /// The matrix product, with either operand read as its transpose.
    ///
    /// Operands are matrices (`[m, k]·[k, n]`) or batches of them
    /// (`[b, m, k]·[b, k, n]`; a matrix operand is shared by every item of a
    /// batch). The transposes are read in place by the kernel, never copied:
    /// `matmul(x, w, transposeB: true)` is `x·wᵀ`, the fully connected layer.
    /// The gradient uses the same three forms: for `C = A·B`,
    /// `∂A = ∂C·Bᵀ` and `∂B = Aᵀ·∂C`.
    public static func matmul(_ lhs: Tensor, _ rhs: Tensor, transposeA: Bool = false, transposeB: Bool = false) -> Tensor {
        let (a, b) = promote(lhs, rhs)
        a.requireFloat("matmul")
        let product = checked { () throws(ShapeError) in
            try MatmulShape(a.shape, b.shape, transposeA: transposeA, transposeB: transposeB)
        }
        let result = Tensor(uninitializedShape: product.resultShape, dtype: a.dtype, device: a.device)
        let (m, n, k) = (product.m, product.n, product.k)
        if product.batchedA && !product.batchedB && !transposeA {
            // A batch times one matrix is one tall product: [b·m, k]·[k, n].
            a.backend.gemm(a, b, into: result, m: product.batch * m, n: n, k: k, transposeB: transposeB)
        } else {
            for item in 0..<product.batch {
                let offsets = MatrixOffsets(a: product.batchedA ? item * m * k : 0, b: product.batchedB ? item * k * n : 0,
                                            c: item * m * n)
                a.backend.gemm(a, b, into: result, m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB,
                               offsets: offsets, bias: nil, accumulate: false)
            }
        }
        return record("matmul", result, a, b) { g in
            // Each gradient in the form that reads its operands untransposed.
            let gradientA: Tensor? = a.node == nil ? nil : (transposeA
                ? matmul(b, g, transposeA: transposeB, transposeB: true)
                : matmul(g, b, transposeA: false, transposeB: !transposeB)).sumToShape(a.shape)
            let gradientB: Tensor? = b.node == nil ? nil : (transposeB
                ? matmul(g, a, transposeA: true, transposeB: transposeA)
                : matmul(a, g, transposeA: !transposeA, transposeB: false)).sumToShape(b.shape)
            return [gradientA, gradientB]
        }
    }

    /// The matrix product `self · other`.
    public func matmul(_ other: Tensor) -> Tensor { Tensor.matmul(self, other) }
}

/// The sizes of a (batched) matrix product, checked.
struct MatmulShape {
    let m, n, k, batch: Int
    let batchedA, batchedB: Bool
    let resultShape: [Int]

    init(_ a: [Int], _ b: [Int], transposeA: Bool, transposeB: Bool) throws(ShapeError) {
        guard (2...3).contains(a.count), (2...3).contains(b.count) else {
            throw ShapeError("matmul: \(a) and \(b): operands must be matrices or batches of matrices (rank 2 or 3)")
        }
        let rowsA = a[a.count - 2], colsA = a[a.count - 1]
        let rowsB = b[b.count - 2], colsB = b[b.count - 1]
        let (m, innerA) = transposeA ? (colsA, rowsA) : (rowsA, colsA)
        let (innerB, n) = transposeB ? (colsB, rowsB) : (rowsB, colsB)
        guard innerA == innerB else {
            throw ShapeError("matmul: \(a) and \(b): inner dimensions \(innerA) and \(innerB) differ")
        }
        batchedA = a.count == 3
        batchedB = b.count == 3
        let batchA = batchedA ? a[0] : 1, batchB = batchedB ? b[0] : 1
        if batchedA && batchedB && batchA != batchB {
            throw ShapeError("matmul: \(a) and \(b): batch sizes \(batchA) and \(batchB) differ")
        }
        self.m = m
        self.n = n
        self.k = innerA
        batch = Swift.max(batchA, batchB)
        resultShape = (batchedA || batchedB) ? [batch, m, n] : [m, n]
    }
}
