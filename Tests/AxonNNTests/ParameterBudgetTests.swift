import AxonTensor
import XCTest
@testable import AxonNN

/// A model built from a description allocates nothing it cannot afford:
/// each layer counts its values, with overflow checks, before allocating.
final class ParameterBudgetTests: XCTestCase {
    private func dense(_ inputs: Int, _ outputs: Int, bias: Bool = true) -> ModuleArchitecture {
        ModuleArchitecture(type: "Dense", configuration: .object([
            "inputs": .number(Double(inputs)), "outputs": .number(Double(outputs)), "bias": .bool(bias),
        ]))
    }

    func testABudgetRefusesTheLayerThatPassesIt() throws {
        let architecture = ModuleArchitecture(type: "Sequential", configuration: .object([
            "layers": .array([dense(2, 3), dense(3, 100_000)].map { .object(["type": .string($0.type), "config": $0.configuration]) }),
        ]))
        XCTAssertThrowsError(try ParameterBudget.limiting(to: 20, because: "the file's 20 values") { try architecture.makeModule() }) { error in
            XCTAssertEqual((error as? ModuleError)?.message, "Dense(3 → 100000): 400000 parameter values, more than the file's 20 values")
        }
        // Exactly enough: 2·3 + 3 and 3·4 + 4 values.
        let fits = ModuleArchitecture(type: "Sequential", configuration: .object([
            "layers": .array([dense(2, 3), dense(3, 4)].map { .object(["type": .string($0.type), "config": $0.configuration]) }),
        ]))
        XCTAssertNoThrow(try ParameterBudget.limiting(to: 25, because: "") { try fits.makeModule() })
        XCTAssertNoThrow(try ParameterBudget.limiting(to: 6, because: "") { try self.dense(2, 3, bias: false).makeModule() })
    }

    func testCountsThatOverflowAreErrorsWithoutABudget() {
        XCTAssertThrowsError(try dense(3_037_000_500, 3_037_000_500).makeModule())
        XCTAssertThrowsError(try Sequential.parseSizes("2-9223372036854775807-9223372036854775807"))
        XCTAssertThrowsError(try Sequential.layers("dense:16777217", inputShape: [2])) { error in
            XCTAssertTrue((error as? ModuleError)?.message.contains("above the limit of 16777216") ?? false)
        }
        XCTAssertThrowsError(try Flatten().outputShape(forInput: [1, 1 << 40, 1 << 40]))
    }

    func testLayerListsTakeFromTheBudgetToo() {
        XCTAssertThrowsError(try ParameterBudget.limiting(to: 100, because: "memory") {
            try Sequential.layers("conv:64x3 flatten dense:10", inputShape: [3, 8, 8])
        }) { error in
            XCTAssertTrue((error as? ModuleError)?.message.contains("more than memory") ?? false, "\(error)")
        }
    }
}
