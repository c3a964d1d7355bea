import Foundation
import XCTest
@testable import AxonTrain

/// A reader of TensorBoard event files for the tests, written from the
/// format's description rather than from the writer: records are split and
/// their checksums checked, and the protocol-buffer fields are decoded by
/// number and wire type.
struct EventFileReader {
    /// What one `Event` holds, as far as Axon writes it.
    struct Event {
        var wallTime = 0.0
        var step = 0
        var fileVersion: String?
        var scalars: [String: Float] = [:]
        var histograms: [String: TensorBoardHistogram] = [:]
    }

    struct FormatError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The records of `bytes`, each checked against its two CRCs.
    static func records(_ bytes: [UInt8]) throws -> [[UInt8]] {
        var records: [[UInt8]] = []
        var position = 0
        while position < bytes.count {
            guard position + 12 <= bytes.count else { throw FormatError("a header cut short at byte \(position)") }
            let lengthBytes = Array(bytes[position ..< position + 8])
            let length = Int(littleEndian(lengthBytes, as: UInt64.self))
            let lengthCRC = littleEndian(Array(bytes[position + 8 ..< position + 12]), as: UInt32.self)
            guard lengthCRC == CRC32C.masked(of: lengthBytes) else { throw FormatError("the length's CRC at byte \(position)") }
            let start = position + 12
            guard start + length + 4 <= bytes.count else { throw FormatError("a record cut short at byte \(position)") }
            let data = Array(bytes[start ..< start + length])
            let dataCRC = littleEndian(Array(bytes[start + length ..< start + length + 4]), as: UInt32.self)
            guard dataCRC == CRC32C.masked(of: data) else { throw FormatError("the data's CRC at byte \(position)") }
            records.append(data)
            position = start + length + 4
        }
        return records
    }

    /// Every event of the file at `url`.
    static func events(in url: URL) throws -> [Event] {
        try records(Array(Data(contentsOf: url))).map(decodeEvent)
    }

    /// The event files of `directory`, in name order (TensorBoard's).
    static func eventFiles(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.contains("tfevents") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func littleEndian<T: FixedWidthInteger>(_ bytes: [UInt8], as type: T.Type) -> T {
        var value: T = 0
        for (i, byte) in bytes.enumerated() { value |= T(byte) << (8 * i) }
        return value
    }

    /// A field: its number and its payload (a varint or fixed value as
    /// integer bits, or the bytes of a length-delimited one).
    enum Field {
        case integer(Int, UInt64)
        case bytes(Int, [UInt8])
    }

    static func fields(_ bytes: [UInt8]) throws -> [Field] {
        var fields: [Field] = []
        var position = 0
        func varint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard position < bytes.count, shift < 64 else { throw FormatError("a varint runs off the end") }
                let byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
        func take(_ count: Int) throws -> [UInt8] {
            guard position + count <= bytes.count else { throw FormatError("a field runs off the end") }
            defer { position += count }
            return Array(bytes[position ..< position + count])
        }
        while position < bytes.count {
            let key = try varint()
            let number = Int(key >> 3)
            switch key & 7 {
            case 0: fields.append(.integer(number, try varint()))
            case 1: fields.append(.integer(number, littleEndian(try take(8), as: UInt64.self)))
            case 2: fields.append(.bytes(number, try take(Int(try varint()))))
            case 5: fields.append(.integer(number, UInt64(littleEndian(try take(4), as: UInt32.self))))
            default: throw FormatError("wire type \(key & 7)")
            }
        }
        return fields
    }

    static func decodeEvent(_ bytes: [UInt8]) throws -> Event {
        var event = Event()
        for field in try fields(bytes) {
            switch field {
            case let .integer(1, bits): event.wallTime = Double(bitPattern: bits)
            case let .integer(2, bits): event.step = Int(Int64(bitPattern: bits))
            case let .bytes(3, text): event.fileVersion = String(decoding: text, as: UTF8.self)
            case let .bytes(5, summary):
                for case let .bytes(1, value) in try fields(summary) {
                    try decodeValue(value, into: &event)
                }
            default: throw FormatError("an unexpected Event field \(field)")
            }
        }
        return event
    }

    static func decodeValue(_ bytes: [UInt8], into event: inout Event) throws {
        var tag = ""
        var scalar: Float?
        var histogram: TensorBoardHistogram?
        for field in try fields(bytes) {
            switch field {
            case let .bytes(1, text): tag = String(decoding: text, as: UTF8.self)
            case let .integer(2, bits): scalar = Float(bitPattern: UInt32(bits))
            case let .bytes(5, message): histogram = try decodeHistogram(message)
            default: throw FormatError("an unexpected Summary.Value field \(field)")
            }
        }
        if let scalar { event.scalars[tag] = scalar }
        if let histogram { event.histograms[tag] = histogram }
    }

    static func decodeHistogram(_ bytes: [UInt8]) throws -> TensorBoardHistogram {
        var histogram = TensorBoardHistogram([])
        histogram.bucketLimits = []
        histogram.bucketCounts = []
        func doubles(_ packed: [UInt8]) -> [Double] {
            stride(from: 0, to: packed.count, by: 8).map {
                Double(bitPattern: littleEndian(Array(packed[$0 ..< $0 + 8]), as: UInt64.self))
            }
        }
        for field in try fields(bytes) {
            switch field {
            case let .integer(1, bits): histogram.min = Double(bitPattern: bits)
            case let .integer(2, bits): histogram.max = Double(bitPattern: bits)
            case let .integer(3, bits): histogram.count = Double(bitPattern: bits)
            case let .integer(4, bits): histogram.sum = Double(bitPattern: bits)
            case let .integer(5, bits): histogram.sumOfSquares = Double(bitPattern: bits)
            case let .bytes(6, packed): histogram.bucketLimits = doubles(packed)
            case let .bytes(7, packed): histogram.bucketCounts = doubles(packed)
            default: throw FormatError("an unexpected HistogramProto field \(field)")
            }
        }
        return histogram
    }
}
