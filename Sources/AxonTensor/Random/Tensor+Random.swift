extension Tensor {
    /// Uniform samples in [`low`, `high`).
    public static func randomUniform(
        _ shape: [Int], low: Double = 0, high: Double = 1, dtype: DType = .float32,
        generator: inout RandomGenerator
    ) -> Tensor {
        precondition(dtype.isFloatingPoint, "randomUniform: dtype must be float32 or float64, not \(dtype)")
        precondition(low <= high, "randomUniform: low \(low) is above high \(high)")
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "randomUniform") }
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        let width = high - low
        if dtype == .float32 {
            let p = result.pointer(Float.self)
            for i in 0..<result.count { p[i] = Float(low + width * Double(generator.nextUnitFloat())) }
        } else {
            let p = result.pointer(Double.self)
            for i in 0..<result.count { p[i] = low + width * generator.nextUnitDouble() }
        }
        return result
    }

    /// A dropout mask: `1/(1 − probability)` where a uniform draw in [0, 1)
    /// is at least `probability`, 0 elsewhere. The draws are those of
    /// ``randomUniform(_:low:high:dtype:generator:)``, compared and scaled in
    /// `dtype` (the same numbers as `(randomUniform(…) .>= p).cast(to:) * scale`),
    /// in one pass instead of four.
    public static func dropoutMask(
        _ shape: [Int], probability: Double, dtype: DType = .float32, generator: inout RandomGenerator
    ) -> Tensor {
        precondition(dtype.isFloatingPoint, "dropoutMask: dtype must be float32 or float64, not \(dtype)")
        precondition(probability >= 0 && probability < 1, "dropoutMask: probability must be in [0, 1), got \(probability)")
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "dropoutMask") }
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        let scale = 1 / (1 - probability)
        if dtype == .float32 {
            let p = result.pointer(Float.self)
            let threshold = Float(probability), kept = Float(scale)
            for i in 0..<result.count { p[i] = generator.nextUnitFloat() >= threshold ? kept : 0 }
        } else {
            let p = result.pointer(Double.self)
            for i in 0..<result.count { p[i] = generator.nextUnitDouble() >= probability ? scale : 0 }
        }
        return result
    }

    /// Normal samples with the given mean and standard deviation.
    public static func randomNormal(
        _ shape: [Int], mean: Double = 0, standardDeviation: Double = 1, dtype: DType = .float32,
        generator: inout RandomGenerator
    ) -> Tensor {
        precondition(dtype.isFloatingPoint, "randomNormal: dtype must be float32 or float64, not \(dtype)")
        precondition(standardDeviation >= 0, "randomNormal: standard deviation must not be negative, got \(standardDeviation)")
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "randomNormal") }
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        if dtype == .float32 {
            let p = result.pointer(Float.self)
            for i in 0..<result.count { p[i] = Float(mean + standardDeviation * generator.nextStandardNormal()) }
        } else {
            let p = result.pointer(Double.self)
            for i in 0..<result.count { p[i] = mean + standardDeviation * generator.nextStandardNormal() }
        }
        return result
    }

    /// Uniform integers in `low..<high`.
    public static func randomIntegers(
        _ shape: [Int], low: Int = 0, high: Int, dtype: DType = .int64,
        generator: inout RandomGenerator
    ) -> Tensor {
        precondition(low < high, "randomIntegers: low \(low) must be below high \(high)")
        checked { () throws(ShapeError) in try Shape.validate(shape, op: "randomIntegers") }
        let count = Shape.elementCount(shape)
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count { values[i] = Double(low + generator.nextInt(below: high - low)) }
        return Tensor(values, shape: shape).cast(to: dtype)
    }

    /// A random permutation of `0..<n` (Fisher–Yates), as int64.
    public static func randomPermutation(_ n: Int, generator: inout RandomGenerator) -> Tensor {
        precondition(n >= 0, "randomPermutation: n must not be negative, got \(n)")
        var values = (0..<n).map { Int64($0) }
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) {
                values.swapAt(i, generator.nextInt(below: i + 1))
            }
        }
        return Tensor(values)
    }
}
