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
    /// The tensor stored in the IDX file at `url`.
    ///
    /// - Throws: ``DataError`` when the file is missing or unreadable, the gzip
    ///   stream is corrupt, the magic number is wrong, or the data is shorter
    ///   or longer than the dimensions say.
    public static func read(from url: URL) throws -> Tensor {
        let file = try contents(of: url)
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
    }

    /// The bytes of one element of each IDX type code.
    static let elementSizes: [UInt8: Int] = [0x08: 1, 0x09: 1, 0x0B: 2, 0x0C: 4, 0x0D: 4, 0x0E: 8]

    /// Checks the magic number, the element type and that the data fills the
    /// dimensions exactly.
    static func parseHeader(_ bytes: [UInt8], path: String) throws -> Header {
        guard bytes.count >= 4 else {
            throw DataError.malformed(path: path, reason: "\(bytes.count) bytes is too short for an IDX header")
        }
        guard bytes[0] == 0, bytes[1] == 0 else {
            let magic = bytes[0..<4].map { String(format: "%02x", $0) }.joined(separator: " ")
            throw DataError.malformed(path: path, reason: "bad magic number \(magic): an IDX file starts with 00 00")
        }
        let elementType = bytes[2]
        guard let elementSize = elementSizes[elementType] else {
            throw DataError.malformed(path: path, reason: String(format: "unknown IDX element type 0x%02X", elementType))
        }
        let rank = Int(bytes[3])
        let dataOffset = 4 + 4 * rank
        guard bytes.count >= dataOffset else {
            throw DataError.malformed(path: path, reason: "file ends inside the header (\(rank) dimensions need \(dataOffset) bytes, found \(bytes.count))")
        }
        var dimensions: [Int] = []
        var elementCount = 1
        for axis in 0..<rank {
            let base = 4 + 4 * axis
            let size = Int(bytes[base]) << 24 | Int(bytes[base + 1]) << 16 | Int(bytes[base + 2]) << 8 | Int(bytes[base + 3])
            dimensions.append(size)
            let (product, overflow) = elementCount.multipliedReportingOverflow(by: size)
            guard !overflow, product <= Int(Int32.max) * 16 else {
                throw DataError.malformed(path: path, reason: "dimensions \(dimensions) are too large")
            }
            elementCount = product
        }
        let expected = elementCount * elementSize
        let found = bytes.count - dataOffset
        guard found >= expected else {
            throw DataError.truncated(path: path, expectedBytes: expected, foundBytes: found)
        }
        guard found == expected else {
            throw DataError.malformed(path: path, reason: "\(found - expected) bytes follow the \(expected) bytes of data that dimensions \(dimensions) hold")
        }
        return Header(elementType: elementType, dimensions: dimensions, dataOffset: dataOffset)
    }

    /// The bytes of the file at `url`, decompressed when they are gzip.
    static func contents(of url: URL) throws -> (bytes: [UInt8], path: String) {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DataError.fileNotFound(path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DataError.unreadable(path: path, reason: error.localizedDescription)
        }
        let bytes = [UInt8](data)
        return (Gzip.isCompressed(bytes) ? try Gzip.decompress(bytes, path: path) : bytes, path)
    }
}
