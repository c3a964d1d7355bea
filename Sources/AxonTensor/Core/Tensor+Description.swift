import Foundation

extension Tensor: CustomStringConvertible, CustomDebugStringConvertible {
    /// The values, nested by dimension, then the shape and dtype, as
    /// `tensor([[1.0000, 2.0000], [3.0000, 4.0000]], shape: [2, 2], dtype: float32)`.
    /// Past 1,000 elements each dimension shows its first and last three
    /// entries around `...`, as PyTorch does.
    public var description: String {
        let values = scalars(as: Double.self)
        let summarize = values.count > 1000
        let format = ValueFormat(values: values, dtype: dtype)
        var text = "tensor("
        if rank == 0 {
            text += format.string(values.first ?? 0)
        } else {
            appendDimension(0, offset: 0, values: values, format: format, summarize: summarize, indent: 7, into: &text)
        }
        text += ", shape: \(shape), dtype: \(dtype)"
        if requiresGrad { text += isLeaf ? ", requiresGrad: true" : ", gradFn: \(node!.op)" }
        return text + ")"
    }

    public var debugDescription: String { description }

    private func appendDimension(
        _ axis: Int, offset: Int, values: [Double], format: ValueFormat, summarize: Bool, indent: Int,
        into text: inout String
    ) {
        let size = shape[axis]
        let stride = Shape.strides(shape)[axis]
        let shown: [Int?] = summarize && size > 6 ? [0, 1, 2, nil, size - 3, size - 2, size - 1] : (0..<size).map { $0 }
        text += "["
        for (position, index) in shown.enumerated() {
            if position > 0 {
                text += axis == rank - 1 ? ", " : ",\n" + String(repeating: "\n", count: rank - axis - 2) + String(repeating: " ", count: indent + axis + 1)
            }
            guard let index else {
                text += "..."
                continue
            }
            if axis == rank - 1 {
                text += format.string(values[offset + index])
            } else {
                appendDimension(axis + 1, offset: offset + index * stride, values: values, format: format,
                                summarize: summarize, indent: indent, into: &text)
            }
        }
        text += "]"
    }
}

/// How every value of one tensor is printed: one style for all, so columns align.
private struct ValueFormat {
    enum Style { case integer, boolean, fixed, scientific }
    let style: Style
    let width: Int

    init(values: [Double], dtype: DType) {
        let finite = values.filter { $0.isFinite }
        let magnitudes = finite.map { Swift.abs($0) }.filter { $0 > 0 }
        if dtype == .bool {
            style = .boolean
        } else if dtype.isInteger || finite.allSatisfy({ $0.rounded() == $0 && Swift.abs($0) < 1e8 }) && !dtype.isFloatingPoint {
            style = .integer
        } else if let largest = magnitudes.max(), let smallest = magnitudes.min(),
                  largest >= 1e8 || smallest < 1e-4 || largest / smallest > 1e5 {
            style = .scientific
        } else {
            style = .fixed
        }
        var width = 0
        let probe = ValueFormat(style: style, width: 0)
        for value in values.prefix(2000) { width = Swift.max(width, probe.string(value).count) }
        self.width = width
    }

    private init(style: Style, width: Int) {
        self.style = style
        self.width = width
    }

    func string(_ value: Double) -> String {
        let text: String
        switch style {
        case .boolean: text = value != 0 ? "true" : "false"
        case .integer: text = String(Int64(value))
        case .fixed: text = value.isFinite ? String(format: "%.4f", value) : "\(value)"
        case .scientific: text = value.isFinite ? String(format: "%.4e", value) : "\(value)"
        }
        return String(repeating: " ", count: Swift.max(0, width - text.count)) + text
    }
}
