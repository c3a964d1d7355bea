import AxonTensor

/// The parts of an ONNX model (`onnx.proto`'s messages) that an exported
/// network uses, with their encoding in the protocol-buffer wire format.
///
/// The field numbers, from `onnx.proto`:
///
/// ```
/// ModelProto          ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8
/// OperatorSetIdProto  domain 1, version 2
/// GraphProto          node 1, name 2, initializer 5, input 11, output 12
/// NodeProto           input 1, output 2, name 3, op_type 4, attribute 5
/// AttributeProto      name 1, f 2, i 3, s 4, ints 8, type 20 (FLOAT 1, INT 2, STRING 3, INTS 7)
/// TensorProto         dims 1, data_type 2, name 8, raw_data 9 (FLOAT 1, INT64 7, BOOL 9, DOUBLE 11)
/// ValueInfoProto      name 1, type 2
/// TypeProto           tensor_type 1;  TypeProto.Tensor  elem_type 1, shape 2
/// TensorShapeProto    dim 1;  Dimension  dim_value 1, dim_param 2
/// ```
struct ONNXGraph {
    /// An element type (`TensorProto.DataType`).
    enum ElementType: Int64 {
        case float = 1
        case int64 = 7
        case bool = 9
        case double = 11

        /// The type of a floating-point dtype's elements.
        init?(_ dtype: DType) {
            switch dtype {
            case .float32: self = .float
            case .float64: self = .double
            default: return nil
            }
        }
    }

    /// One dimension of a graph input or output: a size, or a name shared
    /// by the dimensions that vary together (the batch, `N`).
    enum Dimension: Equatable {
        case size(Int)
        case symbol(String)
    }

    /// A named attribute of a node.
    enum Attribute: Equatable {
        case int(String, Int)
        case float(String, Float)
        case ints(String, [Int])
        case string(String, String)

        var encoded: [UInt8] {
            var message = ProtobufEncoder()
            switch self {
            case .int(let name, let value):
                message.appendString(name, field: 1)
                message.appendInt64(2, field: 20)
                message.appendInt64(Int64(value), field: 3)
            case .float(let name, let value):
                message.appendString(name, field: 1)
                message.appendInt64(1, field: 20)
                message.appendFloat(value, field: 2)
            case .ints(let name, let values):
                message.appendString(name, field: 1)
                message.appendInt64(7, field: 20)
                message.appendInt64s(values, field: 8)
            case .string(let name, let value):
                message.appendString(name, field: 1)
                message.appendInt64(3, field: 20)
                message.appendString(value, field: 4)
            }
            return message.bytes
        }
    }

    /// One operator applied to named values.
    struct Node: Equatable {
        var opType: String
        var name: String
        var inputs: [String]
        var outputs: [String]
        var attributes: [Attribute] = []

        var encoded: [UInt8] {
            var message = ProtobufEncoder()
            for input in inputs { message.appendString(input, field: 1) }
            for output in outputs { message.appendString(output, field: 2) }
            message.appendString(name, field: 3)
            message.appendString(opType, field: 4)
            for attribute in attributes { message.appendMessage(attribute.encoded, field: 5) }
            return message.bytes
        }
    }

    /// A constant of the graph (a weight): its name, shape, element type
    /// and little-endian bytes.
    struct Initializer {
        var name: String
        var shape: [Int]
        var type: ElementType
        var data: [UInt8]

        /// The values of a floating-point `tensor`, in its own precision.
        init(name: String, tensor: Tensor) {
            self.name = name
            shape = tensor.shape
            if tensor.dtype == .float64 {
                type = .double
                data = Self.littleEndianBytes(tensor.doubles.map(\.bitPattern))
            } else {
                type = .float
                data = Self.littleEndianBytes(tensor.floats.map(\.bitPattern))
            }
        }

        /// 64-bit integers (a `Reshape`'s target shape).
        init(name: String, integers: [Int]) {
            self.name = name
            shape = [integers.count]
            type = .int64
            data = Self.littleEndianBytes(integers.map { UInt64(bitPattern: Int64($0)) })
        }

        static func littleEndianBytes<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(values.count * MemoryLayout<T>.size)
            for value in values {
                withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
            }
            return bytes
        }

        var encoded: [UInt8] {
            var message = ProtobufEncoder()
            message.appendInt64s(shape, field: 1)
            message.appendInt64(type.rawValue, field: 2)
            message.appendString(name, field: 8)
            message.appendMessage(data, field: 9)
            return message.bytes
        }
    }

    /// A graph input or output: name, element type and shape.
    struct Value {
        var name: String
        var type: ElementType
        var shape: [Dimension]

        var encoded: [UInt8] {
            var shapeMessage = ProtobufEncoder()
            for dimension in shape {
                var dimensionMessage = ProtobufEncoder()
                switch dimension {
                case .size(let size): dimensionMessage.appendInt64(Int64(size), field: 1)
                case .symbol(let symbol): dimensionMessage.appendString(symbol, field: 2)
                }
                shapeMessage.appendMessage(dimensionMessage.bytes, field: 1)
            }
            var tensorType = ProtobufEncoder()
            tensorType.appendInt64(type.rawValue, field: 1)
            tensorType.appendMessage(shapeMessage.bytes, field: 2)
            var typeMessage = ProtobufEncoder()
            typeMessage.appendMessage(tensorType.bytes, field: 1)
            var message = ProtobufEncoder()
            message.appendString(name, field: 1)
            message.appendMessage(typeMessage.bytes, field: 2)
            return message.bytes
        }
    }

    var name: String
    var nodes: [Node] = []
    var initializers: [Initializer] = []
    var inputs: [Value] = []
    var outputs: [Value] = []

    /// The `ModelProto` holding this graph, for the default operator set at
    /// `opset`, in the file format version `irVersion`.
    func modelBytes(irVersion: Int, opset: Int, producer: String, producerVersion: String) -> [UInt8] {
        var graph = ProtobufEncoder()
        for node in nodes { graph.appendMessage(node.encoded, field: 1) }
        graph.appendString(name, field: 2)
        for initializer in initializers { graph.appendMessage(initializer.encoded, field: 5) }
        for input in inputs { graph.appendMessage(input.encoded, field: 11) }
        for output in outputs { graph.appendMessage(output.encoded, field: 12) }

        var operatorSet = ProtobufEncoder()
        operatorSet.appendString("", field: 1)
        operatorSet.appendInt64(Int64(opset), field: 2)

        var model = ProtobufEncoder()
        model.appendInt64(Int64(irVersion), field: 1)
        model.appendString(producer, field: 2)
        model.appendString(producerVersion, field: 3)
        model.appendMessage(graph.bytes, field: 7)
        model.appendMessage(operatorSet.bytes, field: 8)
        return model.bytes
    }
}
