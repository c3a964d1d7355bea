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
/// - `mnist-lenet5`, `mnist-cnn` (chosen with `--workloads`): LeNet-5 and the
///   Keras mnist_cnn on MNIST's images `[N, 1, 28, 28]`, the MLP's settings;
///   the median epoch.
/// - `mnist-checkpoint` (with `--checkpoint`): the MNIST run again with a
///   checkpoint written after every epoch; the median time to write one, and
///   the median epoch (training plus checkpoint) against the run without.
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

    @Flag(help: "Also time the MNIST run with a checkpoint after every epoch.")
    var checkpoint = false

    @Option(help: "The workloads, separated by commas: mnist-mlp, tiny-spiral, mnist-lenet5, mnist-cnn.")
    var workloads = "mnist-mlp,tiny-spiral"

    @OptionGroup var options: BenchOptions

    func run() throws {
        try options.checkBuild()
        guard threads >= 1, epochs >= 1, runs >= 0 else { throw ValidationError("--threads and --epochs must be positive, --runs not negative") }
        let chosen = Set(workloads.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        let known: Set = ["mnist-mlp", "tiny-spiral", "mnist-lenet5", "mnist-cnn"]
        if let unknown = chosen.subtracting(known).sorted().first {
            throw ValidationError("--workloads: unknown workload \"\(unknown)\"; expected \(known.sorted().joined(separator: ", "))")
        }
        CPU.threads = try checkedThreads(threads)
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
            if chosen.contains("mnist-mlp") {
                let run = try mnistEpochs(splits.train, checkpointing: nil)
                let seconds = run.seconds
                report(workload: "mnist-mlp", value: median(seconds), unit: "median_epoch_seconds",
                       detail: "784-256-128-10 relu, batch 128, adam, float32; \(epochs) epochs: "
                           + seconds.map { String(format: "%.3f", $0) }.joined(separator: " ") + " s; " + run.cpu.detail(threads: threads),
                       cpu: run.cpu)
                if checkpoint { try checkpointCost(splits.train, plain: seconds) }
            }
            for (workload, network) in [("mnist-lenet5", "lenet5"), ("mnist-cnn", "mnist-cnn")] where chosen.contains(workload) {
                let run = try convolutionalEpochs(splits.train, preset: network)
                let seconds = run.seconds
                report(workload: workload, value: median(seconds), unit: "median_epoch_seconds",
                       detail: "\(network), batch 128, adam, float32; \(epochs) epochs: "
                           + seconds.map { String(format: "%.3f", $0) }.joined(separator: " ") + " s; " + run.cpu.detail(threads: threads),
                       cpu: run.cpu)
            }
        }
        guard runs > 0, chosen.contains("tiny-spiral") else { return }
        let rates = try tinySteps()
        report(workload: "tiny-spiral", value: median(rates), unit: "steps_per_second",
               detail: "2-16-16-2 tanh, batch 32, sgd momentum 0.9, 1000 points; \(runs) runs: "
                   + rates.map { String(format: "%.0f", $0) }.joined(separator: " ") + " steps/s")
    }

    /// Each epoch's training seconds, and the trainer (for timing checkpoints).
    private func mnistEpochs(_ train: TensorDataset, checkpointing: CheckpointPolicy?) throws -> (seconds: [Double], wall: Double, cpu: CPUUse, trainer: Trainer) {
        var generator = RandomGenerator(seed: 0)
        let model = Sequential.multilayerPerceptron(sizes: [784, 256, 128, 10], activation: .relu, generator: &generator)
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 1e-3), progress: nil)
        trainer.checkpointing = checkpointing
        let start = ContinuousClock.now, cpuStart = CPUUse.processSeconds()
        let history = try trainer.fit(DataLoader(train, batchSize: .size(128), seed: 0), epochs: epochs)
        let wall = seconds(since: start)
        return (history.epochs.map(\.seconds), wall, CPUUse(cpu: CPUUse.processSeconds() - cpuStart, wall: wall, epochs: epochs), trainer)
    }

    /// Each epoch's training seconds for a convolutional preset on MNIST's images.
    private func convolutionalEpochs(_ train: TensorDataset, preset: String) throws -> (seconds: [Double], cpu: CPUUse) {
        manualSeed(0)
        let model = try Sequential.preset(preset, inputShape: [1, 28, 28])
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 1e-3), progress: nil)
        let images = train.withSampleShape(train.imageShape ?? [1, 28, 28])
        let start = ContinuousClock.now, cpuStart = CPUUse.processSeconds()
        let history = try trainer.fit(DataLoader(images, batchSize: .size(128), seed: 0), epochs: epochs)
        let wall = seconds(since: start)
        return (history.epochs.map(\.seconds), CPUUse(cpu: CPUUse.processSeconds() - cpuStart, wall: wall, epochs: epochs))
    }

    /// The MNIST run with a checkpoint after every epoch: the time to write
    /// one (timed alone, five times) against the epoch without.
    private func checkpointCost(_ train: TensorDataset, plain: [Double]) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try mnistEpochs(train, checkpointing: CheckpointPolicy(directory: directory, every: 1, keep: 1))
        var writes: [Double] = []
        for index in 0..<5 {
            let start = ContinuousClock.now
            try run.trainer.saveCheckpoint(to: directory.appendingPathComponent("timed-\(index).safetensors"))
            writes.append(seconds(since: start))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("timed-0.safetensors").path)[.size] as? Int) ?? 0
        let outside = (run.wall - run.seconds.reduce(0, +)) / Double(max(epochs, 1))
        report(workload: "mnist-checkpoint", value: median(writes), unit: "median_write_seconds",
               detail: String(format: "%.1f MB (model + Adam state) per epoch: %.2f%% of the plain epoch (%.3f s); with checkpoints each epoch took %.3f s to train and %.3f s besides",
                              Double(size) / 1e6, median(writes) / median(plain) * 100, median(plain), median(run.seconds), outside))
    }

    private func tinySteps() throws -> [Double] {
        let data = SyntheticData.spiral(classes: 2, samplesPerClass: 500, testSamplesPerClass: 1, seed: 0).train
        var rates: [Double] = []
        for run in 0..<runs {
            var generator = RandomGenerator(seed: UInt64(run))
            let model = Sequential.multilayerPerceptron(sizes: [2, 16, 16, 2], activation: .tanh, generator: &generator)
            let optimizer = try SGD(model, learningRate: 0.1, momentum: 0.9)
            let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: optimizer, progress: nil)
            let loader = DataLoader(data, batchSize: .size(32), seed: UInt64(run))
            try trainer.fit(loader, epochs: 5)  // warm-up
            let start = ContinuousClock.now
            var epochs = 0
            // One fit call per 50 epochs (1,600 steps, a few milliseconds):
            // what a call costs besides its steps (switching the model's
            // mode, the epoch records) is spread as over a real run, and the
            // clock is read often enough for a 2-second window.
            while ContinuousClock.now - start < .seconds(2) {
                try trainer.fit(loader, epochs: trainer.epochsCompleted + 50)
                epochs += 50
            }
            rates.append(Double(epochs * loader.batchCount) / seconds(since: start))
        }
        return rates
    }

    private func report(workload: String, value: Double, unit: String, detail: String, cpu: CPUUse? = nil) {
        if options.json {
            printJSONLine(["workload": workload, unit: value, "threads": threads,
                           "cpu_seconds_per_epoch": cpu.map { $0.cpu / Double($0.epochs) },
                           "wall_seconds_per_epoch": cpu.map { $0.wall / Double($0.epochs) },
                           "cpu_over_threads_wall": cpu.map { $0.cpu / (Double(threads) * $0.wall) }])
        } else {
            let number = String(format: unit == "steps_per_second" ? "%.0f" : "%.3f", value)
            print(row(workload, unit.replacingOccurrences(of: "_", with: " "), number, String(threads), detail))
        }
    }

    /// One line of the table: columns padded, the value right-aligned.
    private func row(_ workload: String, _ measure: String, _ value: String, _ threads: String, _ details: String) -> String {
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: Swift.max(0, width - text.count)) }
        let value = String(repeating: " ", count: Swift.max(0, 9 - value.count)) + value
        return pad(workload, 16) + " " + pad(measure, 20) + " " + value + "  " + pad(threads, 7) + "  " + details
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

/// The process's CPU time (all threads, user and system) over a run, beside
/// its wall time: idle workers that spin show as CPU time above threads × wall.
struct CPUUse {
    let cpu: Double, wall: Double, epochs: Int

    static func processSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func detail(threads: Int) -> String {
        String(format: "CPU %.3f s per epoch of %.3f s wall (%.2f x threads x wall)",
               cpu / Double(epochs), wall / Double(epochs), cpu / (Double(threads) * wall))
    }
}
