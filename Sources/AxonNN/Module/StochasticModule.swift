import AxonTensor

/// A module that draws random numbers as it runs (``Dropout``'s masks). When
/// it holds a generator of its own, checkpoints save and restore the
/// generator's state, so a resumed run draws what the uninterrupted run
/// would have; when its ``generator`` is `nil` it draws from the global
/// generator, which checkpoints restore too.
public protocol StochasticModule: Module {
    /// The module's own generator, or `nil` for the global one.
    var generator: RandomGenerator? { get set }
}
