import Foundation

/// A module's structure without its weights: its registered type name and
/// its configuration as JSON, children nested inside their container's
/// configuration. Model files and checkpoints carry it, so the file alone
/// rebuilds the model.
///
/// ```json
/// {"type": "Sequential", "config": {"layers": [
///     {"type": "Dense", "config": {"inputs": 784, "outputs": 128, "bias": true}},
///     {"type": "ReLU", "config": {}},
///     {"type": "Dense", "config": {"inputs": 128, "outputs": 10, "bias": true}}]}}
/// ```
public struct ModuleArchitecture: Codable, Equatable, Sendable {
    /// The registered type name (``ConfigurableModule/typeName``).
    public var type: String
    /// The configuration, as the type encodes it.
    public var configuration: JSONValue

    enum CodingKeys: String, CodingKey {
        case type
        case configuration = "config"
    }

    /// An architecture of the given type and configuration.
    public init(type: String, configuration: JSONValue) {
        self.type = type
        self.configuration = configuration
    }

    /// The architecture of `module` and everything in it.
    ///
    /// - Throws: ``ModuleError`` naming the first module whose type is not a
    ///   ``ConfigurableModule`` registered with ``ModuleRegistry``.
    public init(describing module: any Module) throws(ModuleError) {
        self = try ModuleRegistry.architecture(of: module)
    }

    /// A new module of this architecture, with fresh parameters drawn from
    /// the global generator.
    ///
    /// - Throws: ``ModuleError`` for a type that is not registered in this
    ///   program or a configuration it cannot take.
    public func makeModule() throws(ModuleError) -> any Module {
        try ModuleRegistry.makeModule(self)
    }

    /// The architecture as compact JSON with sorted keys: the same
    /// architecture always gives the same text.
    public func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain JSON values cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The architecture that `text` (from ``jsonText()``) describes.
    public init(jsonText text: String) throws(ModuleError) {
        do {
            self = try JSONDecoder().decode(ModuleArchitecture.self, from: Data(text.utf8))
        } catch {
            throw ModuleError("architecture: not a valid description (\(ModuleRegistry.describe(error))): \(text.prefix(80))")
        }
    }
}
