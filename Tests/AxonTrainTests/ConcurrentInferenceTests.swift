import AxonNN
import AxonTensor
import Foundation
import XCTest
@testable import AxonTrain

/// A loaded model serving requests from several threads at once: every
/// output, batch 1 or 64, is bit for bit the output of the same request run
/// alone. (Run under ThreadSanitizer: `scripts/sanitizers.sh thread --filter ConcurrentInferenceTests`.)
final class ConcurrentInferenceTests: XCTestCase {
    static let threads = 8
    static let requestsPerThread = 24

    /// A model shared by the serving threads, which only read it.
    final class Shared: @unchecked Sendable {
        let model: any Module
        let requests: [Tensor]
        let expected: [[Float]]
        private let lock = NSLock()
        private var mismatches: [String] = []

        init(model: any Module, requests: [Tensor], expected: [[Float]]) {
            self.model = model
            self.requests = requests
            self.expected = expected
        }

        func record(_ mismatch: String) {
            lock.lock()
            mismatches.append(mismatch)
            lock.unlock()
        }

        var recorded: [String] {
            lock.lock()
            defer { lock.unlock() }
            return mismatches
        }
    }

    var directory: URL!
    var savedThreads = 0

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-serving-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        savedThreads = CPU.threads
        // Two pool threads, so that batch-64 requests meet a pool another request may hold.
        CPU.threads = 2
    }

    override func tearDownWithError() throws {
        CPU.threads = savedThreads
        try? FileManager.default.removeItem(at: directory)
    }

    func testTheMNISTMultilayerPerceptronServesThreadsBitForBit() throws {
        var generator = RandomGenerator(seed: 5)
        let network = Sequential.multilayerPerceptron(sizes: [784, 256, 128, 10], activation: .relu, generator: &generator)
        try checkServing(network, sampleShape: [784])
    }

    func testLeNet5ServesThreadsBitForBit() throws {
        manualSeed(6)
        let network = try Sequential.preset("lenet5", inputShape: [1, 28, 28])
        try checkServing(network, sampleShape: [1, 28, 28])
    }

    /// Saves `network`, loads it back as a server would, computes each
    /// request's output alone, then serves them all from eight threads in a
    /// different order per thread and compares the bits.
    func checkServing(_ network: Sequential, sampleShape: [Int]) throws {
        let url = directory.appendingPathComponent("model.safetensors")
        try ModelFile.save(network, info: ModelInfo(inputShape: sampleShape), to: url)
        let (model, _) = try ModelFile.load(from: url)

        var generator = RandomGenerator(seed: 7)
        let batches = [1, 1, 1, 1, 64, 1, 1, 64]
        let requests = batches.map { Tensor.randomNormal([$0] + sampleShape, generator: &generator) }
        let expected = requests.map { model.infer($0).floats }
        let shared = Shared(model: model, requests: requests, expected: expected)

        let done = DispatchGroup()
        for thread in 0 ..< Self.threads {
            done.enter()
            let worker = Thread {
                for step in 0 ..< Self.requestsPerThread {
                    let index = (step * (2 * thread + 1) + thread) % shared.requests.count
                    let output = shared.model.infer(shared.requests[index])
                    if output.requiresGrad { shared.record("thread \(thread): request \(index) recorded a graph") }
                    let bits = output.floats.map(\.bitPattern)
                    if bits != shared.expected[index].map(\.bitPattern) {
                        shared.record("thread \(thread), step \(step): request \(index) (batch \(shared.requests[index].shape[0])) differs")
                    }
                }
                done.leave()
            }
            worker.stackSize = 1 << 22
            worker.start()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 600), .success, "the serving threads finished")
        XCTAssertEqual(shared.recorded, [])
    }
}
