import Axon
import Foundation

/// The rows of a CSV file as text, read by ``CSVDataset``'s own reader, for
/// `axon predict`, which passes some fields through as they are (an id
/// column, the inputs): the first row is a header when one of its fields is
/// a word where the second row has a number.
struct CSVTable {
    /// One row and the line of the file it starts on (from 1).
    struct Row {
        var line: Int
        var fields: [String]
    }

    /// The file, as errors name it.
    let path: String
    /// The header's fields, if the file has a header.
    let header: [String]?
    /// The data rows, in file order.
    let rows: [Row]

    /// The table in the CSV file at `path`.
    ///
    /// - Throws: ``DataError`` when the file is missing, not a regular file,
    ///   unreadable, not UTF-8, empty, ends inside a quoted field or has a
    ///   row of more than `maximumColumns` fields.
    init(path: String, maximumColumns: Int = DataLimits().maximumColumns) throws {
        try self.init(text: try CSVDataset.readText(path), path: path, maximumColumns: maximumColumns)
    }

    /// The table in CSV `text`; `path` names the source in errors.
    init(text: String, path: String, maximumColumns: Int = DataLimits().maximumColumns) throws {
        let records = try CSVDataset.readRecords(text, path: path, maximumColumns: maximumColumns)
        var rows = records.map { Row(line: $0.line, fields: $0.fields) }
        guard let first = rows.first else { throw DataError.malformed(path: path, reason: "the file holds no rows") }
        let hasHeader = CSVDataset.hasHeader(records)
        if hasHeader { rows.removeFirst() }
        self.path = path
        self.header = hasHeader ? first.fields : nil
        self.rows = rows
    }

    /// The number of columns: the header's width, else the first row's.
    var width: Int { header?.count ?? rows.first?.fields.count ?? 0 }

    /// The name of column `index` (from 0) for messages: its header name,
    /// else `column N` (from 1).
    func columnName(_ index: Int) -> String {
        if let header, index < header.count { return header[index] }
        return "column \(index + 1)"
    }

    /// The field at `column` of `row` as a number, or an error saying where.
    func number(_ row: Row, _ column: Int) throws -> Double {
        try CSVDataset.number(row.fields[column], line: row.line, column: column, named: columnName(column), path: path)
    }
}
