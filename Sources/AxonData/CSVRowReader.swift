/// The rows of CSV text (RFC 4180): fields separated by commas, rows by
/// `\n`, `\r\n` or `\r`; a field in double quotes may hold commas, line
/// breaks and `""` for a quote. Spaces and tabs around a field are dropped
/// (inside quotes they stay). A blank line is no row.
///
/// A pure function from text to rows or an error naming the line, so that
/// it can be fuzzed on its own. It costs little beyond the text: fields are
/// Swift strings (up to 15 bytes stored inline), no per-character objects,
/// and a row longer than ``DataLimits/maximumColumns`` fields stops the
/// reading where that row passes the limit. A NUL byte is an error (it is no
/// text, and number parsing would stop at it: `0\0.5` read as 0), as is a
/// quote left open at the end of the file or text after a closing quote.
enum CSVRowReader {
    /// The rows of `text` that are not blank, each with the line it starts
    /// on (from 1); `path` names the source in errors.
    static func records(in text: String, path: String, maximumColumns: Int) throws -> [CSVDataset.Record] {
        var records: [CSVDataset.Record] = []
        try forEachRecord(in: text, path: path, maximumColumns: maximumColumns) { records.append($0) }
        return records
    }

    /// Hands each row of `text` that is not blank to `body` as it is read,
    /// so that a caller keeping only numbers never holds every field as text.
    static func forEachRecord(in text: String, path: String, maximumColumns: Int,
                              _ body: (CSVDataset.Record) throws -> Void) throws {
        var text = text
        try text.withUTF8 { bytes in
            var reader = Scanner(bytes: bytes, path: path, maximumColumns: maximumColumns)
            while let record = try reader.next() { try body(record) }
        }
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The reading position in the text and the line it is on.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let path: String
        let maximumColumns: Int
        var index = 0
        var line = 1

        init(bytes: UnsafeBufferPointer<UInt8>, path: String, maximumColumns: Int) {
            self.bytes = bytes
            self.path = path
            self.maximumColumns = maximumColumns
            // A byte-order mark is no part of the first field.
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        }

        /// The next row that is not blank, or `nil` at the end of the text.
        mutating func next() throws(DataError) -> CSVDataset.Record? {
            while index < bytes.count {
                let start = line
                let fields = try row()
                if !(fields.count == 1 && fields[0].isEmpty) { return CSVDataset.Record(line: start, fields: fields) }
            }
            return nil
        }

        /// One row's fields, reading past the line break that ends it.
        private mutating func row() throws(DataError) -> [String] {
            let start = line
            var fields: [String] = []
            while true {
                guard fields.count < maximumColumns else {
                    throw DataError.invalidField(path: path, line: start, column: maximumColumns + 1,
                                                 reason: "a row of more than \(maximumColumns) fields, the limit (raise it with --max-columns)")
                }
                fields.append(try field(column: fields.count + 1))
                guard index < bytes.count else { return fields }
                let separator = bytes[index]
                index += 1
                if separator == CSVRowReader.comma { continue }
                if separator == CSVRowReader.carriageReturn, index < bytes.count, bytes[index] == CSVRowReader.lineFeed {
                    index += 1
                }
                line += 1
                return fields
            }
        }

        /// One field, stopping before the comma or line break after it.
        private mutating func field(column: Int) throws(DataError) -> String {
            while index < bytes.count, CSVRowReader.isBlank(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == CSVRowReader.quote else { return try plainField(column: column) }
            let opened = line
            index += 1
            var text: [UInt8] = []
            var runStart = index
            while true {
                guard index < bytes.count else {
                    throw DataError.invalidField(path: path, line: opened, column: column,
                                                 reason: "a quoted field is not closed before the end of the file")
                }
                let byte = bytes[index]
                if byte == CSVRowReader.quote {
                    text.append(contentsOf: bytes[runStart..<index])
                    index += 1
                    // `""` is a quote inside the field; a lone quote closes it.
                    guard index < bytes.count, bytes[index] == CSVRowReader.quote else { break }
                    text.append(CSVRowReader.quote)
                    index += 1
                    runStart = index
                    continue
                }
                if byte == 0 { throw nulByte(column: column) }
                if byte == CSVRowReader.lineFeed || byte == CSVRowReader.carriageReturn {
                    let pair = byte == CSVRowReader.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == CSVRowReader.lineFeed
                    if !pair { line += 1 }
                }
                index += 1
            }
            while index < bytes.count, CSVRowReader.isBlank(bytes[index]) { index += 1 }
            if index < bytes.count {
                let byte = bytes[index]
                guard byte == CSVRowReader.comma || byte == CSVRowReader.carriageReturn || byte == CSVRowReader.lineFeed else {
                    throw DataError.invalidField(path: path, line: line, column: column,
                                                 reason: "text after the closing quote of a quoted field (a quote inside quotes is written \"\")")
                }
            }
            return String(decoding: text, as: UTF8.self)
        }

        /// A field without quotes, spaces and tabs around it dropped.
        private mutating func plainField(column: Int) throws(DataError) -> String {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == CSVRowReader.comma || byte == CSVRowReader.lineFeed || byte == CSVRowReader.carriageReturn { break }
                if byte == 0 { throw nulByte(column: column) }
                index += 1
            }
            var end = index
            while end > start, CSVRowReader.isBlank(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        private func nulByte(column: Int) -> DataError {
            .invalidField(path: path, line: line, column: column, reason: "a NUL byte: the file is not text")
        }
    }
}
