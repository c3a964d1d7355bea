import AxonNN
import AxonTensor
import XCTest

final class MultilayerPerceptronTests: XCTestCase {
    func testBuildsDenseLayersWithActivationsBetween() throws {
        var generator = RandomGenerator(seed: 80)
        let model = try Sequential.multilayerPerceptron("4-8-8-3", activation: .gelu, dtype: .float64, generator: &generator)
        XCTAssertEqual(model.layers.map(\.layerName), ["Dense", "GELU", "Dense", "GELU", "Dense"])
        XCTAssertEqual(model.parameters.map(\.dtype), [DType](repeating: .float64, count: 6))
        XCTAssertEqual(model(Tensor.zeros([5, 4], dtype: .float64)).shape, [5, 3])
        // The generator is threaded through: layers differ, and the same seed rebuilds the same model.
        var again = RandomGenerator(seed: 80)
        let twin = Sequential.multilayerPerceptron(sizes: [4, 8, 8, 3], activation: .gelu, dtype: .float64, generator: &again)
        XCTAssertEqual(model.parameters.map(\.value.doubles), twin.parameters.map(\.value.doubles))
        XCTAssertNotEqual(model.parameters[2].value.doubles, twin.parameters[0].value.doubles)
    }

    func testParsesSizes() throws {
        XCTAssertEqual(try Sequential.parseSizes("784-256-128-10"), [784, 256, 128, 10])
        XCTAssertEqual(try Sequential.parseSizes(" 2 - 1 "), [2, 1])
        assertThrowsModuleError(["'' in '784--10'", "not a layer width"]) { () throws(ModuleError) in
            _ = try Sequential.parseSizes("784--10")
        }
        assertThrowsModuleError(["'a' in 'a-3'"]) { () throws(ModuleError) in
            _ = try Sequential.parseSizes("a-3")
        }
        assertThrowsModuleError(["at least one layer width", "[784]"]) { () throws(ModuleError) in
            _ = try Sequential.parseSizes("784")
        }
        assertThrowsModuleError(["must be positive", "got 0 in [3, 0, 2]"]) { () throws(ModuleError) in
            _ = try Sequential.parseSizes("3-0-2")
        }
    }
}
