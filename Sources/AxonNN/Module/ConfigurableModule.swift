/// A module that can describe itself, so that a model file rebuilds it: its
/// type name and a `Codable` configuration (the arguments of its
/// initializer), as Keras's `get_config`/`from_config`.
///
/// Every built-in layer conforms. A type of your own conforms, then
/// registers itself once, before it is saved or loaded:
///
/// ```swift
/// final class Block: Module, ConfigurableModule {
///     struct Configuration: Codable { var width: Int; var dropout: Double }
///     let configuration: Configuration
///     let fc: Dense
///     let drop: Dropout
///
///     init(configuration: Configuration) {
///         self.configuration = configuration
///         fc = Dense(configuration.width, configuration.width)
///         drop = Dropout(configuration.dropout)
///     }
///
///     func callAsFunction(_ x: Tensor) -> Tensor { drop(fc(x).relu()) + x }
/// }
///
/// ModuleRegistry.register(Block.self)
/// ```
///
/// The weights are not part of the configuration: a file rebuilds the
/// module from its configuration, then loads the parameters by name.
/// Containers describe their children inside their configuration as
/// ``ModuleArchitecture`` values (see ``Sequential``).
public protocol ConfigurableModule: Module {
    /// The initializer's arguments, as JSON-encodable values.
    associatedtype Configuration: Codable

    /// The name the type is saved and registered under. The default value is
    /// the name of the type.
    static var typeName: String { get }

    /// The arguments that rebuild this module (its structure, not its weights).
    var configuration: Configuration { get throws }

    /// A module of the structure that `configuration` describes, with fresh
    /// parameters.
    init(configuration: Configuration) throws
}

extension ConfigurableModule {
    public static var typeName: String { String(describing: Self.self) }
}

/// The configuration of a module that takes no arguments (an activation
/// layer, `Flatten`).
public struct NoConfiguration: Codable, Equatable, Sendable {
    /// The empty configuration.
    public init() {}
}
