/// CRC-32C (Castagnoli), the checksum of TensorFlow's record files: the
/// reflected polynomial 0x82F63B78, initial value and final xor 0xFFFFFFFF.
/// `CRC32C.checksum(of: "123456789".utf8)` is `0xE3069283`.
enum CRC32C {
    /// The remainder of each byte value, one table lookup per input byte.
    private static let table: [UInt32] = (0 ..< 256).map { byte in
        var remainder = UInt32(byte)
        for _ in 0 ..< 8 {
            remainder = remainder & 1 == 1 ? (remainder >> 1) ^ 0x82F6_3B78 : remainder >> 1
        }
        return remainder
    }

    /// The checksum of `bytes`.
    static func checksum<Bytes: Sequence>(of bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { table in
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        return ~crc
    }

    /// The checksum as record files store it: rotated right by 15 bits plus
    /// a constant, because a CRC of data that holds CRCs is weak.
    static func masked<Bytes: Sequence>(of bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        let crc = checksum(of: bytes)
        return ((crc >> 15) | (crc << 17)) &+ 0xA282_EAD8
    }
}
