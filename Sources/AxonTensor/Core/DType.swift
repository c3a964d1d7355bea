/// The element type of a ``Tensor``, chosen at run time.
///
/// `float32` is the default for data and parameters; `float64` serves gradient
/// checks and exact comparisons with reference numbers; `int64` and `int32`
/// hold labels and indices; `uint8` holds raw image bytes; `bool` holds the
/// masks that comparisons produce.
public enum DType: String, Sendable, CaseIterable, CustomStringConvertible {
    case float32
    case float64
    case int32
    case int64
    case uint8
    case bool

    /// The size of one element in bytes.
    public var byteSize: Int {
        switch self {
        case .float32, .int32: return 4
        case .float64, .int64: return 8
        case .uint8, .bool: return 1
        }
    }

    /// Whether the type is `float32` or `float64`, the types that can carry gradients.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// Whether the type holds integers (`int32`, `int64`, `uint8`).
    public var isInteger: Bool { self == .int32 || self == .int64 || self == .uint8 }

    public var description: String { rawValue }
}

/// A Swift type that can be the element of a ``Tensor``.
public protocol TensorScalar: Sendable {
    /// The dtype whose storage holds values of this type.
    static var dtype: DType { get }
    /// Converts from `Double`, rounding or truncating like a C cast.
    init(fromDouble value: Double)
    /// The value as a `Double`.
    var doubleValue: Double { get }
}

extension Float: TensorScalar {
    public static var dtype: DType { .float32 }
    public init(fromDouble value: Double) { self = Float(value) }
    public var doubleValue: Double { Double(self) }
}

extension Double: TensorScalar {
    public static var dtype: DType { .float64 }
    public init(fromDouble value: Double) { self = value }
    public var doubleValue: Double { self }
}

extension Int32: TensorScalar {
    public static var dtype: DType { .int32 }
    public init(fromDouble value: Double) { self = value.isFinite ? Int32(clamping: Int64(value.rounded(.towardZero).clamped(-9.2e18, 9.2e18))) : 0 }
    public var doubleValue: Double { Double(self) }
}

extension Int64: TensorScalar {
    public static var dtype: DType { .int64 }
    public init(fromDouble value: Double) { self = value.isFinite ? Int64(value.rounded(.towardZero).clamped(-9.2e18, 9.2e18)) : 0 }
    public var doubleValue: Double { Double(self) }
}

extension UInt8: TensorScalar {
    public static var dtype: DType { .uint8 }
    public init(fromDouble value: Double) { self = value.isFinite ? UInt8(truncatingIfNeeded: Int64(value.rounded(.towardZero).clamped(-9.2e18, 9.2e18))) : 0 }
    public var doubleValue: Double { Double(self) }
}

extension Bool: TensorScalar {
    public static var dtype: DType { .bool }
    public init(fromDouble value: Double) { self = value != 0 }
    public var doubleValue: Double { self ? 1 : 0 }
}

extension Double {
    fileprivate func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}

/// A floating-point element type: the types that ops with gradients compute in.
public protocol TensorFloat: TensorScalar, BinaryFloatingPoint {}
extension Float: TensorFloat {}
extension Double: TensorFloat {}
