import AxonTensor
import Foundation

extension Sequential {
    /// The layer-list syntax of ``layers(_:inputShape:)``, for help texts.
    public static let layerListHelp = """
        Layers separated by spaces, each name[:arguments]: conv:OUTxK[xK2][,stride=S][,pad=P|same|valid]\
        [,dilation=D][,groups=G][,bias=false], maxpool:K[,stride=S][,pad=P], avgpool:K[,stride=S][,pad=P], \
        adaptiveavgpool:S, flatten, dense:N[,bias=false], dropout:P, dropout2d:P, batchnorm, layernorm, and the \
        activations (\(Activation.allCases.map(\.rawValue).joined(separator: ", "))). Channels and widths follow \
        from the input's shape. Presets: lenet5, mnist-cnn.
        """

    /// The named networks ``preset(_:)`` knows, with their layer lists (for
    /// MNIST's `[1, 28, 28]` images).
    public static let presets: [(name: String, layers: String)] = [
        ("lenet5", "conv:6x5,pad=2 relu maxpool:2 conv:16x5 relu maxpool:2 flatten dense:120 relu dense:84 relu dense:10"),
        ("mnist-cnn", "conv:32x3 relu conv:64x3 relu maxpool:2 dropout:0.25 flatten dense:128 relu dropout:0.5 dense:10"),
    ]

    /// LeNet-5 (LeCun et al., 1998) as it is usually trained on MNIST today:
    /// conv 6@5×5 (padding 2), ReLU, max-pool 2, conv 16@5×5, ReLU, max-pool 2,
    /// flatten, dense 120, ReLU, dense 84, ReLU, dense 10: 61,706 parameters,
    /// for `[N, 1, 28, 28]` images, with the `state_dict` names of the same
    /// `torch.nn.Sequential`.
    public static func lenet5() -> Sequential {
        requireValid { () throws(ModuleError) in try preset("lenet5", inputShape: [1, 28, 28]) }
    }

    /// The Keras mnist_cnn example: conv 32@3×3, ReLU, conv 64@3×3, ReLU,
    /// max-pool 2, dropout 0.25, flatten, dense 128, ReLU, dropout 0.5, dense
    /// 10: 1,199,882 parameters, for `[N, 1, 28, 28]` images.
    public static func mnistCNN() -> Sequential {
        requireValid { () throws(ModuleError) in try preset("mnist-cnn", inputShape: [1, 28, 28]) }
    }

    /// The preset called `name` (``presets``) for samples of `inputShape`.
    public static func preset(_ name: String, inputShape: [Int]) throws(ModuleError) -> Sequential {
        guard let preset = presets.first(where: { $0.name == name }) else {
            throw ModuleError("no preset named \"\(name)\"; the presets are \(presets.map(\.name).joined(separator: ", "))")
        }
        return try layers(preset.layers, inputShape: inputShape)
    }

    /// A network from a layer list such as
    /// `conv:6x5,pad=2 relu maxpool:2 flatten dense:10` (see
    /// ``layerListHelp``) for samples of `inputShape` (one sample, no batch
    /// dimension: `[1, 28, 28]` for MNIST's images). Each layer's input
    /// channels or width follow from the shape before it, and a layer that
    /// cannot take that shape is an error naming both.
    public static func layers(_ description: String, inputShape: [Int]) throws(ModuleError) -> Sequential {
        var shape = [1] + inputShape
        var layers: [any Module] = []
        let words = description.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { throw ModuleError("layer list: no layers in \"\(description)\"") }
        for (position, word) in words.enumerated() {
            let layer: any Module
            do {
                layer = try makeLayer(word, input: shape)
            } catch {
                throw ModuleError(error.message.replacingOccurrences(of: "layer list: ", with: "layer list: layer \(position + 1), "))
            }
            do {
                shape = try layer.outputShape(forInput: shape)
            } catch {
                throw ModuleError("layer list: layer \(position + 1), \"\(word)\", cannot take input of shape \(shape.dropFirst().map { $0 }) (batch left out): \(error.message)")
            }
            layers.append(layer)
        }
        return Sequential(layers)
    }

    /// One layer of a layer list, for inputs of `shape` (batch first).
    private static func makeLayer(_ word: String, input shape: [Int]) throws(ModuleError) -> any Module {
        let name = String(word.prefix { $0 != ":" }).lowercased()
        let rest = word.count > name.count ? String(word.dropFirst(name.count + 1)) : ""
        var parts = rest.isEmpty ? [] : rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let main = parts.isEmpty || parts[0].contains("=") ? nil : parts.removeFirst()
        var options: [String: String] = [:]
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw ModuleError("layer list: \"\(part)\" in \"\(word)\" is not KEY=VALUE") }
            options[pair[0].lowercased()] = pair[1]
        }
        var used: Set<String> = []
        func integer(_ text: String, _ what: String) throws(ModuleError) -> Int {
            guard let value = Int(text), value >= 0 else {
                throw ModuleError("layer list: \(what) \"\(text)\" in \"\(word)\" is not a whole number")
            }
            guard value <= Size2D.largest else {
                throw ModuleError("layer list: \(what) \(text) in \"\(word)\" is above the limit of \(Size2D.largest)")
            }
            return value
        }
        func option(_ key: String) -> String? {
            used.insert(key)
            return options[key]
        }
        func size(_ key: String, _ fallback: Size2D) throws(ModuleError) -> Size2D {
            guard let text = option(key) else { return fallback }
            return Size2D(try integer(text, key))
        }
        func flag(_ key: String, _ fallback: Bool) throws(ModuleError) -> Bool {
            guard let text = option(key) else { return fallback }
            guard let value = Bool(text.lowercased()) else {
                throw ModuleError("layer list: \(key)=\(text) in \"\(word)\" is not true or false")
            }
            return value
        }
        func required(_ what: String) throws(ModuleError) -> String {
            guard let main else { throw ModuleError("layer list: \"\(word)\" needs \(what) after \"\(name):\"") }
            return main
        }
        func channels() throws(ModuleError) -> Int {
            guard shape.count == 4 else {
                throw ModuleError("layer list: \"\(word)\" needs images [C, H, W], but its input has shape \(Array(shape.dropFirst()))")
            }
            return shape[1]
        }

        let layer: any Module
        switch name {
        case "conv":
            let numbers = try required("OUTxK").lowercased().split(separator: "x").map(String.init)
            guard numbers.count == 2 || numbers.count == 3 else {
                throw ModuleError("layer list: \"\(word)\" wants conv:OUTxK or conv:OUTxKHxKW")
            }
            let outChannels = try integer(numbers[0], "output channels")
            let kernel = numbers.count == 2 ? Size2D(try integer(numbers[1], "kernel size"))
                : Size2D(height: try integer(numbers[1], "kernel height"), width: try integer(numbers[2], "kernel width"))
            let padding: ConvPadding
            switch option("pad") {
            case nil: padding = 0
            case "same"?: padding = .same
            case "valid"?: padding = .valid
            case let text?: padding = .explicit(Size2D(try integer(text, "pad")))
            }
            let groups = try integer(option("groups") ?? "1", "groups")
            let inChannels = try channels()
            let bias = try flag("bias", true)
            try Conv2d.validate(inChannels: inChannels, outChannels: outChannels, kernelSize: kernel, groups: groups)
            try Conv2d.reserve(inChannels: inChannels, outChannels: outChannels, kernelSize: kernel, groups: groups, bias: bias)
            layer = Conv2d(inChannels, outChannels, kernelSize: kernel, stride: try size("stride", 1), padding: padding,
                           dilation: try size("dilation", 1), groups: groups, bias: bias)
        case "maxpool", "avgpool":
            let kernel = Size2D(try integer(try required("K"), "kernel size"))
            let stride = try size("stride", kernel), padding = try size("pad", 0)
            layer = name == "maxpool" ? MaxPool2d(kernel, stride: stride, padding: padding)
                : AvgPool2d(kernel, stride: stride, padding: padding)
        case "adaptiveavgpool":
            let output = try integer(main ?? "1", "output size")
            guard output >= 1 else { throw ModuleError("layer list: \"\(word)\" needs an output size of at least 1") }
            layer = AdaptiveAvgPool2d(Size2D(output))
        case "flatten":
            layer = Flatten()
        case "dense":
            let outputs = try integer(try required("N"), "width")
            guard shape.count == 2 else {
                throw ModuleError("layer list: \"\(word)\" needs flat inputs [F], but its input has shape \(Array(shape.dropFirst())); put flatten before it")
            }
            let bias = try flag("bias", true)
            try Dense.validate(inputs: shape[1], outputs: outputs)
            try Dense.reserve(inputs: shape[1], outputs: outputs, bias: bias)
            layer = Dense(shape[1], outputs, bias: bias)
        case "dropout", "dropout2d":
            guard let text = main, let probability = Double(text) else {
                throw ModuleError("layer list: \"\(word)\" needs a probability: \(name):P")
            }
            try Dropout.validate(probability: probability)
            layer = name == "dropout" ? Dropout(probability) : Dropout2d(probability)
        case "batchnorm":
            guard shape.count == 2 || shape.count == 3 || shape.count == 4 else {
                throw ModuleError("layer list: \"\(word)\" needs a channel axis, but its input has shape \(Array(shape.dropFirst()))")
            }
            layer = shape.count == 4 ? BatchNorm2d(shape[1]) : BatchNorm1d(shape[1])
        case "layernorm":
            layer = LayerNorm([shape[shape.count - 1]])
        default:
            guard let activation = try? Activation(parsing: name), main == nil else {
                throw ModuleError("layer list: unknown layer \"\(word)\"; \(layerListHelp)")
            }
            layer = activation.makeLayer()
        }
        if let unknown = Set(options.keys).subtracting(used).sorted().first {
            throw ModuleError("layer list: \"\(word)\" has no option \"\(unknown)\"")
        }
        return layer
    }
}
