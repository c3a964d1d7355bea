import ArgumentParser
import Axon
import Foundation

/// `axon bench infer`: the latency of one forward pass in inference mode
/// (``AxonNN/Module/infer(_:)``), request after request, read beside
/// `benchmarks/infer_reference.py` (PyTorch under `torch.inference_mode` and
/// onnxruntime on the same networks).
///
/// Each workload and batch size runs `--warmup` requests untimed, then
/// `--requests` timed one by one on the same input; the report gives the
/// median (p50) and the 99th percentile (p99, nearest rank) in
/// milliseconds, and p99/p50, how far the slow tail reaches.
struct BenchInferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infer",
        abstract: "Inference latency: p50 and p99 of batch-1 and batch-64 forward passes of the MNIST MLP and LeNet-5."
    )

    /// The networks timed: the MNIST MLP 784-256-128-10 (ReLU) and LeNet-5, random weights.
    static let workloads: [(name: String, sampleShape: [Int])] = [("mnist-mlp", [784]), ("lenet5", [1, 28, 28])]

    @Option(help: "Threads for the kernels.")
    var threads: Int = 2

    @Option(help: "The workloads, separated by commas: mnist-mlp, lenet5.")
    var workloads = "mnist-mlp,lenet5"

    @Option(help: "Batch sizes, separated by commas.")
    var batches = "1,64"

    @Option(help: "Timed requests per workload and batch size.")
    var requests = 2000

    @Option(help: "Untimed requests before them.")
    var warmup = 200

    @Option(help: "float32 or float64.")
    var dtype = "float32"

    @Option(help: ArgumentHelp("Also write each network timed as DIR/<workload>.onnx (`axon export`'s graph), for onnxruntime.",
                               valueName: "dir"))
    var exportOnnx: String?

    @OptionGroup var options: BenchOptions

    func run() throws {
        try options.checkBuild()
        guard requests >= 1, warmup >= 0 else { throw ValidationError("--requests must be positive and --warmup not negative") }
        let batchSizes = try parseIntegerList(batches, flag: "--batches")
        let known = Self.workloads.map(\.name)
        let chosen = workloads.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        if let unknown = chosen.first(where: { !known.contains($0) }) {
            throw ValidationError("--workloads: unknown workload \"\(unknown)\"; expected \(known.joined(separator: ", "))")
        }
        guard let elementType = DType(rawValue: dtype), elementType.isFloatingPoint else {
            throw ValidationError("--dtype \(dtype): expected float32 or float64")
        }
        try ModelMemory.check(values: batchSizes, bytesPerValue: 4 * 6 * 28 * 28 * 2, flag: "--batches", value: batches)
        CPU.threads = try checkedThreads(threads)
        if let exportOnnx {
            try checkOutputDirectory(exportOnnx, flag: "--export-onnx")
            try FileManager.default.createDirectory(atPath: exportOnnx, withIntermediateDirectories: true)
        }
        if !options.json {
            print(pad("workload", 11) + pad("batch", 7) + padLeft("p50 ms", 10) + padLeft("p99 ms", 10) + padLeft("p99/p50", 9)
                  + padLeft("threads", 9))
        }
        for workload in Self.workloads where chosen.contains(workload.name) {
            let model = try makeModel(workload.name).cast(to: elementType)
            model.eval()
            if let exportOnnx {
                let path = URL(fileURLWithPath: exportOnnx).appendingPathComponent(workload.name + ".onnx").path
                try checkOutput(path, flag: "--export-onnx")
                do {
                    try ONNXExport.write(model, sampleShape: workload.sampleShape, to: URL(fileURLWithPath: path))
                } catch {
                    throw CLIError("--export-onnx \(path): \(error)")
                }
            }
            for batch in batchSizes {
                var generator = RandomGenerator(seed: 1)
                let x = Tensor.randomNormal([batch] + workload.sampleShape, generator: &generator).cast(to: elementType)
                let latencies = measure(model, x)
                let p50 = percentile(latencies, 0.50), p99 = percentile(latencies, 0.99)
                if options.json {
                    printJSONLine(["workload": workload.name, "batch": batch, "p50_ms": p50 * 1e3, "p99_ms": p99 * 1e3,
                                   "p99_over_p50": p99 / p50, "requests": requests, "threads": threads, "dtype": dtype,
                                   "runtime": "axon"])
                } else {
                    print(pad(workload.name, 11) + pad(String(batch), 7) + padLeft(String(format: "%.4f", p50 * 1e3), 10)
                          + padLeft(String(format: "%.4f", p99 * 1e3), 10) + padLeft(String(format: "%.2f", p99 / p50), 9)
                          + padLeft(String(threads), 9))
                }
            }
        }
    }

    /// The network of `workload`, with the weights of seed 0.
    private func makeModel(_ workload: String) throws -> any Module {
        if workload == "lenet5" {
            manualSeed(0)
            return try Sequential.preset("lenet5", inputShape: [1, 28, 28])
        }
        var generator = RandomGenerator(seed: 0)
        return Sequential.multilayerPerceptron(sizes: [784, 256, 128, 10], activation: .relu, generator: &generator)
    }

    /// The seconds of each timed request.
    private func measure(_ model: any Module, _ x: Tensor) -> [Double] {
        for _ in 0..<warmup { _ = model.infer(x) }
        var latencies: [Double] = []
        latencies.reserveCapacity(requests)
        for _ in 0..<requests {
            let start = DispatchTime.now().uptimeNanoseconds
            let y = model.infer(x)
            let end = DispatchTime.now().uptimeNanoseconds
            withExtendedLifetime(y) {}
            latencies.append(Double(end - start) * 1e-9)
        }
        return latencies
    }

    /// The nearest-rank percentile: the smallest value with at least
    /// `fraction` of the values at or below it.
    private func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: Swift.max(0, width - text.count)) }
    private func padLeft(_ text: String, _ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - text.count)) + text }
}
