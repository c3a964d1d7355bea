import XCTest
@testable import AxonTrain

final class CRC32CTests: XCTestCase {
    /// The check value of the CRC catalogue and the iSCSI vectors of RFC 3720, appendix B.4.
    func testKnownChecksums() {
        XCTAssertEqual(CRC32C.checksum(of: Array("123456789".utf8)), 0xE306_9283)
        XCTAssertEqual(CRC32C.checksum(of: [UInt8]()), 0)
        XCTAssertEqual(CRC32C.checksum(of: [UInt8](repeating: 0, count: 32)), 0x8A91_36AA)
        XCTAssertEqual(CRC32C.checksum(of: [UInt8](repeating: 0xFF, count: 32)), 0x62A8_AB43)
        XCTAssertEqual(CRC32C.checksum(of: (0 ..< 32).map(UInt8.init)), 0x46DD_794E)
        XCTAssertEqual(CRC32C.checksum(of: (0 ..< 32).reversed().map(UInt8.init)), 0x113F_DB5C)
    }

    /// Masked values as TensorBoard's own reader computes them (`masked_crc32c`).
    func testMaskedChecksumsMatchTensorBoards() {
        XCTAssertEqual(CRC32C.masked(of: Array("123456789".utf8)), 0xC78A_B0E5)
        XCTAssertEqual(CRC32C.masked(of: [UInt8]()), 0xA282_EAD8)
        XCTAssertEqual(CRC32C.masked(of: [UInt8](repeating: 0, count: 32)), 0x0FD7_FFFA)
    }
}
