import ArgumentParser
import CAxonKernels
import Foundation

/// `axon bench gemm`: GFLOP/s of axon_gemm_f32/f64 next to the machine's peak.
///
/// Shapes: squares, and the three products of each MLP layer as
/// `Tensor.linear` runs them, with x: batch×inputs and PyTorch's weight W:
/// outputs×inputs: forward y = x·Wᵀ ("nt"), dx = dy·W ("nn"), dW = dyᵀ·x
/// ("tn"), for the MNIST MLP and for the tiny 2-16-16-2 network at batch 32
/// (every dimension at most 16: products that take well under a
/// microsecond). benchmarks/gemm_reference.py measures numpy on the same list.
struct BenchGEMMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gemm",
        abstract: "Matrix-multiply speed in GFLOP/s (compare with benchmarks/gemm_reference.py)."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "Thread counts to measure, comma-separated.")
    var threads = "1,2"

    @Option(help: "Square sizes, comma-separated.")
    var sizes = "64,128,256,512,1024,2048"

    @Option(help: "float32, float64 or all.")
    var dtype = "all"

    @Flag(help: "Squares up to 512 only, shorter timing.")
    var quick = false

    /// (batch, inputs, outputs) of the layers: the MNIST MLP's, then the tiny spiral network's.
    static let mlpLayers = [(128, 784, 256), (128, 256, 128), (128, 128, 10), (32, 2, 16), (32, 16, 16), (32, 16, 2)]

    struct Shape {
        let form: String
        let m: Int, n: Int, k: Int
    }

    func shapes() throws -> [Shape] {
        var squares = try parseIntegerList(sizes, flag: "--sizes")
        if quick { squares = squares.filter { $0 <= 512 } }
        for size in squares {
            // A, B and C in float64.
            let (square, overflow) = size.multipliedReportingOverflow(by: size)
            try ModelMemory.check(values: overflow ? [Int.max] : [square, square, square], bytesPerValue: 8,
                                  flag: "--sizes", value: "\(size)")
        }
        var result = squares.map { Shape(form: "nn", m: $0, n: $0, k: $0) }
        // The three products of Tensor.linear with PyTorch's [outputs, inputs]
        // weight: forward x·Wᵀ, input gradient ∂y·W, weight gradient ∂yᵀ·x.
        for (batch, inputs, outputs) in Self.mlpLayers {
            result.append(Shape(form: "nt", m: batch, n: outputs, k: inputs))
            result.append(Shape(form: "nn", m: batch, n: inputs, k: outputs))
            result.append(Shape(form: "tn", m: outputs, n: inputs, k: batch))
        }
        return result
    }

    func run() throws {
        try options.checkBuild()
        let threadCounts = try parseIntegerList(threads, flag: "--threads").map { try checkedThreads($0) }
        guard ["all", "float32", "float64"].contains(dtype) else {
            throw ValidationError("--dtype expects float32, float64 or all, got '\(dtype)'")
        }
        let dtypes = dtype == "all" ? ["float32", "float64"] : [dtype]
        let shapeList = try shapes()
        let peak = MachinePeak.measure()
        peak.report(json: options.json, threadCounts: threadCounts)

        if !options.json {
            print("form      m      n      k  threads  dtype     GFLOP/s  % of peak")
        }
        for dtype in dtypes {
            for threadCount in threadCounts {
                axon_set_threads(Int32(threadCount))
                for shape in shapeList {
                    let seconds = time(shape, dtype: dtype, trials: quick ? 3 : 5)
                    let gflops = 2.0 * Double(shape.m) * Double(shape.n) * Double(shape.k) / seconds / 1e9
                    let peakForRow = peak.gflops(threads: threadCount, float64: dtype == "float64")
                    if options.json {
                        printJSONLine(["form": shape.form, "m": shape.m, "n": shape.n,
                                       "k": shape.k, "threads": threadCount, "dtype": dtype,
                                       "gflops": gflops])
                    } else {
                        let row = String(format: "%@  %5d  %5d  %5d  %7d  %@  %8.1f  %8.0f%%",
                                         shape.form, shape.m, shape.n, shape.k, threadCount,
                                         dtype.padding(toLength: 7, withPad: " ", startingAt: 0),
                                         gflops, 100 * gflops / peakForRow)
                        print(row)
                    }
                }
            }
        }
        axon_set_threads(0)
    }

    /// Best seconds per call of C = op(A)·op(B) for one shape and dtype.
    func time(_ shape: Shape, dtype: String, trials: Int) -> Double {
        let transposeA: Int32 = shape.form.hasPrefix("t") ? 1 : 0
        let transposeB: Int32 = shape.form.hasSuffix("t") ? 1 : 0
        // A transposed operand is stored the way the form reads it: k×m for A.
        let lda = Int64(transposeA == 1 ? shape.m : shape.k)
        let ldb = Int64(transposeB == 1 ? shape.k : shape.n)
        let (m, n, k) = (Int64(shape.m), Int64(shape.n), Int64(shape.k))
        if dtype == "float32" {
            return withOperands(shape, Float.self) { a, b, c in
                BenchTiming.bestSecondsPerCall(trials: trials) {
                    axon_gemm_f32(transposeA, transposeB, m, n, k, a, lda, b, ldb, 0, c, n)
                }
            }
        }
        return withOperands(shape, Double.self) { a, b, c in
            BenchTiming.bestSecondsPerCall(trials: trials) {
                axon_gemm_f64(transposeA, transposeB, m, n, k, a, lda, b, ldb, 0, c, n)
            }
        }
    }

    /// Allocates and fills A (m·k), B (k·n) and C (m·n) for the duration of `body`.
    func withOperands<T: BinaryFloatingPoint>(
        _ shape: Shape, _: T.Type,
        _ body: (UnsafeMutablePointer<T>, UnsafeMutablePointer<T>, UnsafeMutablePointer<T>) -> Double
    ) -> Double {
        let a = UnsafeMutablePointer<T>.allocate(capacity: shape.m * shape.k)
        let b = UnsafeMutablePointer<T>.allocate(capacity: shape.k * shape.n)
        let c = UnsafeMutablePointer<T>.allocate(capacity: shape.m * shape.n)
        defer {
            a.deallocate()
            b.deallocate()
            c.deallocate()
        }
        for i in 0..<(shape.m * shape.k) { a[i] = T(i % 13) * 0.1 - 0.6 }
        for i in 0..<(shape.k * shape.n) { b[i] = T(i % 7) * 0.1 - 0.3 }
        return body(a, b, c)
    }
}

/// The machine's theoretical peak: clock × FLOP per cycle × threads, with
/// what each factor rests on.
struct MachinePeak {
    /// Timed with a chain of dependent operations (axon_measure_cpu_hz), which
    /// sees the boost clock the kernels actually run at; 0 where not timed.
    let timedGHz: Double
    /// /proc/cpuinfo "cpu MHz" (Linux), often the base clock in a VM; nil elsewhere.
    let reportedGHz: Double?
    /// The instruction set the kernels dispatch to.
    let isa: String
    /// float32 FLOP per cycle per core for that ISA on this core.
    let flopsPerCycle: Int
    /// The assumption behind `flopsPerCycle`, in words.
    let basis: String

    #if arch(x86_64)
    static let timedBy = "dependent-imul loop"
    #else
    static let timedBy = "dependent-add loop"
    #endif

    static func measure() -> MachinePeak {
        MachinePeak(timedGHz: axon_measure_cpu_hz() / 1e9, reportedGHz: cpuinfoGHz(),
                    isa: String(cString: axon_kernel_isa()), flopsPerCycle: Int(axon_flops_per_cycle_f32()),
                    basis: String(cString: axon_flops_per_cycle_basis()))
    }

    /// The clock the peak uses: the timed one, else /proc/cpuinfo's.
    var ghz: Double { timedGHz > 0 ? timedGHz : (reportedGHz ?? 0) }
    var ghzSource: String { timedGHz > 0 ? Self.timedBy : "/proc/cpuinfo" }

    /// Whether the two clocks differ by more than 10% of the smaller.
    var clocksDisagree: Bool {
        guard let reported = reportedGHz, timedGHz > 0, reported > 0 else { return false }
        return abs(timedGHz - reported) > 0.1 * min(timedGHz, reported)
    }

    func gflops(threads: Int, float64: Bool) -> Double {
        let perCycle = Double(flopsPerCycle) / (float64 ? 2 : 1)
        return ghz * perCycle * Double(threads)
    }

    func report(json: Bool, threadCounts: [Int]) {
        let reported = reportedGHz.map { String(format: "%.3f", $0) } ?? "unknown"
        if json {
            for threads in threadCounts {
                printJSONLine(["peak_gflops": gflops(threads: threads, float64: false),
                               "peak_gflops_float64": gflops(threads: threads, float64: true),
                               "threads": threads, "ghz": ghz, "ghz_source": ghzSource,
                               "timed_ghz": timedGHz, "cpuinfo_ghz": reported, "clocks_disagree": clocksDisagree,
                               "flops_per_cycle_f32": flopsPerCycle, "flops_per_cycle_f64": flopsPerCycle / 2,
                               "flops_basis": basis, "isa": isa])
            }
            return
        }
        print("kernels: \(isa) (AXON_ISA=scalar|avx2|avx512|neon forces one)")
        let timed = String(format: "%.3f", timedGHz)
        if timedGHz <= 0 {
            print("clock: \(reported) GHz from /proc/cpuinfo (no timing loop on this CPU)")
        } else if clocksDisagree {
            print("clock: \(timed) GHz timed by a \(Self.timedBy), but /proc/cpuinfo says \(reported) GHz"
                  + " (more than 10% apart: turbo, or a VM reporting its base clock); the peak uses the timed clock")
        } else {
            print("clock: \(timed) GHz timed by a \(Self.timedBy) (/proc/cpuinfo: \(reported) GHz)")
        }
        print("per core and cycle: \(flopsPerCycle) float32 FLOP, \(flopsPerCycle / 2) float64: \(basis)")
        for threads in threadCounts {
            print(String(format: "peak with %d thread(s): %.1f GFLOP/s float32, %.1f float64",
                         threads, gflops(threads: threads, float64: false),
                         gflops(threads: threads, float64: true)))
        }
    }

    static func cpuinfoGHz() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("cpu MHz") {
            if let value = line.split(separator: ":").last,
               let mhz = Double(value.trimmingCharacters(in: .whitespaces)) {
                return mhz / 1000
            }
        }
        return nil
    }
}
