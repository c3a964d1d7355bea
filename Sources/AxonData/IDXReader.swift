import AxonTensor
import Foundation

/// Reads IDX files, the format of MNIST, Fashion-MNIST and EMNIST, gzipped
/// or not (gzip is recognised by its magic number, not the file name).
///
/// An IDX file is a 4-byte magic number `00 00 TT NN` (element type `TT`,
/// `NN` dimensions), `NN` big-endian 32-bit dimension sizes, then the
/// elements in row-major order, big-endian. Element types map to dtypes:
///
/// | code | IDX type      | dtype    |
/// |------|---------------|----------|
/// | 0x08 | unsigned byte | uint8    |
/// | 0x09 | signed byte   | int32    |
/// | 0x0B | short (16 b)  | int32    |
/// | 0x0C | int (32 b)    | int32    |
/// | 0x0D | float (32 b)  | float32  |
/// | 0x0E | double (64 b) | float64  |
///
/// Signed integers widen to int32, which holds every value exactly (Axon has
/// no int8 or int16 dtype).
public enum IDXReader {
    /// The tensor stored in the IDX file at `url`; a gzip file may
    /// decompress to no more than `limits` allow. The default value of
    /// `limits` is `DataLimits()`.
    ///
    /// - Throws: ``DataError`` when the file is missing or unreadable, the gzip
    ///   stream is corrupt, the magic number is wrong, or the data is shorter
    ///   or longer than the dimensions say.
    public static func read(from url: URL, limits: DataLimits = DataLimits()) throws -> Tensor {
        let file = try contents(of: url, limits: limits)
        return try decode(file.bytes, path: file.path)
    }

    /// The tensor stored in IDX `bytes` (already decompressed); `path` names
    /// the source in errors.
    public static func decode(_ bytes: [UInt8], path: String) throws -> Tensor {
        let header = try parseHeader(bytes, path: path)
        let count = Shape.elementCount(header.dimensions)
        return bytes.withUnsafeBytes { raw -> Tensor in
            let data = UnsafeRawBufferPointer(rebasing: raw[header.dataOffset...])
            switch header.elementType {
            case 0x08:
                return Tensor(Array(data.bindMemory(to: UInt8.self)), shape: header.dimensions)
            case 0x09:
                let values = (0..<count).map { Int32(Int8(bitPattern: data[$0])) }
                return Tensor(values, shape: header.dimensions)
            case 0x0B:
                let values = (0..<count).map { Int32(Int16(bigEndian: data.loadUnaligned(fromByteOffset: 2 * $0, as: Int16.self))) }
                return Tensor(values, shape: header.dimensions)
            case 0x0C:
                let values = (0..<count).map { Int32(bigEndian: data.loadUnaligned(fromByteOffset: 4 * $0, as: Int32.self)) }
                return Tensor(values, shape: header.dimensions)
            case 0x0D:
                let values = (0..<count).map {
                    Float(bitPattern: UInt32(bigEndian: data.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self)))
                }
                return Tensor(values, shape: header.dimensions)
            default:
                let values = (0..<count).map {
                    Double(bitPattern: UInt64(bigEndian: data.loadUnaligned(fromByteOffset: 8 * $0, as: UInt64.self)))
                }
                return Tensor(values, shape: header.dimensions)
            }
        }
    }

    /// What an IDX header says: the element type code, the dimensions, and
    /// where the elements start.
    struct Header {
        var elementType: UInt8
        var dimensions: [Int]
        var dataOffset: Int
        /// The bytes of data the dimensions hold.
        var dataBytes: Int
    }

    /// The bytes of one element of each IDX type code.
    static let elementSizes: [UInt8: Int] = [0x08: 1, 0x09: 1, 0x0B: 2, 0x0C: 4, 0x0D: 4, 0x0E: 8]

    /// The most elements a file may hold (34 billion: far past any data set,
    /// and a bound that keeps every size computed from the dimensions an Int).
    static let maximumElements = Int(Int32.max) * 16

    /// Checks the magic number, the element type and that the data fill the
    /// dimensions exactly.
    static func parseHeader(_ bytes: [UInt8], path: String) throws -> Header {
        guard bytes.count >= 4 else {
            throw DataError.malformed(path: path, reason: "\(bytes.count) bytes is too short for an IDX header")
        }
        guard let header = try bytes.withUnsafeBufferPointer({ try readHeader($0, path: path) }) else {
            let rank = Int(bytes[3])
            throw DataError.malformed(path: path, reason: "file ends inside the header (\(rank) dimensions need \(4 + 4 * rank) bytes, found \(bytes.count))")
        }
        let expected = header.dataBytes
        let found = bytes.count - header.dataOffset
        guard found >= expected else {
            throw DataError.truncated(path: path, expectedBytes: expected, foundBytes: found)
        }
        guard found == expected else {
            throw DataError.malformed(path: path, reason: "\(found - expected) bytes follow the \(expected) bytes of data that dimensions \(header.dimensions) hold")
        }
        return header
    }

    /// The header at the start of `prefix`, or `nil` when `prefix` ends
    /// before it does; the data after it are not looked at. Every size is
    /// computed with overflow checks: dimensions of 2³² − 1 are an error,
    /// not a trap.
    static func readHeader(_ prefix: UnsafeBufferPointer<UInt8>, path: String) throws -> Header? {
        guard prefix.count >= 4 else { return nil }
        guard prefix[0] == 0, prefix[1] == 0 else {
            let magic = prefix[0..<4].map { String(format: "%02x", $0) }.joined(separator: " ")
            throw DataError.malformed(path: path, reason: "bad magic number \(magic): an IDX file starts with 00 00")
        }
        let elementType = prefix[2]
        guard let elementSize = elementSizes[elementType] else {
            throw DataError.malformed(path: path, reason: String(format: "unknown IDX element type 0x%02X", elementType))
        }
        let rank = Int(prefix[3])
        let dataOffset = 4 + 4 * rank
        guard prefix.count >= dataOffset else { return nil }
        var dimensions: [Int] = []
        var elementCount = 1
        var largest = 1
        for axis in 0..<rank {
            let base = 4 + 4 * axis
            let size = Int(prefix[base]) << 24 | Int(prefix[base + 1]) << 16 | Int(prefix[base + 2]) << 8 | Int(prefix[base + 3])
            dimensions.append(size)
            // A zero dimension empties the file, but the others still make
            // shapes and strides: their product must stay in bounds too.
            let (product, overflow) = largest.multipliedReportingOverflow(by: Swift.max(size, 1))
            guard !overflow, product <= maximumElements else {
                throw DataError.malformed(path: path, reason: "dimensions \(dimensions) are too large (more than \(maximumElements) elements)")
            }
            largest = product
            elementCount *= size
        }
        return Header(elementType: elementType, dimensions: dimensions, dataOffset: dataOffset,
                      dataBytes: elementCount * elementSize)
    }

    /// The bytes of the file at `url`, decompressed when they are gzip:
    /// inflating stops at the size the IDX header announces, and at the
    /// decompressed-size limit.
    static func contents(of url: URL, limits: DataLimits = DataLimits()) throws -> (bytes: [UInt8], path: String) {
        let path = url.path
        let bytes = [UInt8](try readDataFile(path))
        guard Gzip.isCompressed(bytes) else { return (bytes, path) }
        let inflated = try Gzip.decompress(bytes, path: path, maximumBytes: limits.maximumDecompressedBytes) { prefix in
            try readHeader(prefix, path: path).map { $0.dataOffset + $0.dataBytes }
        }
        return (inflated, path)
    }
}
