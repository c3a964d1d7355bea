import AxonTensor
import Foundation

/// Reads a table of numbers from a CSV file (RFC 4180: fields separated by
/// commas, double quotes around fields that hold commas, quotes or line
/// breaks, `""` for a quote inside them) into a ``TensorDataset``.
///
/// - The first row is a header when one of its fields is not a number in a
///   column that holds numbers in the second row.
/// - The label is the last column, or the column named by `label`
///   (which needs a header). Integer labels are class indices as they are;
///   any other labels are class names, numbered in sorted order and kept in
///   ``TensorDataset/classNames``.
/// - `targets: K` makes the last `K` columns real-valued regression targets.
/// - Every other column is a feature and must hold numbers.
///
/// Errors name the file, line and column: `iris.csv:12:3: "n/a" in column
/// "petal_length" is not a number`. A value must be finite in float32 (no
/// `nan`, `inf` or `1e39`), and the file may make no more classes and have
/// no longer rows than its ``DataLimits`` allow.
public enum CSVDataset {
    /// The data set in the CSV file at `url`; see ``CSVDataset`` for the rules.
    ///
    /// - Parameters:
    ///   - label: the name of the label column. The default value is `nil`:
    ///     the last column.
    ///   - targets: the number of trailing real-valued target columns, for
    ///     regression. The default value is `nil`: one class label.
    ///   - limits: the most classes and columns the file may have. The
    ///     default value is `DataLimits()`.
    public static func load(from url: URL, label: String? = nil, targets: Int? = nil,
                            limits: DataLimits = DataLimits()) throws -> TensorDataset {
        let path = url.path
        return try parse(try readText(path), path: path, label: label, targets: targets, limits: limits)
    }

    /// The text of the CSV file at `path`, which must be a regular file of UTF-8.
    package static func readText(_ path: String) throws(DataError) -> String {
        let data = try readDataFile(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError.unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        return text
    }

    /// The data set in CSV `text`; `path` names the source in errors.
    public static func parse(_ text: String, path: String, label: String? = nil, targets: Int? = nil,
                             limits: DataLimits = DataLimits()) throws -> TensorDataset {
        // The first two rows decide the header; the rest are taken as they are read.
        var firstRows: [Record] = []
        var builder: CSVDatasetBuilder?
        try CSVRowReader.forEachRecord(in: text, path: path, maximumColumns: limits.maximumColumns) { record in
            if builder != nil {
                try builder?.add(record)
                return
            }
            firstRows.append(record)
            if firstRows.count == 2 {
                builder = try CSVDatasetBuilder(firstRows: firstRows, path: path, label: label, targets: targets, limits: limits)
            }
        }
        let built = try builder ?? CSVDatasetBuilder(firstRows: firstRows, path: path, label: label, targets: targets, limits: limits)
        return try built.finish()
    }

    /// One CSV row and the line it starts on.
    package struct Record {
        package var line: Int
        package var fields: [String]
    }

    /// The non-blank rows of `text`, with their line numbers (the command
    /// line reads CSV rows as text through this too); see ``CSVRowReader``.
    package static func readRecords(_ text: String, path: String,
                                    maximumColumns: Int = DataLimits().maximumColumns) throws -> [Record] {
        try CSVRowReader.records(in: text, path: path, maximumColumns: maximumColumns)
    }

    /// Whether the first record is a header: it has a word (a field that is
    /// neither empty nor a number) where the second record has a number, or,
    /// alone, a word anywhere. An empty field is a missing value, not a name.
    package static func hasHeader(_ records: [Record]) -> Bool {
        guard let first = records.first else { return false }
        func isWord(_ field: String) -> Bool { !field.isEmpty && Double(field) == nil }
        guard records.count > 1 else { return first.fields.contains(where: isWord) }
        let second = records[1].fields
        for (column, field) in first.fields.enumerated() where column < second.count {
            if Double(second[column]) != nil && isWord(field) { return true }
        }
        return false
    }

    /// The indices of the label column, or of the `targets` regression columns.
    static func chooseTargetColumns(names: [String], hasHeader: Bool, label: String?, targets: Int?, path: String) throws -> [Int] {
        let width = names.count
        if let targets {
            guard targets >= 1, targets < width else {
                throw DataError.invalidOption(option: "targets", value: String(targets),
                                              reason: "must be between 1 and \(width - 1) for a file of \(width) columns (\(path))")
            }
            return Array((width - targets)..<width)
        }
        guard let label else {
            guard width >= 2 else { throw DataError.malformed(path: path, reason: "one column: no features beside the label") }
            return [width - 1]
        }
        guard hasHeader else {
            throw DataError.invalidOption(option: "label", value: label, reason: "needs a header row, and \(path) has none")
        }
        guard let index = names.firstIndex(of: label) else {
            throw DataError.invalidOption(option: "label", value: label,
                                          reason: "is not a column of \(path) (columns: \(messageListing(names)))")
        }
        guard width >= 2 else { throw DataError.malformed(path: path, reason: "one column: no features beside the label") }
        return [index]
    }

    /// The field at `column` of `record` as a number, or an error saying where.
    private static func number(_ record: Record, _ column: Int, names: [String], path: String) throws -> Double {
        try number(record.fields[column], line: record.line, column: column, named: column < names.count ? names[column] : "column \(column + 1)", path: path)
    }

    /// `field` (on `line`, in `column` from 0, called `name`) as a number,
    /// or an error saying where.
    /// Values are kept as float32: one that is NaN, infinite, or beyond
    /// float32's range is an error here, not a diverging loss later.
    package static func number(_ field: String, line: Int, column: Int, named name: String, path: String) throws -> Double {
        if let value = Double(field) {
            if Float(value).isFinite { return value }
            let what = value.isNaN ? "is not a number (NaN)" : value.isInfinite ? "is infinite" : "is beyond float32's range (±3.4e38)"
            throw DataError.invalidField(path: path, line: line, column: column + 1,
                                         reason: "\"\(truncated(field))\" in column \"\(name)\" \(what): the data must be finite")
        }
        let reason = field.isEmpty
            ? "empty field in column \"\(name)\""
            : "\"\(truncated(field))\" in column \"\(name)\" is not a number"
        throw DataError.invalidField(path: path, line: line, column: column + 1, reason: reason)
    }

    /// `text` cut to its first 40 characters, for a message about a field
    /// that may be megabytes long.
    package static func truncated(_ text: String) -> String {
        let limit = 40
        guard text.count > limit else { return text }
        return "\(text.prefix(limit))… (\(text.utf8.count) bytes)"
    }
}

extension CSVDataset {
    /// The first `features` columns of every row of the CSV file at `url`, as
    /// a float32 `[rows, features]` tensor: the inputs to predict from. Later
    /// columns (a label, if the file has one) are ignored; a header is
    /// detected as for ``load(from:label:targets:)``.
    public static func loadInputs(from url: URL, features: Int, limits: DataLimits = DataLimits()) throws -> Tensor {
        let path = url.path
        var records = try readRecords(try readText(path), path: path, maximumColumns: limits.maximumColumns)
        guard let first = records.first else { throw DataError.malformed(path: path, reason: "the file holds no rows") }
        let header: [String]? = hasHeader(records) ? first.fields : nil
        if header != nil { records.removeFirst() }
        let names = header ?? (1...Swift.max(first.fields.count, features)).map { "column \($0)" }
        var values = [Float]()
        values.reserveCapacity(records.count * features)
        for record in records {
            guard record.fields.count >= features else {
                throw DataError.invalidField(path: path, line: record.line, column: record.fields.count + 1,
                                             reason: "short row: \(record.fields.count) fields, the model takes \(features) inputs")
            }
            for column in 0..<features { values.append(Float(try number(record, column, names: names, path: path))) }
        }
        return Tensor(values, shape: [records.count, features])
    }
}
