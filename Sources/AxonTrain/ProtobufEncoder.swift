/// The protocol-buffer wire format, as far as TensorBoard's events and ONNX
/// models need it: each field is a key `(number << 3) | wire type`, then a
/// varint (type 0), 8 little-endian bytes (type 1), a length and that many
/// bytes (type 2) or 4 little-endian bytes (type 5). Proto3 leaves out scalar
/// fields equal to zero; writing them anyway is allowed, and simpler.
///
/// A repeated scalar field of proto2 (ONNX's `dims`, `ints`) is written one
/// key per value, as proto2 does unless the field is declared packed;
/// readers accept either form.
struct ProtobufEncoder {
    private(set) var bytes: [UInt8] = []

    private enum WireType: UInt64 {
        case varint = 0, fixed64 = 1, lengthDelimited = 2, fixed32 = 5
    }

    private mutating func appendKey(field: Int, _ type: WireType) {
        appendVarint(UInt64(field) << 3 | type.rawValue)
    }

    /// Seven bits a byte, least significant first; the high bit says more follow.
    mutating func appendVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// An `int64` (or `int32`, or an enum): a negative number is its 64-bit
    /// two's complement, ten bytes.
    mutating func appendInt64(_ value: Int64, field: Int) {
        appendKey(field: field, .varint)
        appendVarint(UInt64(bitPattern: value))
    }

    /// A `repeated int64` of proto2, unpacked: one key and varint per value.
    mutating func appendInt64s(_ values: [Int], field: Int) {
        for value in values { appendInt64(Int64(value), field: field) }
    }

    mutating func appendDouble(_ value: Double, field: Int) {
        appendKey(field: field, .fixed64)
        appendLittleEndian(value.bitPattern)
    }

    mutating func appendFloat(_ value: Float, field: Int) {
        appendKey(field: field, .fixed32)
        appendLittleEndian(value.bitPattern)
    }

    mutating func appendString(_ value: String, field: Int) {
        appendMessage(Array(value.utf8), field: field)
    }

    /// An embedded message (or any bytes): its length, then the bytes.
    mutating func appendMessage(_ message: [UInt8], field: Int) {
        appendKey(field: field, .lengthDelimited)
        appendVarint(UInt64(message.count))
        bytes.append(contentsOf: message)
    }

    /// A `repeated double` in proto3's packed form: one length-delimited
    /// field holding the doubles back to back.
    mutating func appendPackedDoubles(_ values: [Double], field: Int) {
        appendKey(field: field, .lengthDelimited)
        appendVarint(UInt64(values.count * 8))
        for value in values { appendLittleEndian(value.bitPattern) }
    }
}
