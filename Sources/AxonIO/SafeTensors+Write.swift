import AxonTensor
import Foundation

extension SafeTensors {
    /// Writes `tensors` and `metadata` to a safetensors file at `url`.
    ///
    /// The tensors' data follows the order given (a PyTorch `state_dict`'s
    /// order); the header is padded with spaces to a multiple of 8 bytes, as
    /// PyTorch's writer does, so the data starts aligned. The file is written
    /// by ``OutputFile``: whole or not at all, and only over a regular file
    /// (or a link to one) or nothing; a directory, a device or a FIFO at
    /// `url` is refused and left as it is.
    ///
    /// - Throws: ``SafeTensorsError/invalidName(name:reason:)`` for an empty,
    ///   repeated or reserved name; ``SafeTensorsError/ioFailure(path:reason:)``
    ///   when the file cannot be written.
    public static func write(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], to url: URL) throws {
        let bytes = try encode(tensors, metadata: metadata)
        do {
            try OutputFile.write(bytes, to: url)
        } catch {
            throw SafeTensorsError.ioFailure(path: error.path, reason: "cannot write: \(error.reason)")
        }
    }

    /// The bytes of a safetensors file holding `tensors` and `metadata`.
    public static func encode(_ tensors: [(String, Tensor)], metadata: [String: String] = [:]) throws -> Data {
        var seen = Set<String>()
        for (name, _) in tensors {
            if name.isEmpty { throw SafeTensorsError.invalidName(name: name, reason: "is empty") }
            if name == "__metadata__" { throw SafeTensorsError.invalidName(name: name, reason: "is reserved for the metadata") }
            if !seen.insert(name).inserted { throw SafeTensorsError.invalidName(name: name, reason: "appears twice") }
        }
        var entries: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.keys.sorted().map { "\(jsonString($0)):\(jsonString(metadata[$0] ?? ""))" }
            entries.append("\"__metadata__\":{\(pairs.joined(separator: ","))}")
        }
        var offset = 0
        for (name, tensor) in tensors {
            let size = tensor.count * tensor.dtype.byteSize
            let dtypeName = dtypeNames[tensor.dtype] ?? "F32"
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            entries.append("\(jsonString(name)):{\"dtype\":\"\(dtypeName)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + size)]}")
            offset += size
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        // Pad with spaces so that the data starts on an 8-byte boundary.
        while header.count % 8 != 0 { header.append(UInt8(ascii: " ")) }

        var file = Data(capacity: 8 + header.count + offset)
        var length = UInt64(header.count).littleEndian
        withUnsafeBytes(of: &length) { file.append(contentsOf: $0) }
        file.append(contentsOf: header)
        for (_, tensor) in tensors { appendLittleEndian(tensor, to: &file) }
        return file
    }

    /// Appends the elements of `tensor`, little-endian, in one bulk copy.
    private static func appendLittleEndian(_ tensor: Tensor, to file: inout Data) {
        func append<T: FixedWidthInteger>(_ values: [T]) {
            #if _endian(big)
            let values = values.map { $0.littleEndian }
            #endif
            values.withUnsafeBytes { file.append(contentsOf: $0) }
        }
        switch tensor.dtype {
        case .float32: append(tensor.scalars(as: Float.self).map(\.bitPattern))
        case .float64: append(tensor.scalars(as: Double.self).map(\.bitPattern))
        case .int32: append(tensor.scalars(as: Int32.self))
        case .int64: append(tensor.scalars(as: Int64.self))
        case .uint8: append(tensor.scalars(as: UInt8.self))
        case .bool: append(tensor.scalars(as: Bool.self).map { $0 ? UInt8(1) : 0 })
        }
    }

    /// `text` as a JSON string literal: quotes, backslashes and control
    /// characters escaped, everything else kept as UTF-8.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
