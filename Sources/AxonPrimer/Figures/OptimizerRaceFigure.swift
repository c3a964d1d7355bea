import Axon

/// Figure 12, after Kingma & Ba's figure 2: the training loss per epoch of
/// every optimizer on one network and data set, on a log axis.
enum OptimizerRaceFigure {
    static func draw(_ result: OptimizerRaceResult) -> DrawnFigure {
        let data = result.dataset == "mnist" ? "MNIST" : result.dataset
        var plot = Plot(title: "\(data): \(result.sizes.map(String.init).joined(separator: "-")) \(result.activation) network",
                        xLabel: "epoch", yLabel: "training loss (cross-entropy)", yScale: .logarithmic,
                        width: 1232, height: 540, legend: .outsideRight)
        for run in result.runs {
            let look = SeriesLook.optimizer(run.optimizer.name)
            let batch = run.optimizer.batchSize.map { ", batch \($0)" } ?? ""
            plot.lines.append(LineSeries("\(run.optimizer.name) (lr \(FigureText.significant(run.optimizer.learningRate))\(batch))", y: run.losses, color: look.color, dash: look.dash,
                                         marker: look.marker, markerSize: 6))
        }

        let ranked = result.runs.sorted { finalLoss($0) < finalLoss($1) }
        let standings = ranked.map { run -> String in
            var text = "\(run.optimizer.name) \(FigureText.significant(finalLoss(run)))"
            if let test = run.testAccuracy { text += " (test \(FigureText.percent(test)))" }
            return text
        }
        let source = result.dataset == "mnist"
            ? "\(result.trainingSamples) MNIST training images (a seeded subset), tested on \(result.testSamples)"
            : "the built-in \(result.dataset), \(result.trainingSamples) training points, tested on \(result.testSamples)"
        let network = "\(result.sizes.map(String.init).joined(separator: "-")) \(result.activation) network"
        let miniBatch = result.runs.compactMap(\.optimizer.batchSize).first { $0 > 1 }.map(String.init) ?? "several"
        let caption = [
            "The optimizer race, after Kingma & Ba (2015), figure 2: one \(network) on \(source), trained \(result.epochs) epochs from the same initial weights and in the same data order by each optimizer;",
            "the loss on the whole training set before training and after every epoch.",
            "Final training loss, best first: \(FigureText.list(standings)).",
            "BGD takes one step per epoch and SGD one per example; the rest take mini-batches of \(miniBatch). Step sizes and settings are in the legend and the table.",
        ].joined(separator: " ")
        let rows = result.runs.map { run in
            [run.optimizer.name, String(run.optimizer.summary.dropFirst(run.optimizer.name.count + 2)),
             FigureText.significant(run.losses[0]), FigureText.significant(finalLoss(run)),
             FigureText.percent(run.trainingAccuracy), run.testAccuracy.map(FigureText.percent) ?? "–"]
        }
        let table = FigureTable(title: "After \(FigureText.count(result.epochs, "epoch")) on \(data)",
                                header: ["optimizer", "settings", "loss before", "loss after", "training accuracy",
                                         "test accuracy"], rows: rows)
        let ends = [ranked.first, ranked.last].compactMap { $0 }.map { "\($0.optimizer.name) \(FigureText.significant(finalLoss($0)))" }
        return DrawnFigure(.optimizerRace, chart: plot, caption: caption,
                           summary: "\(data), \(FigureText.count(result.epochs, "epoch")): lowest loss \(ends.first ?? ""), highest \(ends.last ?? "")",
                           tables: [table])
    }

    static func finalLoss(_ run: RaceRun) -> Double { run.losses[run.losses.count - 1] }
}
