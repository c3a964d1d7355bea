import ArgumentParser
import Axon
import Foundation

/// `mpirun -np N axon bench allreduce`: the time of one allreduce (sum, in
/// place) of a gradient-sized buffer between the ranks of the job, the term
/// that docs/DISTRIBUTED.md's model adds to each step's compute.
struct BenchAllReduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allreduce",
        abstract: "Allreduce time between the ranks of an mpirun job, per buffer size (run under mpirun -np N)."
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "Buffer sizes in MB (10^6 bytes), separated by commas (default: the float32 gradients of the MNIST MLP, 0.94 MB, and of mnist-cnn, 4.80 MB).")
    var megabytes = "0.940584,4.799528"

    @Option(help: "Timed calls per size (after 10 untimed).")
    var calls = 200

    func run() throws {
        try options.checkBuild()
        guard calls >= 1 else { throw ValidationError("--calls must be at least 1, got \(calls)") }
        let sizes = try megabytes.split(separator: ",").map { text -> Double in
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value <= 4096 else {
                throw ValidationError("--megabytes: \"\(text)\" is not a size from 0 to 4096 MB")
            }
            return value
        }
        let communicator: any Communicator
        do {
            communicator = try Distributed.world()
        } catch {
            throw CLIError("\(error)")
        }
        guard let mpi = communicator as? MPICommunicator else {
            throw CLIError("`axon bench allreduce` measures between the ranks of a job: run it as mpirun -np 2 axon bench allreduce")
        }
        defer { mpi.finalize() }
        if mpi.isRoot && !options.json { print("ranks  MB        median ms  best ms   algbw GB/s  busbw GB/s") }
        for size in sizes {
            let count = max(1, Int(size * 1e6) / 4)
            var buffer = [Float](repeating: 1, count: count)
            var times: [Double] = []
            let clock = ContinuousClock()
            for call in 0 ..< calls + 10 {
                try mpi.barrier()
                let start = clock.now
                try buffer.withUnsafeMutableBufferPointer { values in try mpi.allReduce(values, .sum) }
                let elapsed = (clock.now - start).components
                if call >= 10 { times.append(Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18) }
            }
            guard mpi.isRoot else { continue }
            times.sort()
            let median = times[times.count / 2], best = times[0]
            let bytes = Double(count * 4)
            // Ring allreduce moves 2(N-1)/N of the buffer through each link (NCCL's bus bandwidth).
            let algorithm = bytes / median / 1e9, bus = algorithm * 2 * Double(mpi.size - 1) / Double(mpi.size)
            if options.json {
                printJSONLine(["ranks": mpi.size, "megabytes": bytes / 1e6, "median_ms": median * 1e3, "best_ms": best * 1e3,
                               "algbw_gb_per_s": algorithm, "busbw_gb_per_s": bus])
            } else {
                print(String(format: "%5d  %8.3f  %9.3f  %7.3f   %10.2f  %10.2f", mpi.size, bytes / 1e6, median * 1e3, best * 1e3, algorithm, bus))
            }
        }
    }
}
