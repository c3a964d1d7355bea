import AxonTensor

/// An optimizer: a rule that updates named parameters from their gradients,
/// keeping its own per-parameter state (momentum, moment estimates) beside
/// the parameters, never inside them.
///
/// The optimizers, in order of increasing complexity: ``SGD`` (with momentum
/// and Nesterov), ``AdaGrad``, ``RMSProp``, ``Adadelta``, ``Adam``, ``AdamW``
/// (Adam with decoupled weight decay), ``Adamax`` and ``NAdam``. Each follows
/// `torch.optim` step for step, with PyTorch's defaults.
///
/// Batch, stochastic and mini-batch gradient descent are not different
/// optimizers: they are the same rule fed batches of every sample, of one
/// sample, or of `k` samples. The data loader chooses which, through its
/// batch size (`AxonData.BatchSize`: `.full`, `.size(1)`, `.size(k)`).
///
/// ```swift
/// let optimizer = try Adam(model, learningRate: 1e-3)
/// for (x, y) in batches {
///     optimizer.zeroGrad()
///     loss(model(x), y).backward()
///     optimizer.step()
/// }
/// ```
public protocol Optimizer: AnyObject {
    /// The step size γ; a schedule may change it between steps.
    var learningRate: Double { get set }

    /// The parameters being optimized, by name, in the order given (PyTorch's
    /// `state_dict` order for a model).
    var parameters: [(name: String, parameter: Parameter)] { get }

    /// The state of each parameter, in the order of ``parameters``.
    var states: [ParameterState] { get set }

    /// The settings besides the learning rate, under the names of PyTorch's
    /// `param_groups` (`momentum`, `weight_decay`, `beta1` and `beta2` for
    /// `betas`; a flag is 1 or 0): what a checkpoint records, so that a
    /// resumed run can check it continues with the same rule.
    var hyperparameters: [String: Double] { get }

    /// Updates every parameter that has a gradient; one without is skipped,
    /// its state untouched (as PyTorch skips `p.grad is None`).
    func step()

    /// Clears every parameter's gradient (sets it to `nil`, as PyTorch's
    /// `zero_grad(set_to_none=True)` default).
    func zeroGrad()

    /// The optimizer's state as named tensors: `"<parameter>.step"` (an int64
    /// scalar) and `"<parameter>.<slot>"` for each state tensor, with PyTorch's
    /// slot names (`"0.weight.exp_avg"`). Parameters not yet updated have no entry.
    func stateDict() -> [String: Tensor]

    /// Replaces the optimizer's state with one exported by ``stateDict()``,
    /// so that training resumes exactly where it stopped.
    ///
    /// - Throws: ``OptimizerError/invalidState(key:reason:)`` for a key that
    ///   names no parameter, a tensor whose shape differs from its parameter's,
    ///   or a slot without a step count.
    func loadStateDict(_ state: [String: Tensor]) throws(OptimizerError)
}

/// One parameter's optimizer state: the number of updates it has received
/// and its named state tensors (`"exp_avg"`, `"momentum_buffer"`, ...),
/// stored in the parameter's dtype, as PyTorch's `optimizer.state[p]`.
public struct ParameterState: Sendable {
    /// The number of updates applied to the parameter (PyTorch's `step`, t).
    public var step: Int = 0

    /// The state tensors by PyTorch's slot name.
    public var slots: [String: Tensor] {
        get { Dictionary(uniqueKeysWithValues: entries.compactMap { entry in entry.tensor.map { (entry.name, $0) } }) }
        set { entries = newValue.sorted { $0.key < $1.key }.map { Entry(name: $0.key, tensor: $0.value) } }
    }

    /// The slots themselves: one to three per parameter, so a short list
    /// searched by name beats hashing the name on every step.
    private var entries: [Entry] = []

    private struct Entry: Sendable {
        let name: String
        /// Never nil in `entries`, but optional so that ``update(_:_:)`` can
        /// lend it out where it lies.
        var tensor: Tensor?
    }

    /// An empty state: no step taken, no slots.
    public init() {}

    /// The named state tensor, or `nil` if it is not yet created.
    public subscript(slot: String) -> Tensor? {
        get { entries.first { $0.name == slot }?.tensor }
        set {
            let index = entries.firstIndex { $0.name == slot }
            switch (index, newValue) {
            case let (index?, tensor?): entries[index].tensor = tensor
            case let (nil, tensor?): entries.append(Entry(name: slot, tensor: tensor))
            case let (index?, nil): entries.remove(at: index)
            case (nil, nil): break
            }
        }
    }

    /// Removes and returns the named slot, or `initial()` when it does not
    /// exist yet. Holding the only reference, the caller's in-place updates
    /// write into the slot's storage without a copy; it puts the slot back
    /// when done.
    mutating func take(_ slot: String, or initial: @autoclosure () -> Tensor) -> Tensor {
        guard let index = entries.firstIndex(where: { $0.name == slot }), let tensor = entries.remove(at: index).tensor
        else { return initial() }
        return tensor
    }

    /// Runs `body` on the named slot where it lies (nil when it does not
    /// exist yet) and keeps what `body` leaves there: no copy, an in-place
    /// update writes into the slot's storage. For an optimizer with one
    /// slot (``take(_:or:)`` serves several at once).
    mutating func update(_ slot: String, _ body: (inout Tensor?) -> Void) {
        if let index = entries.firstIndex(where: { $0.name == slot }) {
            body(&entries[index].tensor)
            if entries[index].tensor == nil { entries.remove(at: index) }
        } else {
            var tensor: Tensor?
            body(&tensor)
            if let tensor { entries.append(Entry(name: slot, tensor: tensor)) }
        }
    }
}

extension Optimizer {
    /// Sets every parameter's gradient to `nil`.
    public func zeroGrad() {
        forEachParameter { _, parameter in parameter.grad = nil }
    }

    /// The state as named tensors (`"0.weight.step"`, `"0.weight.exp_avg"`, ...).
    public func stateDict() -> [String: Tensor] {
        var result: [String: Tensor] = [:]
        for ((name, _), state) in zip(parameters, states) where state.step > 0 || !state.slots.isEmpty {
            result["\(name).step"] = Tensor([Int64(state.step)], shape: [])
            for (slot, tensor) in state.slots {
                result["\(name).\(slot)"] = tensor
            }
        }
        return result
    }

    /// Replaces the state with one from ``stateDict()``, converting tensors to
    /// the parameters' dtypes.
    public func loadStateDict(_ state: [String: Tensor]) throws(OptimizerError) {
        var index: [String: Int] = [:]
        for (i, (name, _)) in parameters.enumerated() { index[name] = i }
        var loaded = [ParameterState](repeating: ParameterState(), count: parameters.count)
        var hasStep = [Bool](repeating: false, count: parameters.count)
        // Keys are sorted so that the first bad key reported is always the same one.
        for key in state.keys.sorted() {
            let tensor = state[key]!
            // Parameter names contain dots ("0.weight"); slot names never do.
            guard let dot = key.lastIndex(of: "."), let i = index[String(key[..<dot])] else {
                throw .invalidState(key: key, reason: "names no parameter of this optimizer")
            }
            let slot = String(key[key.index(after: dot)...])
            let parameter = parameters[i].parameter
            if slot == "step" {
                let value = tensor.count == 1 ? tensor.item : -1
                // Below 2⁶², so that the conversion to Int cannot trap (a file may say 1e300 or inf).
                guard value >= 0, value.rounded() == value, value < 0x1p62 else {
                    throw .invalidState(key: key, reason: "a step count must be one whole number >= 0, got shape \(tensor.shape)")
                }
                loaded[i].step = Int(value)
                hasStep[i] = true
            } else {
                // Scalar slots (NAdam's running product) are kept in float64.
                let isScalarSlot = tensor.shape == [] && parameter.shape != []
                guard isScalarSlot || tensor.shape == parameter.shape else {
                    throw .invalidState(key: key, reason: "shape \(tensor.shape) does not match the parameter's \(parameter.shape)")
                }
                loaded[i][slot] = tensor.detached().cast(to: isScalarSlot ? .float64 : parameter.dtype)
            }
        }
        for i in parameters.indices where !loaded[i].slots.isEmpty && !hasStep[i] {
            throw .invalidState(key: "\(parameters[i].name).step", reason: "missing, but the parameter has state")
        }
        states = loaded
    }

    /// Runs `update` without recording gradients on every parameter that has
    /// a gradient, after counting the step in its state: `w` is the value to
    /// update in place, `g` its gradient, `state` its optimizer state.
    func forEachGradient(_ update: (_ w: inout Tensor, _ g: Tensor, _ state: inout ParameterState) -> Void) {
        noGrad {
            // One access to the states for the whole loop, not two per parameter.
            states.withUnsafeMutableBufferPointer { states in
                forEachParameter { i, parameter in
                    _ = parameter.updateWithGradient { w, g in
                        states[i].step += 1
                        update(&w, g, &states[i])
                    }
                }
            }
        }
    }

    /// Runs `body` on each parameter and its index, in order. The list holds
    /// the parameters for the whole walk, so each is lent to `body` without
    /// being retained: a step walks every parameter twice (the update and
    /// `zeroGrad()`), and a tiny network's parameters are small enough that
    /// the reference counting showed in its step time.
    @inline(__always)
    func forEachParameter(_ body: (_ index: Int, _ parameter: Parameter) -> Void) {
        let parameters = self.parameters
        parameters.withUnsafeBufferPointer { parameters in
            for i in parameters.indices {
                Unmanaged.passUnretained(parameters[i].parameter)._withUnsafeGuaranteedRef { body(i, $0) }
            }
        }
    }
}

/// The empty states of `parameters`, and a check that every one is a float
/// tensor with a unique name (programming errors, so they stop with a message).
func initialStates(_ parameters: [(name: String, parameter: Parameter)], owner: String) -> [ParameterState] {
    var seen = Set<String>()
    for (name, parameter) in parameters {
        precondition(seen.insert(name).inserted, "\(owner): parameter name \"\(name)\" appears twice")
        precondition(parameter.dtype.isFloatingPoint, "\(owner): parameter \"\(name)\" is \(parameter.dtype), not a float tensor")
    }
    return [ParameterState](repeating: ParameterState(), count: parameters.count)
}
