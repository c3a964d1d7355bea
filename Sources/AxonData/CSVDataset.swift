import AxonTensor
import CSV
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
/// "petal_length" is not a number`.
public enum CSVDataset {
    /// The data set in the CSV file at `url`; see ``CSVDataset`` for the rules.
    ///
    /// - Parameters:
    ///   - label: the name of the label column. The default value is `nil`:
    ///     the last column.
    ///   - targets: the number of trailing real-valued target columns, for
    ///     regression. The default value is `nil`: one class label.
    public static func load(from url: URL, label: String? = nil, targets: Int? = nil) throws -> TensorDataset {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw DataError.fileNotFound(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DataError.unreadable(path: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError.unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        return try parse(text, path: path, label: label, targets: targets)
    }

    /// The data set in CSV `text`; `path` names the source in errors.
    public static func parse(_ text: String, path: String, label: String? = nil, targets: Int? = nil) throws -> TensorDataset {
        var records = try readRecords(text, path: path)
        guard let first = records.first else { throw DataError.malformed(path: path, reason: "the file holds no rows") }
        if label != nil && targets != nil {
            throw DataError.invalidOption(option: "csv", value: "label=\(label ?? ""),targets=\(targets ?? 0)",
                                          reason: "names a class label and regression targets; give one of them")
        }
        let header: [String]? = hasHeader(records) ? first.fields : nil
        if header != nil { records.removeFirst() }
        let width = first.fields.count
        let names = header ?? (1...width).map { "column \($0)" }
        let targetColumns = try chooseTargetColumns(names: names, hasHeader: header != nil, label: label, targets: targets, path: path)
        let featureColumns = (0..<width).filter { !targetColumns.contains($0) }
        guard !records.isEmpty else { throw DataError.malformed(path: path, reason: "the file has a header but no data rows") }

        var features = [Float]()
        features.reserveCapacity(records.count * featureColumns.count)
        for record in records {
            guard record.fields.count == width else {
                let reason = record.fields.count < width
                    ? "short row: \(record.fields.count) fields, expected \(width)"
                    : "long row: \(record.fields.count) fields, expected \(width)"
                throw DataError.invalidField(path: path, line: record.line, column: Swift.min(record.fields.count, width) + 1, reason: reason)
            }
            for column in featureColumns {
                features.append(Float(try number(record, column, names: names, path: path)))
            }
        }
        let inputs = Tensor(features, shape: [records.count, featureColumns.count])
        let featureNames = header.map { h in featureColumns.map { h[$0] } } ?? []

        if targets != nil {
            var values = [Float]()
            for record in records {
                for column in targetColumns { values.append(Float(try number(record, column, names: names, path: path))) }
            }
            return TensorDataset(inputs: inputs, targets: Tensor(values, shape: [records.count, targetColumns.count]),
                                 featureNames: featureNames)
        }
        let labelColumn = targetColumns[0]
        let rawLabels = records.map { $0.fields[labelColumn] }
        let indices = rawLabels.compactMap { Int64($0) }
        if indices.count == rawLabels.count {
            if let row = indices.firstIndex(where: { $0 < 0 }) {
                throw DataError.invalidField(path: path, line: records[row].line, column: labelColumn + 1,
                                             reason: "class index \(indices[row]) in column \"\(names[labelColumn])\" is negative")
            }
            return TensorDataset(inputs: inputs, targets: Tensor(indices, shape: [indices.count]), featureNames: featureNames)
        }
        let classNames = Array(Set(rawLabels)).sorted()
        let indexOf = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, Int64($0)) })
        let named = rawLabels.map { indexOf[$0] ?? 0 }
        return TensorDataset(inputs: inputs, targets: Tensor(named, shape: [named.count]),
                             classes: classNames.count, classNames: classNames, featureNames: featureNames)
    }

    /// One CSV row and the line it starts on.
    package struct Record {
        package var line: Int
        package var fields: [String]
    }

    /// The non-blank rows of `text`, with their line numbers (the command
    /// line reads CSV rows as text through this too).
    package static func readRecords(_ text: String, path: String) throws -> [Record] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: true)
        } catch {
            throw DataError.unreadable(path: path, reason: "\(error)")
        }
        var records: [Record] = []
        var line = 1
        while let fields = reader.next() {
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: line, fields: fields))
            }
            // A quoted field may span lines; the next row starts after them.
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        return records
    }

    /// The line breaks in a field (`\r\n` counts once).
    private static func lineBreaks(in field: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar? = nil
        for scalar in field.unicodeScalars {
            if scalar == "\n" && previous != "\r" { count += 1 }
            if scalar == "\r" { count += 1 }
            previous = scalar
        }
        return count
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
    private static func chooseTargetColumns(names: [String], hasHeader: Bool, label: String?, targets: Int?, path: String) throws -> [Int] {
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
                                          reason: "is not a column of \(path) (columns: \(names.joined(separator: ", ")))")
        }
        guard width >= 2 else { throw DataError.malformed(path: path, reason: "one column: no features beside the label") }
        return [index]
    }

    /// The field at `column` of `record` as a number, or an error saying where.
    private static func number(_ record: Record, _ column: Int, names: [String], path: String) throws -> Double {
        try number(record.fields[column], line: record.line, column: column, named: names[column], path: path)
    }

    /// `field` (on `line`, in `column` from 0, called `name`) as a number,
    /// or an error saying where.
    package static func number(_ field: String, line: Int, column: Int, named name: String, path: String) throws -> Double {
        if let value = Double(field) { return value }
        let reason = field.isEmpty
            ? "empty field in column \"\(name)\""
            : "\"\(field)\" in column \"\(name)\" is not a number"
        throw DataError.invalidField(path: path, line: line, column: column + 1, reason: reason)
    }
}

extension CSVDataset {
    /// The first `features` columns of every row of the CSV file at `url`, as
    /// a float32 `[rows, features]` tensor: the inputs to predict from. Later
    /// columns (a label, if the file has one) are ignored; a header is
    /// detected as for ``load(from:label:targets:)``.
    public static func loadInputs(from url: URL, features: Int) throws -> Tensor {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw DataError.fileNotFound(path: path) }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DataError.unreadable(path: path, reason: "the file is not readable UTF-8 text")
        }
        var records = try readRecords(text, path: path)
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
