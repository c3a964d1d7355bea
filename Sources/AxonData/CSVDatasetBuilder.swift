import AxonTensor

/// Builds a ``TensorDataset`` from CSV rows as they are read: each row's
/// numbers go straight into float arrays and only the label stays text, so
/// a file of ten million short rows takes about five times its size in
/// memory, not forty times (every field kept as a string until the end).
///
/// The rules are ``CSVDataset``'s; the first one or two rows decide the
/// header and the columns (``init(firstRows:path:label:targets:limits:)``).
struct CSVDatasetBuilder {
    let path: String
    let limits: DataLimits
    let header: [String]?
    let names: [String]
    let width: Int
    let featureColumns: [Int]
    let targetColumns: [Int]
    /// Whether the targets are regression values (`targets=K`), not a label.
    let regression: Bool

    private var features: [Float] = []
    private var targetValues: [Float] = []
    private var labels: [String] = []
    private var rows = 0
    /// Where the first negative and the first too-large class index are, in
    /// case every label turns out to be an integer (then they are errors).
    private var negativeLabel: (line: Int, value: Int64)?
    private var largeLabel: (line: Int, value: Int64)?
    private var allIntegers = true

    /// A builder for the file whose first rows (one or two, the file's
    /// start) are `firstRows`; it takes those rows' data already.
    init(firstRows: [CSVDataset.Record], path: String, label: String?, targets: Int?, limits: DataLimits) throws {
        guard let first = firstRows.first else { throw DataError.malformed(path: path, reason: "the file holds no rows") }
        if label != nil && targets != nil {
            throw DataError.invalidOption(option: "csv", value: "label=\(label ?? ""),targets=\(targets ?? 0)",
                                          reason: "names a class label and regression targets; give one of them")
        }
        self.path = path
        self.limits = limits
        let isHeader = CSVDataset.hasHeader(firstRows)
        header = isHeader ? first.fields : nil
        width = first.fields.count
        names = header ?? (1...width).map { "column \($0)" }
        let chosen = try CSVDataset.chooseTargetColumns(names: names, hasHeader: isHeader, label: label, targets: targets, path: path)
        targetColumns = chosen
        featureColumns = (0..<width).filter { !chosen.contains($0) }
        regression = targets != nil
        for record in firstRows.dropFirst(isHeader ? 1 : 0) { try add(record) }
    }

    /// Takes one data row.
    mutating func add(_ record: CSVDataset.Record) throws {
        guard record.fields.count == width else {
            let reason = record.fields.count < width
                ? "short row: \(record.fields.count) fields, expected \(width)"
                : "long row: \(record.fields.count) fields, expected \(width)"
            throw DataError.invalidField(path: path, line: record.line, column: Swift.min(record.fields.count, width) + 1, reason: reason)
        }
        for column in featureColumns { features.append(Float(try number(record, column))) }
        if regression {
            for column in targetColumns { targetValues.append(Float(try number(record, column))) }
        } else {
            let text = record.fields[targetColumns[0]]
            labels.append(text)
            if allIntegers {
                if let index = Int64(text) {
                    if index < 0, negativeLabel == nil { negativeLabel = (record.line, index) }
                    if index >= limits.maximumClasses, largeLabel == nil { largeLabel = (record.line, index) }
                } else {
                    allIntegers = false
                }
            }
        }
        rows += 1
    }

    /// The data set of the rows taken.
    func finish() throws -> TensorDataset {
        guard rows > 0 else { throw DataError.malformed(path: path, reason: "the file has a header but no data rows") }
        let inputs = Tensor(features, shape: [rows, featureColumns.count])
        let featureNames = header.map { h in featureColumns.map { h[$0] } } ?? []
        if regression {
            return TensorDataset(inputs: inputs, targets: Tensor(targetValues, shape: [rows, targetColumns.count]),
                                 featureNames: featureNames)
        }
        let labelColumn = targetColumns[0]
        let labelName = names[labelColumn]
        if allIntegers {
            if let (line, value) = negativeLabel {
                throw DataError.invalidField(path: path, line: line, column: labelColumn + 1,
                                             reason: "class index \(value) in column \"\(labelName)\" is negative")
            }
            // Each class is an output of the model: a label of 50,000,000 would make a layer of that width.
            if let (line, value) = largeLabel {
                throw DataError.invalidField(path: path, line: line, column: labelColumn + 1,
                                             reason: "class index \(value) in column \"\(labelName)\" makes more than \(limits.maximumClasses) classes, the limit (raise it with --max-classes)")
            }
            let indices = labels.map { Int64($0) ?? 0 }
            return TensorDataset(inputs: inputs, targets: Tensor(indices, shape: [rows]), featureNames: featureNames)
        }
        let classNames = Array(Set(labels)).sorted()
        guard classNames.count <= limits.maximumClasses else {
            throw DataError.malformed(path: path, reason: "\(classNames.count) distinct labels in column \"\(labelName)\", more than \(limits.maximumClasses) classes, the limit (raise it with --max-classes)")
        }
        let indexOf = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, Int64($0)) })
        let named = labels.map { indexOf[$0] ?? 0 }
        return TensorDataset(inputs: inputs, targets: Tensor(named, shape: [rows]),
                             classes: classNames.count, classNames: classNames, featureNames: featureNames)
    }

    private func number(_ record: CSVDataset.Record, _ column: Int) throws -> Double {
        try CSVDataset.number(record.fields[column], line: record.line, column: column, named: names[column], path: path)
    }
}
