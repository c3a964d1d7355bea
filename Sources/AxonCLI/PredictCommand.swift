import ArgumentParser
import Axon
import Foundation

/// `axon predict`: a model's predictions for each row of a data set, as CSV:
/// a class and its probabilities (for a classifier), or values.
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Predict with a model: a class and its probabilities, or values, per row of the data, as CSV.",
        discussion: """
            The model is an Axon model file or checkpoint, or a plain PyTorch state_dict in safetensors \
            with its architecture given as --model and --activation. The CSV goes to standard output \
            unless --output names a file. Its columns: the --id-column, the inputs (--include-inputs), \
            then `class` and `p_NAME` per class for a classifier (cross-entropy, nll), or \
            `prediction_0`, `prediction_1`, … for any other loss.
            """
    )

    @OptionGroup var source: ModelSource

    @Option(help: """
        csv:PATH[,label=NAME][,targets=K]: rows whose first columns (apart from the id, label and target \
        columns) are the model's inputs; a header is allowed. mnist:DIR or a built-in set \
        (\(DataSpec.names.filter { !$0.contains(":") }.joined(separator: ", "))): its test split, else its training set.
        """)
    var data: String

    @OptionGroup(title: "Limits on data files") var dataLimits: DataLimitOptions

    @Option(help: "Seed of a synthetic data set (as given to `axon train`).")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp(
        "A file to write the CSV to (written whole or not at all; an existing regular file is replaced), or - for standard output (the default).",
        valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "A column of the CSV data, by its header name, to copy to the first column of the output (an id); it is not an input.",
        valueName: "name"))
    var idColumn: String?

    @Flag(help: "Write each row's inputs, as the data file has them (before normalization), before the predictions.")
    var includeInputs = false

    func run() throws {
        if let output, output != "-" { try checkOutput(output, flag: "--output") }
        var saved = try SavedModel(source)
        let inputs = try saved.inputs()
        let rows = try PredictionInput(data: data, inputs: inputs, idColumn: idColumn, keepInputs: includeInputs,
                                       seed: seed, limits: dataLimits.limits)
        try saved.adapt(to: rows.features, classLabels: rows.classLabels, classNames: rows.classNames)
        let loss = try saved.loss()
        let encoding: TargetEncoding = loss.takesClassLabels ? .classIndices : .values
        let outputs = Evaluator(model: saved.model, loss: loss, encoding: encoding).predict(try saved.prepareForModel(rows.features))
        let width = try rows.count > 0 ? outputs.shape[1] : saved.outputs()

        var header: [String] = []
        if let ids = rows.ids { header.append(ids.name) }
        if includeInputs { header += rows.inputNames }
        var predictions: [[String]]
        if loss.takesClassLabels {
            let names = saved.info.classNames.count == width ? saved.info.classNames : (0..<width).map(String.init)
            header += ["class"] + names.map { "p_\($0)" }
            predictions = classPredictions(outputs, rows: rows.count, width: width, names: names)
        } else {
            header += (0..<width).map { "prediction_\($0)" }
            let values = outputs.cast(to: .float64).doubles
            predictions = (0..<rows.count).map { row in
                values[row * width ..< (row + 1) * width].map { String(format: "%.9g", $0) }
            }
        }

        var lines = [header.map(csvField).joined(separator: ",")]
        lines.reserveCapacity(rows.count + 1)
        for row in 0..<rows.count {
            var fields: [String] = []
            if let ids = rows.ids { fields.append(ids.values[row]) }
            if includeInputs { fields += rows.inputText[row] }
            fields += predictions[row]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        let text = lines.joined(separator: "\n") + "\n"
        guard let output, output != "-" else {
            try writeToStandardOutput(text)
            return
        }
        try writeOutput(text, to: output, flag: "--output")
        print("wrote \(rows.count) prediction(s) to \(output)")
    }

    /// Each row's most probable class and the softmax probability of every class.
    private func classPredictions(_ outputs: Tensor, rows: Int, width: Int, names: [String]) -> [[String]] {
        guard rows > 0 else { return [] }
        let probabilities = noGrad { softmax(outputs.cast(to: .float64), axis: 1) }.doubles
        return (0..<rows).map { row in
            let p = Array(probabilities[row * width ..< (row + 1) * width])
            let best = p.indices.max { p[$0] < p[$1] } ?? 0
            return [names[best]] + p.map { String(format: "%.6g", $0) }
        }
    }

    /// `text` as one CSV field: quoted when it holds a comma, a quote or a line break.
    private func csvField(_ text: String) -> String {
        let special = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return special ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Writes `text` to standard output as it is, for `--output -`.
    private func writeToStandardOutput(_ text: String) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            throw CLIError("standard output: cannot write the predictions: \(error.localizedDescription)")
        }
    }
}
