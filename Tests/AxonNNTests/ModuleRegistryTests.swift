import AxonNN
import AxonTensor
import XCTest

/// A user's module that can be saved: a configuration and one registration.
final class ScaledBlock: Module, ConfigurableModule {
    struct Configuration: Codable, Equatable {
        var width: Int
        var dropout: Double
    }

    let configuration: Configuration
    let fc: Dense
    let drop: Dropout

    init(configuration: Configuration) throws {
        guard configuration.width > 0 else { throw ModuleError("ScaledBlock: width must be positive") }
        self.configuration = configuration
        fc = Dense(configuration.width, configuration.width)
        drop = Dropout(configuration.dropout)
    }

    func callAsFunction(_ x: Tensor) -> Tensor { drop(fc(x).relu()) + x }
}

/// Configurable, but never registered.
private final class Unregistered: Module, ConfigurableModule {
    let configuration = NoConfiguration()
    init(configuration: NoConfiguration) {}
    init() {}
    func callAsFunction(_ x: Tensor) -> Tensor { x }
}

/// Not configurable at all.
private final class Opaque: Module {
    func callAsFunction(_ x: Tensor) -> Tensor { x }
}

final class ModuleRegistryTests: XCTestCase {
    /// Every built-in layer, nested, described and rebuilt.
    func testEveryBuiltInLayerDescribesItselfAndRebuilds() throws {
        let model = Sequential {
            Flatten()
            Dense(6, 5, bias: false)
            LeakyReLU(negativeSlope: 0.2)
            Sequential { Dense(5, 5); ELU(alpha: 0.5); GELU(approximation: .tanh); GELU() }
            Dropout(0.25)
            ReLU(); Tanh(); Sigmoid(); SiLU(); Softplus(); Identity(); Step()
            Dense(5, 4)
            Softmax(axis: 1)
            LogSoftmax(axis: -1)
        }
        let architecture = try ModuleArchitecture(describing: model)
        let text = architecture.jsonText()
        XCTAssertTrue(text.hasPrefix(#"{"config":{"layers":[{"config":{},"type":"Flatten"}"#), text)
        XCTAssertTrue(text.contains(#"{"config":{"bias":false,"inputs":6,"outputs":5},"type":"Dense"}"#), text)
        XCTAssertTrue(text.contains(#"{"config":{"approximate":"tanh"},"type":"GELU"}"#), text)
        XCTAssertEqual(try ModuleArchitecture(jsonText: text), architecture)

        let rebuilt = try architecture.makeModule()
        XCTAssertEqual(try ModuleArchitecture(describing: rebuilt), architecture)
        XCTAssertEqual(rebuilt.namedParameters.map(\.name), model.namedParameters.map(\.name))
        XCTAssertEqual(rebuilt.parameters.map(\.shape), model.parameters.map(\.shape))
        let perceptron = try ModuleArchitecture(describing: Perceptron(inputs: 3, learningRate: 0.5)).makeModule()
        XCTAssertEqual((perceptron as? Perceptron)?.learningRate, 0.5)
    }

    func testARegisteredModuleOfTheUsersOwnRoundTrips() throws {
        ModuleRegistry.register(ScaledBlock.self)
        ModuleRegistry.register(ScaledBlock.self)  // registering twice is harmless
        XCTAssertTrue(ModuleRegistry.registeredTypeNames.contains("ScaledBlock"))
        let model = Sequential { Dense(3, 4); try! ScaledBlock(configuration: .init(width: 4, dropout: 0.1)); Dense(4, 2) }
        let architecture = try ModuleArchitecture(describing: model)
        XCTAssertTrue(architecture.jsonText().contains(#"{"config":{"dropout":0.1,"width":4},"type":"ScaledBlock"}"#))
        let rebuilt = try architecture.makeModule()
        XCTAssertEqual(rebuilt.namedParameters.map(\.name), ["0.weight", "0.bias", "1.fc.weight", "1.fc.bias", "2.weight", "2.bias"])
        XCTAssertEqual((rebuilt.children[1].module as? ScaledBlock)?.configuration, .init(width: 4, dropout: 0.1))
    }

    func testAModuleThatCannotBeRebuiltIsNamedOnSave() {
        assertThrowsModuleError(["Unregistered is not registered", "ModuleRegistry.register(Unregistered.self)"]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(describing: Sequential { Dense(2, 2); Unregistered() })
        }
        assertThrowsModuleError(["Opaque cannot be saved", "ConfigurableModule"]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(describing: Sequential { Opaque() })
        }
    }

    func testAnArchitectureThatCannotBeBuiltIsNamedOnLoad() throws {
        assertThrowsModuleError(["\"Mystery\"", "not registered"]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(type: "Mystery", configuration: .object([:])).makeModule()
        }
        assertThrowsModuleError(["Dense", "missing \"outputs\""]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(jsonText: #"{"type":"Dense","config":{"inputs":3,"bias":true}}"#).makeModule()
        }
        assertThrowsModuleError(["Dense: outputs must be positive"]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(jsonText: #"{"type":"Dense","config":{"inputs":3,"outputs":0,"bias":true}}"#).makeModule()
        }
        ModuleRegistry.register(ScaledBlock.self)
        assertThrowsModuleError(["ScaledBlock: width must be positive"]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(jsonText: #"{"type":"ScaledBlock","config":{"width":0,"dropout":0}}"#).makeModule()
        }
        assertThrowsModuleError(["architecture: not a valid description"]) { () throws(ModuleError) in
            _ = try ModuleArchitecture(jsonText: "{not json")
        }
    }
}
