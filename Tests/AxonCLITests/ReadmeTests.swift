import Foundation
import XCTest
import Axon

/// The README's library tour, as written there, must compile and work.
final class ReadmeTests: XCTestCase {
    func testTheLibraryTourRuns() throws {

        // Tensors: a runtime dtype (float32 by default), a shape, value semantics, broadcasting.
        let x = Tensor([[1, 2, 3], [4, 5, 6]] as [[Float]])       // shape [2, 3]
        print(x + Tensor([10, 20, 30] as [Float]), x.sum(axis: 1), x.argmax(axis: 1))

        // Backpropagation: forward propagation records the graph, backward() applies the chain rule.
        var rng = RandomGenerator(seed: 42)                         // same seed, same numbers, every platform
        var w = Tensor.randomNormal([3, 2], standardDeviation: 0.1, generator: &rng)
        w.requiresGrad = true
        let loss = Tensor.matmul(x, w).tanh().squared().mean()
        loss.backward()
        noGrad { w -= w.grad! * 0.1 }                              // one step of gradient descent

        // A model of your own, declared as in PyTorch: layers as stored properties and a
        // forward pass. Parameters are found by name: fc1.weight, fc1.bias, fc2.weight, ...
        final class Residual: Module, ConfigurableModule {
            struct Configuration: Codable { var width: Int }       // what rebuilds it from a file
            let configuration: Configuration
            let fc1: Dense, fc2: Dense, drop: Dropout, head: Dense

            init(configuration: Configuration) {
                self.configuration = configuration
                fc1 = Dense(2, configuration.width)
                fc2 = Dense(configuration.width, configuration.width)
                drop = Dropout(0.1)
                head = Dense(configuration.width, 3)
            }

            func callAsFunction(_ x: Tensor) -> Tensor {
                let h = fc1(x).tanh()
                return head(drop(fc2(h).tanh()) + h)                 // a skip connection around fc2
            }
        }
        ModuleRegistry.register(Residual.self)                      // once, so model files can rebuild it

        // Train with any loss (a built-in one, or a closure) and any optimizer, checkpointing every epoch.
        let data = SyntheticData.spiral(seed: 0)
        let loader = DataLoader(data.train, batchSize: .size(32))
        let runs = FileManager.default.temporaryDirectory.appendingPathComponent("spiral-\(UUID())")
        func makeTrainer() throws -> Trainer {
            manualSeed(42)                                          // as torch.manual_seed: layers and dropout draw from it
            let model = Residual(configuration: .init(width: 32))
            let trainer = Trainer(model: model, optimizer: try Adam(model, learningRate: 1e-2)) { logits, labels in
                crossEntropy(logits, labels, labelSmoothing: 0.05)
            }
            trainer.checkpointing = CheckpointPolicy(directory: runs)
            return trainer
        }
        try makeTrainer().fit(loader, epochs: 15, test: data.test)

        // Later, in another process: the same trainer resumes exactly, bit for bit, up to 30 epochs in all.
        let trainer = try makeTrainer()
        try trainer.resume(from: Checkpoint.latest(in: runs)!)
        let history = try trainer.fit(loader, epochs: 30, test: data.test)
        print(history.last!.testAccuracy!)

        // A model file PyTorch's load_state_dict(strict=True) reads; Axon rebuilds the model from it alone.
        let file = runs.appendingPathComponent("residual.safetensors")
        try ModelFile.save(trainer.model, info: ModelInfo(inputShape: [2]), to: file)
        let (restored, _) = try ModelFile.load(from: file)
        print(restored.namedParameters.map(\.name))

        // Check any gradient against central finite differences in float64.
        let check = gradcheck({ ($0[0].exp() * $0[1]).sum() },
                              inputs: [Tensor([0.5, 1] as [Double]), Tensor([2, 3] as [Double])])
        print(check.passed, check.maxRelativeError)

        XCTAssertEqual(w.shape, [3, 2])
        XCTAssertEqual(history.epochs.count, 30)
        XCTAssertGreaterThan(history.last!.testAccuracy!, 0.9)
        XCTAssertEqual(restored.namedParameters.map(\.name),
                       ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "head.weight", "head.bias"])
        XCTAssertEqual(Checkpoint.list(in: runs).map(\.epoch), [29, 30])
        XCTAssertTrue(check.passed)
        try FileManager.default.removeItem(at: runs)
    }

    /// `Axon.manualSeed`, as `torch.manual_seed`, through the umbrella module.
    func testManualSeedThroughTheUmbrellaModule() {
        Axon.manualSeed(5)
        let first = Dense(3, 2).weight.value.floats
        Axon.manualSeed(5)
        XCTAssertEqual(Dense(3, 2).weight.value.floats, first)
    }

    /// The tour above is the README's, line for line: one cannot change without the other.
    func testTheTourIsTheREADMEs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = DocumentationTests.significantLines(try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8))
        let blocks = DocumentationTests.codeBlocks(in: readme, language: "swift")
        XCTAssertEqual(blocks.count, 1, "the README has one Swift block, the library tour")
        for block in blocks {
            let lines = DocumentationTests.significantLines(block)
            for line in lines where line.hasPrefix("import ") {
                XCTAssertTrue(source.contains(line), "\(line) is not imported here")
            }
            if let problem = DocumentationTests.mismatch(of: lines.filter { !$0.hasPrefix("import ") }, in: source) {
                XCTFail("the README's tour is not in ReadmeTests.swift: \(problem)")
            }
        }
    }
}
