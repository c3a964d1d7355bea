import ArgumentParser
import Axon

/// `axon summary`: the layer table and parameter count of a multi-layer
/// perceptron, as Keras's `model.summary()` prints it.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a network's layers, output shapes and parameter counts.",
        discussion: """
            Between layers of m and n neurons there are m·n weights and n biases:
            `axon summary --model 784-256-128-10` prints 235,146 parameters.
            """
    )

    @Option(help: "Layer widths from input to output, separated by '-'.")
    var model: String = "784-256-128-10"

    @Option(help: "Activation between layers: \(Activation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var activation: String = "relu"

    @Option(help: "Seed for the initial weights.")
    var seed: UInt64 = 42

    func run() throws {
        let chosen: Activation
        let network: Sequential
        var generator = RandomGenerator(seed: seed)
        do {
            chosen = try Activation(parsing: activation)
            network = try Sequential.multilayerPerceptron(model, activation: chosen, generator: &generator)
        } catch {
            throw ValidationError(error.message)
        }
        let inputs = (network.layers.first as? Dense)?.inputs ?? 0
        print(try network.summary(inputShape: [inputs]))
    }
}
