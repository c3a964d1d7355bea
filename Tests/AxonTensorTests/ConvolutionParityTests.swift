import Foundation
import XCTest
@testable import AxonTensor

/// The ops of convolutional networks against PyTorch: every case of
/// `Fixtures/conv.json` (made by `make_conv.py` beside it) computed in
/// float64, forward and backward, to 1e-10 relative.
final class ConvolutionParityTests: XCTestCase {
    struct Fixture: Decodable {
        let cases: [Case]
    }

    struct Case: Decodable {
        let name: String
        let op: String
        let args: [String: Argument]
        let inputs: [String: Values]
        let upstream: Values
        let output: Values
        let grads: [String: Values]
        let after: [String: Values]?
    }

    struct Values: Decodable {
        let shape: [Int]
        let data: [Double]
        var tensor: Tensor { Tensor(data, shape: shape) }
    }

    /// An argument as PyTorch took it: a number, a pair, a list, a word or a flag.
    enum Argument: Decodable {
        case number(Double), list([Int]), word(String), flag(Bool)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .flag(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let list = try? container.decode([Int].self) { self = .list(list) }
            else { self = .word(try container.decode(String.self)) }
        }
        var size: Size2D {
            switch self {
            case .number(let n): return Size2D(Int(n))
            case .list(let pair): return Size2D(height: pair[0], width: pair[1])
            default: preconditionFailure("not a size: \(self)")
            }
        }
        var number: Double { if case .number(let n) = self { return n } else { preconditionFailure("not a number: \(self)") } }
        var flag: Bool { if case .flag(let f) = self { return f } else { preconditionFailure("not a flag: \(self)") } }
        var list: [Int] {
            switch self {
            case .list(let list): return list
            case .number(let n): return [Int(n)]
            default: preconditionFailure("not a list: \(self)")
            }
        }
    }

    static let tolerance = 1e-10

    func loadCases() throws -> [Case] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "conv", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).cases
    }

    /// The op of `testCase` on `inputs`, and the running statistics it updated (batch norm).
    func apply(_ testCase: Case, _ inputs: [String: Tensor]) -> (Tensor, [String: Tensor]) {
        let args = testCase.args
        let x = inputs["x"]!
        switch testCase.op {
        case "conv2d":
            let padding: ConvPadding
            switch args["padding"] {
            case .word("same")?: padding = .same
            case .word("valid")?: padding = .valid
            case let argument?: padding = .explicit(argument.size)
            case nil: padding = 0
            }
            return (Tensor.conv2d(x, weight: inputs["weight"]!, bias: inputs["bias"], stride: args["stride"]?.size ?? 1,
                                  padding: padding, dilation: args["dilation"]?.size ?? 1,
                                  groups: Int(args["groups"]?.number ?? 1)), [:])
        case "max_pool2d":
            return (Tensor.maxPool2d(x, kernelSize: args["kernel_size"]!.size, stride: args["stride"]?.size,
                                     padding: args["padding"]?.size ?? 0, dilation: args["dilation"]?.size ?? 1,
                                     ceilMode: args["ceil_mode"]?.flag ?? false), [:])
        case "avg_pool2d":
            return (Tensor.avgPool2d(x, kernelSize: args["kernel_size"]!.size, stride: args["stride"]?.size,
                                     padding: args["padding"]?.size ?? 0, ceilMode: args["ceil_mode"]?.flag ?? false,
                                     countIncludePad: args["count_include_pad"]?.flag ?? true), [:])
        case "adaptive_avg_pool2d":
            return (Tensor.adaptiveAvgPool2d(x, outputSize: args["output_size"]!.size), [:])
        case "batch_norm":
            let result = Tensor.batchNorm(x, weight: inputs["weight"], bias: inputs["bias"], runningMean: inputs["running_mean"],
                                          runningVariance: inputs["running_var"], training: args["training"]!.flag,
                                          momentum: args["momentum"]?.number ?? 0.1, eps: args["eps"]?.number ?? 1e-5)
            var after: [String: Tensor] = [:]
            after["running_mean"] = result.runningMean
            after["running_var"] = result.runningVariance
            return (result.output, after)
        case "layer_norm":
            return (Tensor.layerNorm(x, normalizedShape: args["normalized_shape"]!.list, weight: inputs["weight"],
                                     bias: inputs["bias"], eps: args["eps"]?.number ?? 1e-5), [:])
        case "pad":
            let mode: PaddingMode
            if case .word(let name)? = args["mode"] { mode = PaddingMode(rawValue: name)! } else { mode = .constant }
            return (Tensor.pad(x, args["pad"]!.list, mode: mode, value: args["value"]?.number ?? 0), [:])
        case "permute":
            return (x.permuted(args["dims"]!.list), [:])
        case "unflatten":
            return (x.unflattened(axis: Int(args["dim"]!.number), sizes: args["sizes"]!.list), [:])
        default:
            preconditionFailure("no op \(testCase.op)")
        }
    }

    func testEveryCaseEqualsPyTorchForwardAndBackward() throws {
        let cases = try loadCases()
        XCTAssertGreaterThanOrEqual(cases.count, 60)
        var worst = 0.0
        func compare(_ actual: Tensor, _ expected: Values, _ label: String) {
            XCTAssertEqual(actual.shape, expected.shape, label)
            guard actual.shape == expected.shape else { return }
            let scale = Swift.max(expected.data.map(Swift.abs).max() ?? 0, 1e-300)
            for (a, e) in zip(actual.doubles, expected.data) {
                // Relative to the element, or to the tensor's largest for elements near 0.
                let error = Swift.abs(a - e) / Swift.max(Swift.abs(e), scale * 1e-6)
                worst = Swift.max(worst, error)
                if error > Self.tolerance {
                    XCTFail("\(label): \(a) vs PyTorch \(e) (relative error \(error))")
                    return
                }
            }
        }
        for testCase in cases {
            var inputs: [String: Tensor] = [:]
            for (name, values) in testCase.inputs {
                var tensor = values.tensor
                if testCase.grads[name] != nil { tensor.requiresGrad = true }
                inputs[name] = tensor
            }
            let (output, after) = apply(testCase, inputs)
            compare(output, testCase.output, "\(testCase.name) output")
            (output * testCase.upstream.tensor).sum().backward()
            for (name, expected) in testCase.grads {
                guard let gradient = inputs[name]?.grad else {
                    XCTFail("\(testCase.name): no gradient for \(name)")
                    continue
                }
                compare(gradient, expected, "\(testCase.name) ∂\(name)")
            }
            for (name, expected) in testCase.after ?? [:] {
                compare(try XCTUnwrap(after[name], "\(testCase.name): \(name) not updated"), expected, "\(testCase.name) \(name)")
            }
        }
        print("convolution parity: \(cases.count) cases, max relative error \(worst)")
    }

    func testFloat32AgreesWithFloat64AndThreadsGiveTheSameBits() throws {
        var generator = RandomGenerator(seed: 5)
        let x = Tensor.randomNormal([9, 3, 11, 13], generator: &generator)
        let w = Tensor.randomNormal([8, 3, 3, 3], generator: &generator)
        let b = Tensor.randomNormal([8], generator: &generator)
        let wide = Tensor.conv2d(x.cast(to: .float64), weight: w.cast(to: .float64), bias: b.cast(to: .float64), padding: 1)
        let narrow = Tensor.conv2d(x, weight: w, bias: b, padding: 1)
        assertClose(narrow.doubles, wide.doubles, rtol: 1e-4, atol: 1e-4)
        // The weight gradient sums over images in fixed tasks: the same thread count, the same bits.
        func weightGradient() -> [Float] {
            var weight = w
            weight.requiresGrad = true
            Tensor.conv2d(x, weight: weight, bias: b, stride: 2).sum().backward()
            return weight.grad!.floats
        }
        let first = weightGradient()
        XCTAssertEqual(weightGradient(), first)
    }

    func testShapesThatDoNotFitAreNamed() {
        XCTAssertThrowsError(try Tensor.conv2dOutputShape(input: [2, 3, 8, 8], weight: [4, 2, 3, 3])) { error in
            XCTAssertTrue("\(error)".contains("has 3 channels, the weight [4, 2, 3, 3] takes 2"), "\(error)")
        }
        XCTAssertThrowsError(try Tensor.conv2dOutputShape(input: [2, 3, 2, 2], weight: [4, 3, 5, 5])) { error in
            XCTAssertTrue("\(error)".contains("larger than the padded input"), "\(error)")
        }
        XCTAssertThrowsError(try Tensor.conv2dOutputShape(input: [2, 3, 8, 8], weight: [4, 3, 3, 3], stride: 2, padding: .same))
        XCTAssertEqual(try Tensor.conv2dOutputShape(input: [1, 1, 28, 28], weight: [6, 1, 5, 5], padding: 2), [1, 6, 28, 28])
        XCTAssertEqual(try Tensor.pool2dOutputShape(input: [1, 6, 28, 28], kernelSize: 2), [1, 6, 14, 14])
        XCTAssertThrowsError(try Tensor.pool2dOutputShape(input: [1, 6, 28, 28], kernelSize: 2, padding: 2)) { error in
            XCTAssertTrue("\(error)".contains("half the kernel"), "\(error)")
        }
    }
}
