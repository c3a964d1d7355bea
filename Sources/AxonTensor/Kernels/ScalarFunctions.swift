#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Tensor {
    /// A libm function applied to every element of a float tensor (float32
    /// through its float variant), for functions without a vector kernel.
    static func scalarFunction(_ name: String, _ x: Tensor, float: (Float) -> Float, double: (Double) -> Double) -> Tensor {
        x.requireFloat(name)
        let result = Tensor(uninitializedShape: x.shape, dtype: x.dtype)
        if x.dtype == .float32 {
            let source = x.pointer(Float.self), destination = result.pointer(Float.self)
            for i in 0..<x.count { destination[i] = float(source[i]) }
        } else {
            let source = x.pointer(Double.self), destination = result.pointer(Double.self)
            for i in 0..<x.count { destination[i] = double(source[i]) }
        }
        withExtendedLifetime(x) {}
        return result
    }
}

extension Tensor {
    /// log(1 + x) elementwise, accurate for small |x|; d/dx = 1/(1 + x).
    public func log1p() -> Tensor {
        let x = self
        let y = Tensor.scalarFunction("log1p", x, float: { Glibc_log1pf($0) }, double: { Glibc_log1p($0) })
        return Tensor.record("log1p", y, x) { g in [g / (x.detached() + 1)] }
    }

    /// eˣ − 1 elementwise, accurate for small |x|; d/dx = eˣ.
    public func expm1() -> Tensor {
        let x = self
        let y = Tensor.scalarFunction("expm1", x, float: { Glibc_expm1f($0) }, double: { Glibc_expm1($0) })
        // eˣ itself, not y + 1, which rounds to 0 for x below about −37.
        return Tensor.record("expm1", y, x) { g in [g * x.detached().exp()] }
    }

    /// The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt elementwise;
    /// d/dx = 2/√π · e^(−x²).
    public func erf() -> Tensor {
        let x = self
        let y = Tensor.scalarFunction("erf", x, float: { Glibc_erff($0) }, double: { Glibc_erf($0) })
        return Tensor.record("erf", y, x) { g in [g * (-x.detached().squared()).exp() * (2 / Double.pi.squareRoot())] }
    }
}

// The C library's functions under names that Tensor's methods do not shadow.
@inline(__always) private func Glibc_log1pf(_ x: Float) -> Float { log1pf(x) }
@inline(__always) private func Glibc_log1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func Glibc_expm1f(_ x: Float) -> Float { expm1f(x) }
@inline(__always) private func Glibc_expm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) private func Glibc_erff(_ x: Float) -> Float { erff(x) }
@inline(__always) private func Glibc_erf(_ x: Double) -> Double { erf(x) }
