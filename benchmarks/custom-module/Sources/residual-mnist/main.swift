import Axon
import Foundation

/// Two dense layers with a skip connection around the second, dropout, and
/// a classifier head: `head(drop(relu(fc2(h))) + h)` with `h = relu(fc1(x))`.
/// The equivalent PyTorch module (same names) is in custom_module_acceptance.sh.
final class ResidualMLP: Module, ConfigurableModule {
    struct Configuration: Codable {
        var inputs: Int
        var hidden: Int
        var classes: Int
        var dropout: Double
    }

    let configuration: Configuration
    let fc1: Dense
    let fc2: Dense
    let drop: Dropout
    let head: Dense

    init(configuration: Configuration) {
        self.configuration = configuration
        fc1 = Dense(configuration.inputs, configuration.hidden)
        fc2 = Dense(configuration.hidden, configuration.hidden)
        drop = Dropout(configuration.dropout)
        head = Dense(configuration.hidden, configuration.classes)
    }

    func callAsFunction(_ x: Tensor) -> Tensor {
        let h = fc1(x).relu()
        return head(drop(fc2(h).relu()) + h)
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("residual-mnist: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 4, ["train", "evaluate"].contains(arguments[1]) else {
    fail("usage: residual-mnist train|evaluate MNIST_DIR MODEL_FILE")
}
ModuleRegistry.register(ResidualMLP.self)
let mnist = try MNIST.load(directory: URL(fileURLWithPath: arguments[2], isDirectory: true))
let test = try mnist.test ?? { fail("no test split") }()
let file = URL(fileURLWithPath: arguments[3])

if arguments[1] == "train" {
    manualSeed(0)
    let model = ResidualMLP(configuration: .init(inputs: 784, hidden: 256, classes: 10, dropout: 0.2))
    // A custom loss: cross-entropy with label smoothing, as a closure.
    let trainer = Trainer(model: model, optimizer: try Adam(model, learningRate: 1e-3)) { logits, labels in
        crossEntropy(logits, labels, labelSmoothing: 0.05)
    }
    let history = try trainer.fit(DataLoader(mnist.train, batchSize: .size(128), seed: 0), epochs: 10, test: test)
    try ModelFile.save(model, info: ModelInfo(inputShape: [784], classNames: mnist.train.classNames), to: file)
    let accuracy = try trainer.evaluate(test).accuracy ?? 0
    print(String(format: "trained: %d epochs in %.1f s, test accuracy %.4f", history.epochs.count, history.seconds, accuracy))
} else {
    let (model, _) = try ModelFile.load(from: file)
    let evaluator = Evaluator(model: model, loss: Loss.crossEntropy, encoding: .classIndices)
    print(String(format: "reloaded: %@, test accuracy %.4f", String(describing: type(of: model)), evaluator.evaluate(test).accuracy ?? 0))
}
