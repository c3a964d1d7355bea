#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RandomGenerator {
    /// The seed of the global generator when a program starts, so that a
    /// program that never calls ``manualSeed(_:)`` still draws the same
    /// numbers on every run (PyTorch's default generator is fixed the same way).
    public static let defaultGlobalSeed: UInt64 = 0x4158_4F4E

    /// The generator that layers built without one draw their initial
    /// weights from, and that dropout draws its masks from, as PyTorch's
    /// default generator. ``manualSeed(_:)`` reseeds it; a checkpoint saves
    /// and restores its ``state``. Access is serialised, so layers built on
    /// several threads never draw the same numbers.
    public static var global: RandomGenerator {
        get { GlobalGenerator.shared.withLock { $0 } }
        set { GlobalGenerator.shared.withLock { $0 = newValue } }
    }

    /// Runs `body` with exclusive access to the global generator: what it
    /// draws is taken from the global sequence, once.
    public static func withGlobal<R>(_ body: (inout RandomGenerator) throws -> R) rethrows -> R {
        try GlobalGenerator.shared.withLock(body)
    }
}

/// Seeds the global generator, as `torch.manual_seed`: the layers built and
/// the dropout masks drawn afterwards are the same on every run.
///
/// ```swift
/// Axon.manualSeed(42)
/// let model = Sequential { Dense(784, 128); ReLU(); Dense(128, 10) }
/// ```
public func manualSeed(_ seed: UInt64) {
    RandomGenerator.global = RandomGenerator(seed: seed)
}

/// The global generator behind a mutex.
private final class GlobalGenerator: @unchecked Sendable {
    static let shared = GlobalGenerator()

    private var generator = RandomGenerator(seed: RandomGenerator.defaultGlobalSeed)
    /// Allocated, not stored inline: a mutex must not move.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    private init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    func withLock<R>(_ body: (inout RandomGenerator) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&generator)
    }
}
