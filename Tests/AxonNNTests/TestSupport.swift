import AxonNN
import AxonTensor
import Foundation
import XCTest

/// Named tolerances, so the suite's precision expectations read in one place.
enum Tolerance {
    /// float64 results against PyTorch's float64 reference numbers.
    static let pytorchFloat64 = 1e-10
    /// float32 results against PyTorch's float64 reference numbers.
    static let pytorchFloat32 = 1e-5
    /// float64 results that differ only by rounding order.
    static let float64 = 1e-12
}

/// Asserts that two lists of numbers have the same length and agree
/// elementwise within `atol + rtol·|expected|` (NaN matches NaN).
func assertClose(
    _ actual: [Double], _ expected: [Double], rtol: Double = Tolerance.float64, atol: Double = 0,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.count, expected.count, "count differs \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        if a.isNaN && e.isNaN { continue }
        if a == e { continue }
        let ok = Swift.abs(a - e) <= atol + rtol * Swift.abs(e)
        XCTAssertTrue(ok, "element \(index): \(a) vs expected \(e) \(message)", file: file, line: line)
        if !ok { return }
    }
}

/// Asserts that every element of `tensor` is finite.
func assertFinite(_ tensor: Tensor, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    let bad = tensor.doubles.firstIndex { !$0.isFinite }
    XCTAssertNil(bad, "element \(bad ?? -1) is \(bad.map { tensor.doubles[$0] } ?? 0) \(message)", file: file, line: line)
}

/// Asserts that `body` throws a ``ModuleError`` whose message contains every
/// one of `fragments`.
func assertThrowsModuleError(
    _ fragments: [String], file: StaticString = #filePath, line: UInt = #line, _ body: () throws(ModuleError) -> Void
) {
    do {
        try body()
        XCTFail("expected an error containing \(fragments)", file: file, line: line)
    } catch {
        for fragment in fragments {
            XCTAssertTrue(error.message.contains(fragment), "'\(error.message)' lacks '\(fragment)'", file: file, line: line)
        }
    }
}

/// The largest relative error between the parameter gradients that
/// backpropagation gives for `loss` and central finite differences, over
/// every element of every parameter of `model` (which should be float64).
func parameterGradientError(of model: any Module, epsilon: Double = 1e-6, loss: () -> Tensor) -> Double {
    model.zeroGrad()
    loss().backward()
    var worst = 0.0
    for parameter in model.parameters {
        let analytic = parameter.grad?.doubles ?? [Double](repeating: 0, count: parameter.count)
        var values = parameter.value.doubles
        let shape = parameter.shape
        for index in values.indices {
            let original = values[index]
            values[index] = original + epsilon
            parameter.assign(Tensor(values, shape: shape))
            let above = noGrad { loss() }.item
            values[index] = original - epsilon
            parameter.assign(Tensor(values, shape: shape))
            let below = noGrad { loss() }.item
            values[index] = original
            parameter.assign(Tensor(values, shape: shape))
            let numeric = (above - below) / (2 * epsilon)
            let error = Swift.abs(numeric - analytic[index]) / Swift.max(Swift.abs(numeric), 1e-6)
            worst = Swift.max(worst, error)
        }
    }
    return worst
}

/// A float64 tensor of normal samples.
func randomTensor(_ shape: [Int], seed: UInt64, scale: Double = 1) -> Tensor {
    var generator = RandomGenerator(seed: seed)
    return Tensor.randomNormal(shape, standardDeviation: scale, dtype: .float64, generator: &generator)
}

// MARK: - The PyTorch fixture (Fixtures/functional.json, made by make_functional.py)

/// Numbers that are a list or a list of lists in the JSON: a tensor's
/// values and shape.
///
/// A struct, not an enum of a list case and a matrix case: such an enum keeps
/// its case in spare bits of the array's pointer, which LeakSanitizer then
/// does not see as a pointer, and it reported the fixture's matrices leaked.
struct Numbers: Decodable {
    let values: [Double]
    let shape: [Int]

    /// Whether the JSON held a list of lists.
    var isMatrix: Bool { shape.count == 2 }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flat = try? container.decode([Double].self) {
            (values, shape) = (flat, [flat.count])
        } else {
            let rows = try container.decode([[Double]].self)
            (values, shape) = (rows.flatMap { $0 }, [rows.count, rows.first?.count ?? 0])
        }
    }

    /// The numbers as a float64 tensor of their shape.
    var tensor: Tensor { Tensor(values, shape: shape) }
}

struct FunctionalFixture: Decodable {
    struct Activation: Decodable {
        let name: String
        let x: [Double], w: [Double], y: [Double], grad: [Double]
    }
    struct Softmax: Decodable {
        let name: String
        let dim: Int
        let x: [[Double]], w: [[Double]], y: [[Double]], grad: [[Double]]
    }
    struct Loss: Decodable {
        let name: String
        let options: [String: String]
        let input: [[Double]]
        let target: Numbers
        let value: Double
        let grad: [[Double]]
    }
    let activations: [Activation]
    let softmax: [Softmax]
    let losses: [Loss]

    /// The fixture, loaded once.
    static let shared: FunctionalFixture = {
        guard let url = Bundle.module.url(forResource: "functional", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url),
              let fixture = try? JSONDecoder().decode(FunctionalFixture.self, from: data)
        else { fatalError("Fixtures/functional.json is missing or malformed") }
        return fixture
    }()
}
