import CAxonKernels

extension CPUBackend {
    func reduce(_ reduction: ReductionKernel, _ x: Tensor, outer: Int, length: Int, inner: Int, into y: Tensor) {
        let op: axon_reduce_op
        switch reduction {
        case .sum: op = AXON_SUM
        case .maximum: op = AXON_MAXIMUM
        case .minimum: op = AXON_MINIMUM
        }
        func run<T: KernelFloat>(_: T.Type) {
            let source = x.pointer(T.self), destination = y.pointer(T.self)
            if length == 0 {
                destination.initialize(repeating: 0, count: outer * inner)
                return
            }
            for o in 0..<outer {
                let block = source + o * length * inner
                if inner == 1 {
                    destination[o] = T.reduce(op, block, length)
                } else {
                    T.reduceRows(op, block, length, inner, destination + o * inner, accumulate: false)
                }
            }
        }
        if x.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        withExtendedLifetime(x) {}
    }

    func columnSums(_ x: Tensor, rows: Int, columns: Int, into y: Tensor) {
        if x.dtype == .float32 {
            Float.reduceRows(AXON_SUM, x.pointer(Float.self), rows, columns, y.pointer(Float.self), accumulate: false)
        } else {
            Double.reduceRows(AXON_SUM, x.pointer(Double.self), rows, columns, y.pointer(Double.self), accumulate: false)
        }
        withExtendedLifetime(x) {}
    }

    func argExtremum(_ x: Tensor, rows: Int, length: Int, largest: Bool, into y: Tensor) {
        if x.dtype == .float32 {
            axon_arg_extremum_f32(x.pointer(Float.self), Int64(rows), Int64(length), largest ? 1 : 0, y.pointer(Int64.self))
        } else {
            axon_arg_extremum_f64(x.pointer(Double.self), Int64(rows), Int64(length), largest ? 1 : 0, y.pointer(Int64.self))
        }
        withExtendedLifetime(x) {}
        withExtendedLifetime(y) {}
    }
}
