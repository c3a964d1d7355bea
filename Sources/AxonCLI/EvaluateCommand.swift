import ArgumentParser
import Axon
import Foundation

/// `axon evaluate`: a model's loss, accuracy and confusion matrix (or
/// regression scores) on a data set.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a model on a data set (its test split, or every row of a CSV file).",
        discussion: """
            The model is an Axon model file or checkpoint, or a plain PyTorch state_dict in safetensors \
            (safetensors.torch.save_file(model.state_dict(), path)) with its architecture given as --model \
            and --activation: `axon evaluate --weights mlp.safetensors --model 784-256-128-10 \
            --activation relu --data mnist:data`.
            """
    )

    @OptionGroup var source: ModelSource

    @Option(help: "The data: \(DataSpec.names.joined(separator: " | ")).")
    var data: String

    @OptionGroup(title: "Limits on data files") var dataLimits: DataLimitOptions

    @Option(help: "Seed of a synthetic data set (as given to `axon train`).")
    var seed: UInt64 = 0

    @Flag(help: "One JSON object on standard output.")
    var json = false

    @Option(help: ArgumentHelp("Draw the confusion matrix (true classes down, predicted across) as an SVG file.",
                               valueName: "file.svg"))
    var plot: String?

    func run() throws {
        if let plot {
            try checkOutput(plot, flag: "--plot")
        }
        var saved = try SavedModel(source)
        let (_, splits) = try loadData(data, option: "--data", seed: seed, limits: dataLimits.limits)
        var dataset = splits.test ?? splits.train
        // A loss and accuracy of no samples would read as 0, as if perfect.
        guard dataset.count > 0 else { throw CLIError("--data \(data): no samples to evaluate on") }
        let inputs = try saved.inputs()
        guard dataset.featureCount == inputs else {
            throw CLIError("--data \(data): the data have \(dataset.featureCount) features, the model takes \(inputs)")
        }
        let features = dataset.features
        try saved.adapt(to: features, classLabels: dataset.classCount != nil, classNames: dataset.classNames)
        dataset = try saved.prepare(dataset)
        let loss = try saved.loss()
        let outputs = try saved.outputs()
        let encoding: TargetEncoding
        do {
            encoding = try TargetEncoding.choose(loss: loss, targets: dataset.targetKind, outputs: outputs)
        } catch {
            throw CLIError("--data \(data): \(error.description)")
        }
        let result = Evaluator(model: saved.model, loss: loss, encoding: encoding).evaluate(dataset)
        let names = saved.info.classNames.count == result.confusionMatrix?.classes
            ? saved.info.classNames : nil
        if let plot {
            guard let matrix = result.confusionMatrix else {
                throw CLIError("--plot \(plot): the model is a regression; only a classifier has a confusion matrix to draw")
            }
            try writeOutput(matrix.heatMap(classNames: names, title: "Confusion matrix · \(data)").svg(), to: plot,
                            flag: "--plot")
        }
        if json {
            let matrix = result.confusionMatrix
            let classes = 0..<(matrix?.classes ?? 0)
            printJSONLine([
                "event": "evaluation", "samples": result.count, "loss": result.loss, "accuracy": result.accuracy,
                "confusion_matrix": matrix.map { $0.counts.map { row in row as [Any] } as [Any] },
                "precision": matrix.map { m in classes.map { m.precision($0) } as [Any] },
                "recall": matrix.map { m in classes.map { m.recall($0) } as [Any] },
                "f1": matrix.map { m in classes.map { m.f1($0) } as [Any] },
                "classes": names.map { $0 as [Any] },
                "mae": result.meanAbsoluteError, "r2": result.rSquared,
            ])
            return
        }
        var lines = ["\(result.count) samples of \(data)", String(format: "loss %.4f", result.loss)]
        if let accuracy = result.accuracy { lines.append(String(format: "accuracy %.2f%%", accuracy * 100)) }
        if let mae = result.meanAbsoluteError { lines.append(String(format: "mean absolute error %.4f", mae)) }
        if let r2 = result.rSquared { lines.append(String(format: "R² %.4f", r2)) }
        if let matrix = result.confusionMatrix {
            lines.append("")
            lines.append(matrix.table(classNames: names))
        }
        print(lines.joined(separator: "\n"))
    }
}
