import Foundation

/// The module types that model files can name: every built-in layer, and
/// each ``ConfigurableModule`` a program registers.
///
/// ```swift
/// ModuleRegistry.register(Block.self)   // once, before saving or loading a model that holds one
/// ```
public enum ModuleRegistry {
    /// One registered type: how to recognise it and how to build it.
    private struct Entry {
        let type: ObjectIdentifier
        let make: (JSONValue) throws(ModuleError) -> any Module
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var entries: [String: Entry] = builtIns()

    /// Makes `type` known under its ``ConfigurableModule/typeName``, so
    /// models holding it can be saved and loaded. Registering a type again
    /// does nothing.
    ///
    /// A different type already registered under the same name stops the
    /// program: two types cannot share a name in a file. Give one of them its
    /// own ``ConfigurableModule/typeName``.
    public static func register<M: ConfigurableModule>(_ type: M.Type) {
        let name = M.typeName
        lock.lock()
        defer { lock.unlock() }
        if let existing = entries[name] {
            precondition(existing.type == ObjectIdentifier(type),
                         "ModuleRegistry: the name \"\(name)\" is already registered by another type; give \(type) its own typeName")
            return
        }
        entries[name] = Entry(type: ObjectIdentifier(type), make: { (configuration) throws(ModuleError) in
            try build(M.self, from: configuration)
        })
    }

    /// The names of the registered types, sorted.
    public static var registeredTypeNames: [String] {
        lock.lock()
        defer { lock.unlock() }
        return entries.keys.sorted()
    }

    /// The architecture of `module` (see ``ModuleArchitecture/init(describing:)``).
    static func architecture(of module: any Module) throws(ModuleError) -> ModuleArchitecture {
        guard let configurable = module as? any ConfigurableModule else {
            let name = String(describing: type(of: module))
            throw ModuleError("\(name) cannot be saved with its architecture: make it a ConfigurableModule (a Codable configuration and init(configuration:)) and call ModuleRegistry.register(\(name).self)")
        }
        return try describe(configurable)
    }

    private static func describe<M: ConfigurableModule>(_ module: M) throws(ModuleError) -> ModuleArchitecture {
        let name = M.typeName
        lock.lock()
        let entry = entries[name]
        lock.unlock()
        guard let entry, entry.type == ObjectIdentifier(M.self) else {
            throw ModuleError("\(M.self) is not registered, so a file could not rebuild it: call ModuleRegistry.register(\(M.self).self) before saving (and before loading)")
        }
        let configuration: M.Configuration
        do {
            configuration = try module.configuration
        } catch let error as ModuleError {
            throw error
        } catch {
            throw ModuleError("\(name): cannot describe its configuration: \(describe(error))")
        }
        do {
            let data = try JSONEncoder().encode(configuration)
            return ModuleArchitecture(type: name, configuration: try JSONDecoder().decode(JSONValue.self, from: data))
        } catch {
            throw ModuleError("\(name): its configuration does not encode as JSON: \(describe(error))")
        }
    }

    /// A module built from `architecture` (see ``ModuleArchitecture/makeModule()``).
    static func makeModule(_ architecture: ModuleArchitecture) throws(ModuleError) -> any Module {
        lock.lock()
        let entry = entries[architecture.type]
        lock.unlock()
        guard let entry else {
            throw ModuleError("the architecture names the module type \"\(architecture.type)\", which this program has not registered (call ModuleRegistry.register(\(architecture.type).self) first)")
        }
        return try entry.make(architecture.configuration)
    }

    private static func build<M: ConfigurableModule>(_ type: M.Type, from json: JSONValue) throws(ModuleError) -> M {
        let configuration: M.Configuration
        do {
            configuration = try JSONDecoder().decode(M.Configuration.self, from: JSONEncoder().encode(json))
        } catch {
            throw ModuleError("\(M.typeName): the architecture's configuration does not fit: \(describe(error))")
        }
        do {
            return try M(configuration: configuration)
        } catch let error as ModuleError {
            throw error
        } catch {
            throw ModuleError("\(M.typeName): cannot be built from its configuration: \(describe(error))")
        }
    }

    /// A one-line account of a coding or other error.
    package static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        default:
            return "\(error)"
        }
    }

    /// Every built-in layer, by its type name.
    private static func builtIns() -> [String: Entry] {
        func entry<M: ConfigurableModule>(_ type: M.Type) -> (String, Entry) {
            (M.typeName, Entry(type: ObjectIdentifier(type), make: { (configuration) throws(ModuleError) in
                try build(M.self, from: configuration)
            }))
        }
        let list = [
            entry(Sequential.self), entry(Dense.self), entry(Dropout.self), entry(Flatten.self),
            entry(Perceptron.self), entry(Conv2d.self), entry(MaxPool2d.self), entry(AvgPool2d.self),
            entry(AdaptiveAvgPool2d.self), entry(BatchNorm1d.self), entry(BatchNorm2d.self), entry(LayerNorm.self),
            entry(Dropout2d.self), entry(Unflatten.self),
            entry(Step.self), entry(Sigmoid.self), entry(Tanh.self), entry(ReLU.self), entry(LeakyReLU.self),
            entry(ELU.self), entry(GELU.self), entry(SiLU.self), entry(Softplus.self), entry(Identity.self),
            entry(Softmax.self), entry(LogSoftmax.self),
        ]
        return Dictionary(uniqueKeysWithValues: list)
    }
}
