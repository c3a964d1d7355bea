import Axon
import Foundation

/// The rows `axon predict` predicts for: the features the model takes, and
/// what the output can carry through beside the predictions, an id column
/// and the inputs as the data file has them.
///
/// - `csv:PATH`: the model's inputs are the first columns of each row,
///   after leaving out the id column (`--id-column`), the label column
///   (`label=NAME`) and the target columns (`targets=K`); later columns are
///   ignored. A header is allowed.
/// - `mnist:DIR` and the built-in sets: the test split, or the training set
///   of a set without one.
struct PredictionInput {
    /// The features, `[rows, inputs]`, before any scaling.
    let features: Tensor
    /// The names of the input columns: the CSV header's, the data set's
    /// feature names, else `x0`, `x1`, ….
    let inputNames: [String]
    /// Each row's inputs as the data file has them (CSV fields as written,
    /// MNIST pixels as bytes 0–255); empty unless asked for.
    let inputText: [[String]]
    /// The `--id-column`'s name and each row's field in it.
    let ids: (name: String, values: [String])?
    /// Whether the data's targets are class labels (`true`) or regression
    /// values (`false`); `nil` when the data do not say (a CSV file without
    /// `label=` or `targets=`).
    let classLabels: Bool?
    /// The data's class names, in index order, if it names its classes.
    let classNames: [String]

    /// The number of rows.
    var count: Int { features.shape[0] }

    /// The rows `data` (a `--data` spec) names, for a model of `inputs`
    /// features; `keepInputs` keeps ``inputText``. `seed` draws a synthetic set.
    init(data: String, inputs: Int, idColumn: String?, keepInputs: Bool, seed: UInt64,
         limits: DataLimits = DataLimits()) throws {
        let spec: DataSpec
        do {
            spec = try DataSpec(parsing: data, option: "--data")
        } catch {
            throw CLIError("\(error)")
        }
        if case let .csv(path, label, targets) = spec {
            self = try PredictionInput(csv: path, data: data, label: label, targets: targets, inputs: inputs,
                                       idColumn: idColumn, keepInputs: keepInputs, maximumColumns: limits.maximumColumns)
            return
        }
        if let idColumn {
            throw CLIError("--id-column \(idColumn): names a column of CSV data (csv:PATH with a header row); --data \(data) has no named columns")
        }
        let (_, splits) = try loadData(data, option: "--data", seed: seed, limits: limits)
        self = try PredictionInput(dataset: splits.test ?? splits.train, data: data, inputs: inputs, keepInputs: keepInputs)
    }

    /// The rows of a data set, for a model of `inputs` features.
    private init(dataset: TensorDataset, data: String, inputs: Int, keepInputs: Bool) throws {
        guard dataset.featureCount == inputs else {
            throw CLIError("--data \(data): the data have \(dataset.featureCount) features, the model takes \(inputs)")
        }
        features = dataset.features
        inputNames = dataset.featureNames.count == inputs ? dataset.featureNames : (0..<inputs).map { "x\($0)" }
        inputText = keepInputs ? PredictionInput.rows(of: dataset.inputs) : []
        ids = nil
        classLabels = dataset.classCount != nil
        classNames = dataset.classNames
    }

    /// The rows of the CSV file at `path`; see ``PredictionInput``.
    private init(csv path: String, data: String, label: String?, targets: Int?, inputs: Int, idColumn: String?,
                 keepInputs: Bool, maximumColumns: Int) throws {
        let table: CSVTable
        do {
            table = try CSVTable(path: path, maximumColumns: maximumColumns)
        } catch {
            throw CLIError("\(error)")
        }
        func column(named name: String, for flag: String) throws -> Int {
            guard let header = table.header else {
                throw CLIError("\(flag): \(path) has no header row to find column \"\(name)\" in")
            }
            guard let index = header.firstIndex(of: name) else {
                throw CLIError("\(flag): \"\(name)\" is not a column of \(path) (columns: \(messageListing(header)))")
            }
            return index
        }
        let width = table.width
        var leftOut = Set<Int>()
        var idIndex: Int?
        if let idColumn {
            let index = try column(named: idColumn, for: "--id-column \(idColumn)")
            idIndex = index
            leftOut.insert(index)
        }
        if let label { leftOut.insert(try column(named: label, for: "--data \(data)")) }
        if let targets {
            guard targets < width else {
                throw CLIError("--data \(data): targets=\(targets) leaves no input columns in the \(width) of \(path)")
            }
            leftOut.formUnion((width - targets)..<width)
        }
        let available = (0..<width).filter { !leftOut.contains($0) }
        guard available.count >= inputs else {
            let besides = leftOut.isEmpty ? "" : " besides the id, label and target columns"
            throw CLIError("--data \(data): \(path) has \(available.count) column(s)\(besides), the model takes \(inputs) inputs")
        }
        let columns = Array(available.prefix(inputs))
        let needed = max(columns.last ?? 0, idIndex ?? 0) + 1

        var values: [Float] = []
        values.reserveCapacity(table.rows.count * inputs)
        var text: [[String]] = []
        var idValues: [String] = []
        for row in table.rows {
            guard row.fields.count >= needed else {
                throw CLIError(DataError.invalidField(
                    path: path, line: row.line, column: row.fields.count + 1,
                    reason: "short row: \(row.fields.count) fields, the model's inputs need \(needed)").description)
            }
            for column in columns {
                do {
                    values.append(Float(try table.number(row, column)))
                } catch {
                    throw CLIError("\(error)")
                }
            }
            if keepInputs { text.append(columns.map { row.fields[$0] }) }
            if let idIndex { idValues.append(row.fields[idIndex]) }
        }
        features = Tensor(values, shape: [table.rows.count, inputs])
        inputNames = table.header.map { header in columns.map { header[$0] } } ?? (0..<inputs).map { "x\($0)" }
        inputText = text
        ids = idColumn.map { (name: $0, values: idValues) }
        classLabels = label != nil ? true : (targets != nil ? false : nil)
        classNames = []
    }

    /// The rows of a data set's stored inputs as text: integers (bytes) as
    /// they are, floats in their shortest exact form.
    private static func rows(of stored: Tensor) -> [[String]] {
        let width = stored.shape[1]
        guard width > 0 else { return [] }
        let flat: [String]
        switch stored.dtype {
        case .float32: flat = stored.floats.map { "\($0)" }
        case _ where stored.dtype.isFloatingPoint: flat = stored.doubles.map { "\($0)" }
        default: flat = stored.integers.map { "\($0)" }
        }
        return stride(from: 0, to: flat.count, by: width).map { Array(flat[$0 ..< $0 + width]) }
    }
}
