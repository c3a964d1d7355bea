import CAxonKernels
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ``Backend`` of main memory: the C kernels of `CAxonKernels` (SIMD,
/// threaded where it pays) and the Swift loops around them. This file holds
/// the memory and elementwise kernels; reductions, products and the fused
/// training kernels are in the files beside it.
struct CPUBackend: Backend {
    // MARK: Memory

    func fill(_ tensor: Tensor, with value: Double) {
        guard tensor.count > 0 else { return }
        if value == 0 {
            tensor.storage.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: tensor.count * tensor.dtype.byteSize)
            return
        }
        func fill<T: TensorScalar>(_: T.Type) {
            tensor.pointer(T.self).initialize(repeating: T(fromDouble: value), count: tensor.count)
        }
        // Concrete types, not `Tensor.scalarType(of:)`: every scalar operand is
        // a fill, so it must not pay for generic metadata look-ups.
        switch tensor.dtype {
        case .float32: fill(Float.self)
        case .float64: fill(Double.self)
        case .int32: fill(Int32.self)
        case .int64: fill(Int64.self)
        case .uint8: fill(UInt8.self)
        case .bool: fill(Bool.self)
        }
    }

    func cast(_ x: Tensor, into y: Tensor) {
        // Two switches give every (source, target) pair its own specialised
        // loop; going through `any TensorScalar.Type` costs a witness call
        // per element (half a second for MNIST's pixels).
        func convert<Source: TensorScalar, Target: TensorScalar>(_: Source.Type, _: Target.Type) {
            let source = x.pointer(Source.self), destination = y.pointer(Target.self)
            for i in 0..<x.count { destination[i] = Target(fromDouble: source[i].doubleValue) }
        }
        func from<Source: TensorScalar>(_ source: Source.Type) {
            switch y.dtype {
            case .float32: convert(source, Float.self)
            case .float64: convert(source, Double.self)
            case .int32: convert(source, Int32.self)
            case .int64: convert(source, Int64.self)
            case .uint8: convert(source, UInt8.self)
            case .bool: convert(source, Bool.self)
            }
        }
        switch x.dtype {
        case .float32: from(Float.self)
        case .float64: from(Double.self)
        case .int32: from(Int32.self)
        case .int64: from(Int64.self)
        case .uint8: from(UInt8.self)
        case .bool: from(Bool.self)
        }
        withExtendedLifetime(x) {}
    }

    func copy(_ source: Tensor, from sourceOffset: Int, into target: Tensor, at offset: Int, count: Int) {
        precondition(source.dtype == target.dtype)
        guard count > 0 else { return }
        let size = source.dtype.byteSize
        memcpy(target.storage.pointer + offset * size, source.storage.pointer + sourceOffset * size, count * size)
        withExtendedLifetime(source) {}
    }

    func accumulate(_ source: Tensor, from sourceOffset: Int, into target: Tensor, at offset: Int, count: Int) {
        func run<T: KernelFloat>(_: T.Type) {
            let destination = target.pointer(T.self) + offset
            T.binary(AXON_ADD, destination, source.pointer(T.self) + sourceOffset, destination, count)
        }
        if target.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(source) {}
    }

    func gather(_ x: Tensor, strides: [Int], into y: Tensor) {
        guard y.count > 0 else { return }
        func copy<Word>(_: Word.Type) {
            let source = x.storage.pointer.assumingMemoryBound(to: Word.self)
            let destination = y.storage.pointer.assumingMemoryBound(to: Word.self)
            let runs = BroadcastRuns(shape: y.shape, operandStrides: [strides])
            let n = runs.runLength, step = runs.runStride(0)
            runs.forEachRun { offsets, o in
                let start = offsets[0]
                if step == 1 {
                    (destination + o).update(from: source + start, count: n)
                } else {
                    var s = start
                    for i in 0..<n {
                        destination[o + i] = source[s]
                        s += step
                    }
                }
            }
        }
        switch x.dtype.byteSize {
        case 1: copy(UInt8.self)
        case 4: copy(UInt32.self)
        default: copy(UInt64.self)
        }
        withExtendedLifetime(x) {}
    }

    func wrappedIndices(_ indices: Tensor, bound: Int) -> Result<Tensor, IndexOutOfRange> {
        let count = Int64(indices.count), source = indices.pointer(Int64.self)
        // Indices already in range (a data loader's) are used as they are.
        if axon_first_outside_i64(source, count, Int64(bound)) < 0 { return .success(indices) }
        let wrapped = Tensor(uninitializedShape: [indices.count], dtype: .int64, device: indices.device)
        let failed = axon_wrap_indices_i64(source, count, Int64(bound), wrapped.pointer(Int64.self))
        withExtendedLifetime(indices) {}
        return failed < 0 ? .success(wrapped) : .failure(IndexOutOfRange(position: Int(failed)))
    }

    func gatherRows(_ x: Tensor, rows: Tensor, outer: Int, length: Int, inner: Int, into y: Tensor) {
        let rowBytes = inner * x.dtype.byteSize
        for o in 0..<outer {
            axon_gather_rows(x.storage.pointer + o * length * rowBytes, y.storage.pointer + o * rows.count * rowBytes,
                             Int64(rowBytes), rows.pointer(Int64.self), Int64(rows.count))
        }
        withExtendedLifetime(x) {}
        withExtendedLifetime(rows) {}
    }

    func gatherScaledBytes(_ x: Tensor, rows: Tensor, scale: Double, into y: Tensor) {
        axon_gather_scaled_bytes(x.storage.pointer.assumingMemoryBound(to: UInt8.self), y.pointer(Float.self),
                                 Int64(x.shape[1]), Float(scale), rows.pointer(Int64.self), Int64(rows.count))
        withExtendedLifetime(x) {}
        withExtendedLifetime(rows) {}
    }

    func gatherElements(_ x: Tensor, offsets: [Int], into y: Tensor) {
        func run<T: TensorScalar>(_: T.Type) {
            let source = x.pointer(T.self), destination = y.pointer(T.self)
            for (i, offset) in offsets.enumerated() { destination[i] = source[offset] }
        }
        run(Tensor.scalarType(of: x.dtype))
        withExtendedLifetime(x) {}
    }

    func gatherElements(_ x: Tensor, offsets: [Int], fill: Double, into y: Tensor) {
        func run<T: TensorScalar>(_: T.Type) {
            let source = x.pointer(T.self), destination = y.pointer(T.self)
            let value = T(fromDouble: fill)
            for (i, offset) in offsets.enumerated() { destination[i] = offset >= 0 ? source[offset] : value }
        }
        run(Tensor.scalarType(of: x.dtype))
        withExtendedLifetime(x) {}
    }

    func scatterAddElements(_ x: Tensor, offsets: [Int], into y: Tensor) {
        func run<T: KernelFloat>(_: T.Type) {
            let source = x.pointer(T.self), destination = y.pointer(T.self)
            for (i, offset) in offsets.enumerated() where offset >= 0 { destination[offset] += source[i] }
        }
        if y.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(x) {}
    }

    // MARK: Elementwise

    func unary(_ function: UnaryKernel, _ x: Tensor, into y: Tensor) {
        let op = function.op
        // In place is fine: the kernels load each vector before storing it.
        switch x.dtype {
        case .float32: Float.unary(op, x.pointer(Float.self), y.pointer(Float.self), x.count)
        default: Double.unary(op, x.pointer(Double.self), y.pointer(Double.self), x.count)
        }
        withExtendedLifetime(x) {}
    }

    func scalarFunction(_ function: ScalarFunctionKernel, _ x: Tensor, into y: Tensor) {
        func apply(float: (Float) -> Float, double: (Double) -> Double) {
            if x.dtype == .float32 {
                let source = x.pointer(Float.self), destination = y.pointer(Float.self)
                for i in 0..<x.count { destination[i] = float(source[i]) }
            } else {
                let source = x.pointer(Double.self), destination = y.pointer(Double.self)
                for i in 0..<x.count { destination[i] = double(source[i]) }
            }
        }
        switch function {
        case .log1p: apply(float: { log1pf($0) }, double: { log1p($0) })
        case .expm1: apply(float: { expm1f($0) }, double: { expm1($0) })
        case .erf: apply(float: { erff($0) }, double: { erf($0) })
        }
        withExtendedLifetime(x) {}
    }

    func binary(_ operation: BinaryKernel, _ a: Tensor, _ b: Tensor, into z: Tensor) {
        let op = operation.op
        func run<T: KernelFloat>(_: T.Type) {
            let x = a.pointer(T.self), y = b.pointer(T.self), out = z.pointer(T.self)
            if a.shape == b.shape {
                T.binary(op, x, y, out, z.count)
            } else if b.count == 1 {
                T.binary(op, x, y[0], out, z.count)
            } else if a.count == 1 {
                T.binary(op, x[0], y, out, z.count)
            } else {
                let runs = BroadcastRuns(shape: z.shape, operandShapes: [a.shape, b.shape])
                let n = runs.runLength
                let strideA = runs.runStride(0), strideB = runs.runStride(1)
                runs.forEachRun { offsets, o in
                    let xa = x + offsets[0], yb = y + offsets[1]
                    switch (strideA, strideB) {
                    case (1, 1): T.binary(op, xa, yb, out + o, n)
                    case (1, _): T.binary(op, xa, yb[0], out + o, n)
                    case (_, 1): T.binary(op, xa[0], yb, out + o, n)
                    default:
                        T.binary(op, xa, yb[0], out + o, 1)
                        for i in 1..<n { out[o + i] = out[o] }
                    }
                }
            }
        }
        if a.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(a) {}
        withExtendedLifetime(b) {}
    }

    func integerBinary(_ operation: IntegerKernel, _ a: Tensor, _ b: Tensor, into z: Tensor) {
        switch operation {
        case .add: broadcast(a, b, into: z, as: Int64.self, Int64.self, to: Int64.self, &+)
        case .subtract: broadcast(a, b, into: z, as: Int64.self, Int64.self, to: Int64.self, &-)
        case .multiply: broadcast(a, b, into: z, as: Int64.self, Int64.self, to: Int64.self, &*)
        }
    }

    func compare(_ comparison: ComparisonKernel, _ a: Tensor, _ b: Tensor, into z: Tensor) {
        let predicate: (Double, Double) -> Bool
        switch comparison {
        case .equal: predicate = { $0 == $1 }
        case .notEqual: predicate = { $0 != $1 }
        case .less: predicate = { $0 < $1 }
        case .lessEqual: predicate = { $0 <= $1 }
        case .greater: predicate = { $0 > $1 }
        case .greaterEqual: predicate = { $0 >= $1 }
        case .and: predicate = { $0 != 0 && $1 != 0 }
        case .or: predicate = { $0 != 0 || $1 != 0 }
        }
        switch a.dtype {
        case .float32: broadcast(a, b, into: z, as: Float.self, Float.self, to: Bool.self) { predicate(Double($0), Double($1)) }
        case .float64: broadcast(a, b, into: z, as: Double.self, Double.self, to: Bool.self, predicate)
        case .int64: broadcast(a, b, into: z, as: Int64.self, Int64.self, to: Bool.self) { predicate(Double($0), Double($1)) }
        default:
            let a64 = Tensor(uninitializedShape: a.shape, dtype: .int64), b64 = Tensor(uninitializedShape: b.shape, dtype: .int64)
            cast(a, into: a64)
            cast(b, into: b64)
            compare(comparison, a64, b64, into: z)
        }
    }

    func select(_ mask: Tensor, _ a: Tensor, _ b: Tensor, into z: Tensor) {
        func select<T: TensorScalar>(_: T.Type) {
            let m = mask.pointer(Bool.self), p = a.pointer(T.self), q = b.pointer(T.self), out = z.pointer(T.self)
            let runs = BroadcastRuns(shape: z.shape, operandShapes: [mask.shape, a.shape, b.shape])
            let n = runs.runLength
            let sm = runs.runStride(0), sp = runs.runStride(1), sq = runs.runStride(2)
            runs.forEachRun { offsets, o in
                var i = offsets[0], j = offsets[1], k = offsets[2]
                for e in 0..<n {
                    out[o + e] = m[i] ? p[j] : q[k]
                    i += sm
                    j += sp
                    k += sq
                }
            }
        }
        select(Tensor.scalarType(of: a.dtype))
        withExtendedLifetime(mask) {}
        withExtendedLifetime(a) {}
        withExtendedLifetime(b) {}
    }

    /// A broadcast of any dtypes through a Swift closure on typed elements:
    /// integer arithmetic and comparisons.
    private func broadcast<A: TensorScalar, B: TensorScalar, R: TensorScalar>(
        _ a: Tensor, _ b: Tensor, into z: Tensor, as _: A.Type, _: B.Type, to _: R.Type, _ transform: (A, B) -> R
    ) {
        let x = a.pointer(A.self), y = b.pointer(B.self), out = z.pointer(R.self)
        let runs = BroadcastRuns(shape: z.shape, operandShapes: [a.shape, b.shape])
        let n = runs.runLength
        let strideA = runs.runStride(0), strideB = runs.runStride(1)
        runs.forEachRun { offsets, o in
            var i = offsets[0], j = offsets[1]
            for k in 0..<n {
                out[o + k] = transform(x[i], y[j])
                i += strideA
                j += strideB
            }
        }
        withExtendedLifetime(a) {}
        withExtendedLifetime(b) {}
    }
}

extension UnaryKernel {
    /// The C kernels' name for the function.
    var op: axon_unary_op {
        switch self {
        case .exp: AXON_EXP
        case .log: AXON_LOG
        case .sqrt: AXON_SQRT
        case .abs: AXON_ABS
        case .sign: AXON_SIGN
        case .square: AXON_SQUARE
        case .negate: AXON_NEG
        case .tanh: AXON_TANH
        case .sigmoid: AXON_SIGMOID
        case .relu: AXON_RELU
        }
    }
}

extension BinaryKernel {
    /// The C kernels' name for the operation.
    var op: axon_binary_op {
        switch self {
        case .add: AXON_ADD
        case .subtract: AXON_SUB
        case .multiply: AXON_MUL
        case .divide: AXON_DIV
        case .power: AXON_POW
        case .maximum: AXON_MAX
        case .minimum: AXON_MIN
        case .tanhBackward: AXON_TANH_BACKWARD
        case .sigmoidBackward: AXON_SIGMOID_BACKWARD
        case .reluBackward: AXON_RELU_BACKWARD
        }
    }
}
