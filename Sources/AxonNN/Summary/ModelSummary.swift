import AxonTensor

/// A table of a model's layers like Keras's `model.summary()`: one row per
/// layer with its output shape and parameter count, then the totals.
///
/// ```
/// Layer (type)          Output Shape          Param #
/// ===================================================
/// 0 (Dense)             (None, 256)           200,960
/// 1 (ReLU)              (None, 256)                 0
/// ...
/// Total params: 235,146 (918.54 KB)
/// ```
///
/// For a dense layer of `m` inputs and `n` outputs the count is `m·n`
/// weights plus `n` biases.
public struct ModelSummary: Sendable, CustomStringConvertible {
    /// One layer of the table.
    public struct Row: Sendable, Equatable {
        /// The layer's dotted path in the model (`"0"`, `"2"`, `"1.0"`).
        public let name: String
        /// The layer's type, for example `Dense`.
        public let type: String
        /// The output shape, batch dimension first.
        public let outputShape: [Int]
        /// The number of scalars in the layer's own parameters.
        public let parameterCount: Int
    }

    /// The leaf layers in the order the model applies them.
    public let rows: [Row]
    /// The number of scalars in all parameters.
    public let totalParameters: Int
    /// The number of scalars in parameters that receive gradients.
    public let trainableParameters: Int
    /// The number of bytes the parameters occupy.
    public let parameterBytes: Int

    /// Summarises `model` for inputs of shape `inputShape`, batch dimension
    /// first, the convention of ``Module/outputShape(forInput:)``: `[1, 784]`
    /// for flattened MNIST images (the batch size does not change the table).
    /// Throws the error of the first layer whose input does not fit, and for
    /// a shape without a batch dimension.
    public init(model: any Module, inputShape: [Int]) throws(ModuleError) {
        guard inputShape.count >= 2 else {
            throw ModuleError("ModelSummary: inputShape \(inputShape) has no batch dimension; give it first, as Module.outputShape takes it: \([1] + inputShape)")
        }
        var rows: [Row] = []
        var shape = inputShape
        for (name, module) in model.namedModules where module.children.isEmpty {
            shape = try module.outputShape(forInput: shape)
            let count = module.ownParameters.reduce(0) { $0 + $1.parameter.count }
            rows.append(Row(name: name.isEmpty ? module.layerName.lowercased() : name, type: module.layerName, outputShape: shape, parameterCount: count))
        }
        let parameters = model.parameters
        self.rows = rows
        self.totalParameters = parameters.reduce(0) { $0 + $1.count }
        self.trainableParameters = parameters.filter(\.value.requiresGrad).reduce(0) { $0 + $1.count }
        self.parameterBytes = parameters.reduce(0) { $0 + $1.count * $1.dtype.byteSize }
    }

    /// The table, Keras style.
    public var description: String {
        let header = ["Layer (type)", "Output Shape", "Param #"]
        let cells = rows.map { row in
            ["\(row.name) (\(row.type))", ModelSummary.format(shape: row.outputShape), ModelSummary.group(row.parameterCount)]
        }
        let first = ([header[0]] + cells.map { $0[0] }).map(\.count).max() ?? 0
        let second = ([header[1]] + cells.map { $0[1] }).map(\.count).max() ?? 0
        let third = ([header[2]] + cells.map { $0[2] }).map(\.count).max() ?? 0
        let width = first + second + third + 6
        func line(_ parts: [String]) -> String {
            pad(parts[0], first) + "   " + pad(parts[1], second) + "   " + padLeft(parts[2], third)
        }
        var lines = [line(header), String(repeating: "=", count: width)]
        for (index, cell) in cells.enumerated() {
            lines.append(line(cell))
            lines.append(String(repeating: index == cells.count - 1 ? "=" : "-", count: width))
        }
        if cells.isEmpty { lines.append(String(repeating: "=", count: width)) }
        let nonTrainable = totalParameters - trainableParameters
        let bytesPerParameter = totalParameters > 0 ? Double(parameterBytes) / Double(totalParameters) : 0
        lines.append("Total params: \(ModelSummary.group(totalParameters)) (\(ModelSummary.format(bytes: parameterBytes)))")
        lines.append("Trainable params: \(ModelSummary.group(trainableParameters)) (\(ModelSummary.format(bytes: Int(Double(trainableParameters) * bytesPerParameter))))")
        lines.append("Non-trainable params: \(ModelSummary.group(nonTrainable)) (\(ModelSummary.format(bytes: Int(Double(nonTrainable) * bytesPerParameter))))")
        return lines.joined(separator: "\n")
    }

    /// `(None, 256)`: the batch dimension shown as `None`, as Keras does.
    static func format(shape: [Int]) -> String {
        let rest = shape.dropFirst().map(String.init)
        return "(" + (["None"] + rest).joined(separator: ", ") + ")"
    }

    /// `235146` as `235,146`.
    static func group(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// `940584` bytes as `918.54 KB` (binary units, two decimals, as Keras).
    static func format(bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) \(units[unit])"
    }
}

private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: Swift.max(0, width - text.count))
}

private func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: Swift.max(0, width - text.count)) + text
}

extension Module {
    /// The Keras-style table of ``ModelSummary`` for inputs of shape
    /// `inputShape`, batch dimension first (`[1, 784]`).
    public func summary(inputShape: [Int]) throws(ModuleError) -> String {
        try ModelSummary(model: self, inputShape: inputShape).description
    }
}
