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

    @Option(help: ArgumentHelp("Layer widths from input to output, separated by '-' (default: 784-256-128-10); or a preset (lenet5, mnist-cnn); or a layer list.",
                               discussion: Sequential.layerListHelp))
    var model: String?

    @Option(help: "The shape of one input sample for a preset or layer list, e.g. 1,28,28 (default: 1,28,28, MNIST's images).")
    var inputShape: String?

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
        let description = model ?? "784-256-128-10"
        if !isLayerWidths(description) {
            // A preset or a layer list, for samples of --input-shape.
            guard activation == nil else {
                throw ValidationError("--activation applies to a model given by its widths; a layer list names its own activations")
            }
            let parts = (inputShape ?? "1,28,28").split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw ValidationError("--input-shape \(inputShape ?? ""): give positive sizes separated by commas, e.g. 1,28,28")
            }
            let sample = parts.map { $0 ?? 0 }
            manualSeed(seed)
            do {
                // Each layer's parameters are counted before it allocates them.
                let network = try ParameterBudget.limiting(to: ModelMemory.parameterBudget(dtype: .float32),
                                                           because: ModelMemory.budgetReason(dtype: .float32)) { () throws(ModuleError) in
                    Sequential.presets.contains(where: { $0.name == description })
                        ? try Sequential.preset(description, inputShape: sample)
                        : try Sequential.layers(description, inputShape: sample)
                }
                print(try network.summary(inputShape: [1] + sample))
            } catch {
                throw CLIError("--model \(description): \(error.message)")
            }
            return
        }
        guard inputShape == nil else {
            throw ValidationError("--input-shape applies to a preset or layer list; widths give their own input")
        }
        let chosen: Activation
        let network: Sequential
        var generator = RandomGenerator(seed: seed)
        do {
            chosen = try Activation(parsing: activation ?? "relu")
            let sizes = try Sequential.parseSizes(description)
            try ModelMemory.check(parameters: try Sequential.parameterCount(sizes: sizes), dtype: .float32,
                                  flag: "--model", value: description)
            network = Sequential.multilayerPerceptron(sizes: sizes, activation: chosen, generator: &generator)
        } catch let error as ModuleError {
            throw ValidationError(error.message)
        }
        let inputs = (network.layers.first as? Dense)?.inputs ?? 0
        print(try network.summary(inputShape: [1, inputs]))
    }
}
