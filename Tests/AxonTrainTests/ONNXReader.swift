import Foundation
@testable import AxonTrain

/// A reader of the ONNX models the exporter writes, for the tests: the
/// fields are decoded by number from `onnx.proto`'s definitions (through
/// ``EventFileReader/fields(_:)``'s wire-format decoding), not from the
/// writer's code.
struct ONNXReader {
    struct Node: Equatable {
        var opType = ""
        var name = ""
        var inputs: [String] = []
        var outputs: [String] = []
        /// Integer and integer-list attributes by name (an `INT` as one element).
        var integers: [String: [Int]] = [:]
        var floats: [String: Float] = [:]
    }

    struct Initializer {
        var name = ""
        var dims: [Int] = []
        var dataType = 0
        var raw: [UInt8] = []

        var floats: [Float] {
            stride(from: 0, to: raw.count, by: 4).map {
                Float(bitPattern: EventFileReader.littleEndian(Array(raw[$0 ..< $0 + 4]), as: UInt32.self))
            }
        }
    }

    struct Value: Equatable {
        var name = ""
        var elementType = 0
        /// Sizes as text; a named dimension as its name.
        var dims: [String] = []
    }

    var irVersion = 0
    var opsets: [(domain: String, version: Int)] = []
    var producer = ""
    var nodes: [Node] = []
    var initializers: [Initializer] = []
    var inputs: [Value] = []
    var outputs: [Value] = []

    init(_ bytes: [UInt8]) throws {
        for field in try EventFileReader.fields(bytes) {
            switch field {
            case let .integer(1, version): irVersion = Int(version)
            case let .bytes(2, name): producer = Self.text(name)
            case let .bytes(7, graph): try readGraph(graph)
            case let .bytes(8, operatorSet):
                var domain = "", version = 0
                for part in try EventFileReader.fields(operatorSet) {
                    if case let .bytes(1, text) = part { domain = Self.text(text) }
                    if case let .integer(2, number) = part { version = Int(number) }
                }
                opsets.append((domain, version))
            default: break
            }
        }
    }

    private mutating func readGraph(_ bytes: [UInt8]) throws {
        for field in try EventFileReader.fields(bytes) {
            switch field {
            case let .bytes(1, node): nodes.append(try Self.node(node))
            case let .bytes(5, tensor): initializers.append(try Self.initializer(tensor))
            case let .bytes(11, value): inputs.append(try Self.value(value))
            case let .bytes(12, value): outputs.append(try Self.value(value))
            default: break
            }
        }
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func node(_ bytes: [UInt8]) throws -> Node {
        var node = Node()
        for field in try EventFileReader.fields(bytes) {
            switch field {
            case let .bytes(1, input): node.inputs.append(text(input))
            case let .bytes(2, output): node.outputs.append(text(output))
            case let .bytes(3, name): node.name = text(name)
            case let .bytes(4, opType): node.opType = text(opType)
            case let .bytes(5, attribute):
                var name = "", integers: [Int] = [], float: Float?
                for part in try EventFileReader.fields(attribute) {
                    switch part {
                    case let .bytes(1, text): name = Self.text(text)
                    case let .integer(2, bits): float = Float(bitPattern: UInt32(bits))
                    case let .integer(3, value), let .integer(8, value): integers.append(Int(Int64(bitPattern: value)))
                    default: break
                    }
                }
                if let float { node.floats[name] = float } else { node.integers[name] = integers }
            default: break
            }
        }
        return node
    }

    static func initializer(_ bytes: [UInt8]) throws -> Initializer {
        var tensor = Initializer()
        for field in try EventFileReader.fields(bytes) {
            switch field {
            case let .integer(1, size): tensor.dims.append(Int(size))
            case let .integer(2, type): tensor.dataType = Int(type)
            case let .bytes(8, name): tensor.name = text(name)
            case let .bytes(9, raw): tensor.raw = raw
            default: break
            }
        }
        return tensor
    }

    /// ValueInfoProto → TypeProto.tensor_type → elem_type and shape's dims.
    static func value(_ bytes: [UInt8]) throws -> Value {
        var value = Value()
        for field in try EventFileReader.fields(bytes) {
            if case let .bytes(1, name) = field { value.name = text(name) }
            guard case let .bytes(2, type) = field else { continue }
            for case let .bytes(1, tensorType) in try EventFileReader.fields(type) {
                for part in try EventFileReader.fields(tensorType) {
                    if case let .integer(1, element) = part { value.elementType = Int(element) }
                    guard case let .bytes(2, shape) = part else { continue }
                    for case let .bytes(1, dimension) in try EventFileReader.fields(shape) {
                        for entry in try EventFileReader.fields(dimension) {
                            if case let .integer(1, size) = entry { value.dims.append(String(size)) }
                            if case let .bytes(2, symbol) = entry { value.dims.append(text(symbol)) }
                        }
                    }
                }
            }
        }
        return value
    }
}
