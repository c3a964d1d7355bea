import AxonTensor
import Foundation

extension SafeTensors {
    /// The tensors and metadata of the safetensors file at `url`.
    ///
    /// Every tensor is checked before it is read: its dtype must be one Axon
    /// holds, its byte range must match its shape, and the ranges must tile
    /// the data buffer exactly.
    ///
    /// - Throws: ``SafeTensorsError`` naming the file and what is wrong.
    public static func read(from url: URL) throws -> SafeTensorsFile {
        let path = url.path
        let data: Data
        do {
            data = try InputFile.read(path)
        } catch .notFound {
            throw SafeTensorsError.fileNotFound(path: path)
        } catch {
            throw SafeTensorsError.ioFailure(path: path, reason: "cannot read: \(error)")
        }
        return try decode(data, path: path)
    }

    /// The tensors and metadata in safetensors `bytes`; `path` names the
    /// source in errors.
    public static func decode(_ bytes: Data, path: String) throws -> SafeTensorsFile {
        guard bytes.count >= 8 else { throw SafeTensorsError.tooShort(path: path, size: bytes.count) }
        let start = bytes.startIndex
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(bytes[start + i]) << (8 * UInt64(i)) }
        guard length <= maximumHeaderLength else { throw SafeTensorsError.headerTooLarge(path: path, length: length) }
        guard 8 + Int(length) <= bytes.count else {
            throw SafeTensorsError.headerBeyondFile(path: path, length: length, fileSize: bytes.count)
        }
        let headerBytes = bytes[(start + 8) ..< (start + 8 + Int(length))]
        let header = try parseHeader(Data(headerBytes), path: path)
        let buffer = bytes[(start + 8 + Int(length))...]
        try checkLayout(header.entries, bufferSize: buffer.count, path: path)

        var tensors: [(name: String, tensor: Tensor)] = []
        buffer.withUnsafeBytes { raw in
            for entry in header.entries.sorted(by: { $0.begin < $1.begin }) {
                let slice = UnsafeRawBufferPointer(rebasing: raw[entry.begin ..< entry.end])
                tensors.append((entry.name, tensor(from: slice, dtype: entry.dtype, shape: entry.shape)))
            }
        }
        return SafeTensorsFile(tensors: tensors, metadata: header.metadata)
    }

    /// One tensor's entry in the header, with its dtype resolved.
    struct Entry {
        var name: String
        var dtype: DType
        var shape: [Int]
        var begin: Int
        var end: Int
    }

    /// The JSON header's tensors and metadata, each entry checked on its own.
    static func parseHeader(_ json: Data, path: String) throws -> (entries: [Entry], metadata: [String: String]) {
        guard String(data: json, encoding: .utf8) != nil else {
            throw SafeTensorsError.invalidHeader(path: path, reason: "not UTF-8 text")
        }
        let (raw, metadata) = try json.withUnsafeBytes { bytes in
            var parser = SafeTensorsHeaderParser(bytes, path: path, maximumTensors: maximumTensors)
            return try parser.parse()
        }
        var entries: [Entry] = []
        entries.reserveCapacity(raw.count)
        for entry in raw { entries.append(try checkEntry(entry, path: path)) }
        return (entries, metadata)
    }

    /// One tensor's `{"dtype", "shape", "data_offsets"}`, checked against itself.
    private static func checkEntry(_ raw: SafeTensorsHeaderParser.RawEntry, path: String) throws -> Entry {
        let name = raw.name
        func fail(_ reason: String) -> SafeTensorsError {
            .invalidHeader(path: path, reason: "tensor \"\(name)\": \(reason)")
        }
        guard raw.isObject else { throw fail("the entry is not an object") }
        guard let dtypeName = raw.dtype else { throw fail("\"dtype\" is missing or not a string") }
        guard let shape = raw.shape else {
            throw fail("\"shape\" is missing or not a list of non-negative integers")
        }
        guard let offsets = raw.offsets, offsets.count == 2 else {
            throw fail("\"data_offsets\" is missing or not two non-negative integers")
        }
        guard let dtype = dtype(named: dtypeName) else {
            if unsupportedNames.contains(dtypeName) {
                throw SafeTensorsError.unsupportedDType(path: path, tensor: name, dtype: dtypeName)
            }
            throw SafeTensorsError.unknownDType(path: path, tensor: name, dtype: dtypeName)
        }
        guard shape.count <= maximumRank else {
            throw fail("\"shape\" has \(shape.count) dimensions, more than Axon's limit of \(maximumRank)")
        }
        let (begin, end) = (offsets[0], offsets[1])
        guard begin <= end else {
            throw SafeTensorsError.invalidOffsets(path: path, tensor: name, reason: "data_offsets [\(begin), \(end)] end before they begin")
        }
        // Every product of dimensions must fit an Int, even where a zero
        // makes the whole tensor empty: strides are such products.
        var bytes = dtype.byteSize
        var nonzero = dtype.byteSize
        for size in shape {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: size)
            let (stride, strideOverflow) = nonzero.multipliedReportingOverflow(by: Swift.max(size, 1))
            guard !overflow, !strideOverflow else {
                throw SafeTensorsError.shapeMismatch(path: path, tensor: name, shape: shape, dtype: dtypeName, bytes: end - begin)
            }
            bytes = product
            nonzero = stride
        }
        guard bytes == end - begin else {
            throw SafeTensorsError.shapeMismatch(path: path, tensor: name, shape: shape, dtype: dtypeName, bytes: end - begin)
        }
        return Entry(name: name, dtype: dtype, shape: shape, begin: begin, end: end)
    }

    /// Checks that the byte ranges, in order, start at 0, follow each other
    /// without gap or overlap, and end at the end of the buffer.
    static func checkLayout(_ entries: [Entry], bufferSize: Int, path: String) throws {
        var position = 0
        for entry in entries.sorted(by: { ($0.begin, $0.end) < ($1.begin, $1.end) }) {
            guard entry.end <= bufferSize else {
                throw SafeTensorsError.invalidOffsets(path: path, tensor: entry.name,
                                                      reason: "data_offsets [\(entry.begin), \(entry.end)] run past the \(bufferSize)-byte data buffer")
            }
            guard entry.begin >= position else {
                throw SafeTensorsError.invalidOffsets(path: path, tensor: entry.name,
                                                      reason: "data_offsets [\(entry.begin), \(entry.end)] overlap the tensor before, which ends at \(position)")
            }
            guard entry.begin == position else {
                throw SafeTensorsError.invalidOffsets(path: path, tensor: entry.name,
                                                      reason: "data_offsets [\(entry.begin), \(entry.end)] leave a gap after byte \(position)")
            }
            position = entry.end
        }
        guard position == bufferSize else {
            throw SafeTensorsError.incompleteBuffer(path: path, covered: position, size: bufferSize)
        }
    }

    /// A tensor copied out of little-endian bytes.
    private static func tensor(from bytes: UnsafeRawBufferPointer, dtype: DType, shape: [Int]) -> Tensor {
        switch dtype {
        case .float32: return Tensor(littleEndianValues(bytes, as: UInt32.self).map { Float(bitPattern: $0) }, shape: shape)
        case .float64: return Tensor(littleEndianValues(bytes, as: UInt64.self).map { Double(bitPattern: $0) }, shape: shape)
        case .int32: return Tensor(littleEndianValues(bytes, as: Int32.self), shape: shape)
        case .int64: return Tensor(littleEndianValues(bytes, as: Int64.self), shape: shape)
        case .uint8: return Tensor(Array(bytes.bindMemory(to: UInt8.self)), shape: shape)
        case .bool: return Tensor(bytes.map { $0 != 0 }, shape: shape)
        }
    }

    /// The integers in `bytes`, stored little-endian, copied in bulk.
    static func littleEndianValues<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, as type: T.Type) -> [T] {
        let count = bytes.count / MemoryLayout<T>.size
        return [T](unsafeUninitializedCapacity: count) { values, initialized in
            if let base = bytes.baseAddress, count > 0 {
                UnsafeMutableRawPointer(values.baseAddress!).copyMemory(from: base, byteCount: count * MemoryLayout<T>.size)
            }
            #if _endian(big)
            for i in 0..<count { values[i] = T(littleEndian: values[i]) }
            #endif
            initialized = count
        }
    }
}
