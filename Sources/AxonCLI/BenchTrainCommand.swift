import ArgumentParser
import Axon
import Foundation

/// `axon bench train`: training speed on two workloads, read beside
/// `benchmarks/pytorch_reference.py`, which runs the same two with PyTorch.
///
/// - `mnist-mlp`: 784-256-128-10 ReLU, batch 128, Adam (lr 1e-3), float32,
///   one epoch of MNIST's 60,000 training images; the median of the epochs.
/// - `tiny-spiral`: 2-16-16-2 tanh, batch 32, SGD with momentum 0.9, 1,000
///   spiral points; optimizer steps per second, the median of the runs.
struct BenchTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Training speed: an MNIST MLP epoch and a tiny network's steps per second."
    )

    @Option(help: "Directory with the four MNIST IDX files (the MNIST workload is skipped without it).")
    var mnist: String?

    @Option(help: "Threads for the matrix kernels.")
    var threads: Int = 2

    @Option(help: "MNIST epochs to time (the median is reported).")
    var epochs: Int = 3

    @Option(help: "Tiny-workload runs of 2 seconds each (the median is reported; 0 skips it).")
    var runs: Int = 3

    @OptionGroup var options: BenchOptions

    func run() throws {
        try options.checkBuild()
        guard threads >= 1, epochs >= 1, runs >= 0 else { throw ValidationError("--threads and --epochs must be positive, --runs not negative") }
        CPU.threads = threads
        if !options.json {
            print(row("workload", "measure", "value", "threads", "details"))
        }
        if let mnist {
            let splits: DataSplits
            do {
                splits = try MNIST.load(directory: URL(fileURLWithPath: mnist, isDirectory: true))
            } catch let error as DataError {
                throw CLIError(error.description)
            }
            let seconds = try mnistEpochs(splits.train)
            report(workload: "mnist-mlp", value: median(seconds), unit: "median_epoch_seconds",
                   detail: "784-256-128-10 relu, batch 128, adam, float32; \(epochs) epochs: "
                       + seconds.map { String(format: "%.3f", $0) }.joined(separator: " ") + " s")
        }
        guard runs > 0 else { return }
        let rates = try tinySteps()
        report(workload: "tiny-spiral", value: median(rates), unit: "steps_per_second",
               detail: "2-16-16-2 tanh, batch 32, sgd momentum 0.9, 1000 points; \(runs) runs: "
                   + rates.map { String(format: "%.0f", $0) }.joined(separator: " ") + " steps/s")
    }

    private func mnistEpochs(_ train: TensorDataset) throws -> [Double] {
        var generator = RandomGenerator(seed: 0)
        let model = Sequential.multilayerPerceptron(sizes: [784, 256, 128, 10], activation: .relu, generator: &generator)
        let optimizer = try Adam(model.namedParameters.map { ($0.name, $0.parameter) }, learningRate: 1e-3)
        let trainer = Trainer(model: model, loss: .crossEntropy(labelSmoothing: 0), optimizer: optimizer)
        let history = try trainer.fit(DataLoader(train, batchSize: .size(128), seed: 0), epochs: epochs)
        return history.epochs.map(\.seconds)
    }

    private func tinySteps() throws -> [Double] {
        let data = SyntheticData.spiral(classes: 2, samplesPerClass: 500, testSamplesPerClass: 1, seed: 0).train
        var rates: [Double] = []
        for run in 0..<runs {
            var generator = RandomGenerator(seed: UInt64(run))
            let model = Sequential.multilayerPerceptron(sizes: [2, 16, 16, 2], activation: .tanh, generator: &generator)
            let optimizer = try SGD(model.namedParameters.map { ($0.name, $0.parameter) }, learningRate: 0.1, momentum: 0.9)
            let trainer = Trainer(model: model, loss: .crossEntropy(labelSmoothing: 0), optimizer: optimizer)
            let loader = DataLoader(data, batchSize: .size(32), seed: UInt64(run))
            _ = try trainer.fit(loader, epochs: 5)  // warm-up
            let start = ContinuousClock.now
            var epochs = 0
            while ContinuousClock.now - start < .seconds(2) {
                _ = try trainer.fit(loader, epochs: 10)
                epochs += 10
            }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            rates.append(Double(epochs * loader.batchCount) / seconds)
        }
        return rates
    }

    private func report(workload: String, value: Double, unit: String, detail: String) {
        if options.json {
            printJSONLine(["workload": workload, unit: value, "threads": threads])
        } else {
            let number = String(format: unit == "steps_per_second" ? "%.0f" : "%.3f", value)
            print(row(workload, unit.replacingOccurrences(of: "_", with: " "), number, String(threads), detail))
        }
    }

    /// One line of the table: columns padded, the value right-aligned.
    private func row(_ workload: String, _ measure: String, _ value: String, _ threads: String, _ details: String) -> String {
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: Swift.max(0, width - text.count)) }
        let value = String(repeating: " ", count: Swift.max(0, 9 - value.count)) + value
        return pad(workload, 12) + " " + pad(measure, 20) + " " + value + "  " + pad(threads, 7) + "  " + details
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
