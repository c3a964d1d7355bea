import ArgumentParser
import Axon
import Foundation

/// `axon bench conv`: GFLOP/s of the convolutions of LeNet-5 and mnist-cnn
/// at batch 128, each pass on its own, read beside `benchmarks/conv_reference.py`
/// (PyTorch on the same shapes).
///
/// A pass costs 2·N·out·H′·W′·(in/groups)·kh·kw floating-point operations:
/// the forward pass, the gradient of the input, and the gradient of the
/// weights (with the bias's) each do that many multiply-adds.
struct BenchConvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conv",
        abstract: "Convolution GFLOP/s: forward, input gradient and weight gradient of LeNet-5's and mnist-cnn's layers."
    )

    @Option(help: "Threads for the kernels.")
    var threads: Int = 2

    @Option(help: "Images per batch.")
    var batch: Int = 128

    @OptionGroup var options: BenchOptions

    /// One convolution layer of the two networks: name, input [C, H, W], output channels, kernel, padding.
    static let layers: [(name: String, input: [Int], outChannels: Int, kernel: Int, padding: Int)] = [
        ("lenet5.conv1", [1, 28, 28], 6, 5, 2),
        ("lenet5.conv2", [6, 14, 14], 16, 5, 0),
        ("mnist-cnn.conv1", [1, 28, 28], 32, 3, 0),
        ("mnist-cnn.conv2", [32, 26, 26], 64, 3, 0),
    ]

    func run() throws {
        try options.checkBuild()
        guard threads >= 1, batch >= 1 else { throw ValidationError("--threads and --batch must be positive") }
        // The largest layer's input, output, upstream gradient and results per image, float32.
        try ModelMemory.check(values: [batch, batch, batch, batch], bytesPerValue: 4 * 64 * 26 * 26, flag: "--batch", value: "\(batch)")
        CPU.threads = try checkedThreads(threads)
        if !options.json {
            print(pad("layer", 16) + pad("pass", 8) + pad("shape", 36) + padLeft("GFLOP/s", 9) + padLeft("ms", 10))
        }
        var generator = RandomGenerator(seed: 0)
        for layer in Self.layers {
            let x = Tensor.randomNormal([batch] + layer.input, generator: &generator)
            let w = Tensor.randomNormal([layer.outChannels, layer.input[0], layer.kernel, layer.kernel], generator: &generator)
            let b = Tensor.randomNormal([layer.outChannels], generator: &generator)
            let padding = ConvPadding.explicit(Size2D(layer.padding))
            let outputShape = try Tensor.conv2dOutputShape(input: x.shape, weight: w.shape, padding: padding)
            let upstream = Tensor.randomNormal(outputShape, generator: &generator)
            let flops = 2.0 * Double(outputShape.reduce(1, *)) * Double(layer.input[0] * layer.kernel * layer.kernel)
            let shape = "\(x.shape)·\(w.shape)"
            let forward = BenchTiming.bestSecondsPerCall {
                _ = noGrad { Tensor.conv2d(x, weight: w, bias: b, padding: padding) }
            }
            // Each gradient alone: only its operand asks for one.
            let inputGradient = BenchTiming.bestSecondsPerCall {
                var input = x
                input.requiresGrad = true
                Tensor.conv2d(input, weight: w, bias: b, padding: padding).backward(upstream)
            } - forward
            let weightGradient = BenchTiming.bestSecondsPerCall {
                var weight = w, bias = b
                weight.requiresGrad = true
                bias.requiresGrad = true
                Tensor.conv2d(x, weight: weight, bias: bias, padding: padding).backward(upstream)
            } - forward
            for (pass, seconds) in [("forward", forward), ("input", inputGradient), ("weight", weightGradient)] {
                let gflops = flops / Swift.max(seconds, 1e-9) / 1e9
                if options.json {
                    printJSONLine(["layer": layer.name, "pass": pass, "shape": shape, "gflops": gflops, "seconds": seconds,
                                   "threads": threads])
                } else {
                    print(pad(layer.name, 16) + pad(pass, 8) + pad(shape, 36) + padLeft(String(format: "%.1f", gflops), 9)
                          + padLeft(String(format: "%.3f", seconds * 1000), 10))
                }
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: Swift.max(0, width - text.count)) }
    private func padLeft(_ text: String, _ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - text.count)) + text }
}
