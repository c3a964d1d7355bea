import ArgumentParser
import Axon

/// `axon summary`: the layer table and parameter count of a network, as
/// Keras's `model.summary()` prints it: a multi-layer perceptron given by its
/// widths, or any model a file describes.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a network's layers, output shapes and parameter counts.",
        discussion: """
            Between layers of m and n neurons there are m·n weights and n biases:
            `axon summary --model 784-256-128-10` prints 235,146 parameters.
            With --weights FILE, the model that a model file or checkpoint describes.
            """
    )

    @Option(help: "Layer widths from input to output, separated by '-' (default: 784-256-128-10).")
    var model: String?

    @Option(help: "Activation between layers: \(Activation.allCases.map(\.rawValue).joined(separator: ", ")) (default: relu).")
    var activation: String?

    @Option(help: "A model file or checkpoint: summarise the model it describes.")
    var weights: String?

    @Option(help: "Seed for the initial weights.")
    var seed: UInt64 = 42

    func run() throws {
        if let weights {
            guard model == nil, activation == nil else {
                throw ValidationError("--weights describes the model itself; leave out --model and --activation")
            }
            let saved = try SavedModel(path: weights)
            let inputShape = try saved.info.inputShape ?? { throw CLIError("--weights \(weights): the file does not record its input shape") }()
            do {
                print(try saved.model.summary(inputShape: [1] + inputShape))
            } catch {
                throw CLIError("--weights \(weights): \(error.message)")
            }
            return
        }
        let chosen: Activation
        let network: Sequential
        var generator = RandomGenerator(seed: seed)
        do {
            chosen = try Activation(parsing: activation ?? "relu")
            network = try Sequential.multilayerPerceptron(model ?? "784-256-128-10", activation: chosen, generator: &generator)
        } catch {
            throw ValidationError(error.message)
        }
        let inputs = (network.layers.first as? Dense)?.inputs ?? 0
        print(try network.summary(inputShape: [1, inputs]))
    }
}
