import ArgumentParser
import Axon

/// Where `axon evaluate` and `axon predict` get their model: `--weights`
/// names an Axon model file or checkpoint, which describes its own
/// architecture, loss and input scaling, or a plain PyTorch `state_dict`
/// (`safetensors.torch.save_file(model.state_dict(), path)`), whose
/// architecture the other flags give as `axon train` takes it.
///
/// ```
/// axon evaluate --weights mlp.safetensors --model 784-256-128-10 --activation relu --data mnist:data
/// ```
struct ModelSource: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A model file or checkpoint written by Axon, or a plain PyTorch state_dict in safetensors (then give --model).",
        valueName: "file"))
    var weights: String

    @Option(help: "For a plain state_dict: layer widths, input first, as `axon train` takes them (e.g. 784-256-128-10).")
    var model: String?

    @Option(help: "For a plain state_dict: the activation between layers: \(Activation.allCases.map(\.rawValue).joined(separator: " | ")) (default: relu).")
    var activation: String?

    @Option(help: """
        For a plain state_dict: standard | global | minmax | none (default: none). Fitted on the data given \
        here, since the file does not record the training data's statistics; an Axon file brings its own.
        """)
    var normalize: String?

    @Option(help: """
        \(Loss.names.joined(separator: " | ")) (default: the one the model file records; else cross-entropy \
        for class labels or data without targets, mse for regression targets).
        """)
    var loss: String?

    @Option(help: ArgumentHelp(
        "For a plain state_dict whose tensor names carry a prefix (net.0.weight): the prefix to remove (net.).",
        valueName: "prefix"))
    var stripPrefix: String?

    /// The flags that describe a plain state_dict, by name, that were given.
    var architectureFlags: [String] {
        let flags: [(String, String?)] = [
            ("--model", model), ("--activation", activation), ("--normalize", normalize), ("--strip-prefix", stripPrefix),
        ]
        return flags.filter { $0.1 != nil }.map(\.0)
    }
}

/// Whether a `--model` description is layer widths (`784-256-10`: digits,
/// dashes and spaces), rather than a preset or a layer list. Decided by the
/// text alone, so that wrong widths get an error about widths.
func isLayerWidths(_ description: String) -> Bool {
    !description.isEmpty && description.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == " ") }
}
