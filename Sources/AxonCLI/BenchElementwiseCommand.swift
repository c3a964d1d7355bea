import ArgumentParser
import CAxonKernels
import Foundation

/// `axon bench elementwise`: throughput of the float32 vector kernels on one
/// long run (compare with benchmarks/elementwise_reference.py).
struct BenchElementwiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "elementwise",
        abstract: "Elementwise and reduction speed on float32 (ns per element)."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "Elements per operand.")
    var count = 1_000_000

    /// Each op as numpy would run it: binary ops write a third buffer, unary
    /// ops a second one. Inputs lie in [-4, 4) (log: [0.01, 8)).
    static let ops = ["add", "mul", "exp", "log", "tanh", "sigmoid", "relu", "sum"]

    func run() throws {
        try options.checkBuild()
        guard count > 0 else { throw ValidationError("--count must be positive, got \(count)") }
        // x, y, z and the positive inputs of log, float32.
        try ModelMemory.check(values: [count, count, count, count], bytesPerValue: 4, flag: "--count", value: "\(count)")
        let n = count
        let x = UnsafeMutablePointer<Float>.allocate(capacity: n)
        let y = UnsafeMutablePointer<Float>.allocate(capacity: n)
        let z = UnsafeMutablePointer<Float>.allocate(capacity: n)
        defer {
            x.deallocate()
            y.deallocate()
            z.deallocate()
        }
        var generator = SplitMix64(seed: 1)
        for i in 0..<n {
            x[i] = Float(generator.nextUnit() * 8 - 4)
            y[i] = Float(generator.nextUnit() * 8 - 4)
        }
        let positive = UnsafeMutablePointer<Float>.allocate(capacity: n)
        defer { positive.deallocate() }
        for i in 0..<n { positive[i] = abs(x[i]) * 2 + 0.01 }

        if !options.json { print("op        n  dtype     ns/element  Gelem/s") }
        var sink: Float = 0
        for op in Self.ops {
            let length = Int64(n)
            let seconds = BenchTiming.bestSecondsPerCall {
                switch op {
                case "add": axon_binary_f32(AXON_ADD, x, y, z, length)
                case "mul": axon_binary_f32(AXON_MUL, x, y, z, length)
                case "exp": axon_unary_f32(AXON_EXP, x, z, length)
                case "log": axon_unary_f32(AXON_LOG, positive, z, length)
                case "tanh": axon_unary_f32(AXON_TANH, x, z, length)
                case "sigmoid": axon_unary_f32(AXON_SIGMOID, x, z, length)
                case "relu": axon_unary_f32(AXON_RELU, x, z, length)
                default: sink += axon_reduce_f32(AXON_SUM, x, length)
                }
            }
            let nanoseconds = seconds * 1e9 / Double(n)
            if options.json {
                printJSONLine(["op": op, "n": n, "dtype": "float32",
                               "ns_per_element": nanoseconds, "gelems_per_s": 1 / nanoseconds])
            } else {
                let name = op.padding(toLength: 8, withPad: " ", startingAt: 0)
                print(name + String(format: " %8d  float32  %10.3f  %7.2f", n, nanoseconds, 1 / nanoseconds))
            }
        }
        if sink.isNaN { print("") }  // keeps the sums from being optimised away
    }
}

/// A tiny seeded generator for benchmark inputs (Steele et al., SplitMix64).
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}
