import CAxonKernels

/// One vertex of the graph that forward propagation records.
///
/// A leaf node belongs to a tensor the user marked with `requiresGrad`; its
/// ``grad`` accumulates gradients across backward passes until cleared. An
/// interior node belongs to the result of an op and holds that op's gradient
/// rule: given the gradient of the result, the gradients of the op's inputs.
final class GradNode: @unchecked Sendable {
    /// The op that made the tensor ("matmul", "add", ...), or "leaf".
    let op: String
    /// The nodes of the op's inputs, in the order the rule returns gradients
    /// (`nil` where an input needs no gradient): the first three inline, since
    /// almost every op has one to three (a dense layer: x, W, b), and any
    /// others in `moreInputs`.
    private var firstInput: GradNode?
    private var secondInput: GradNode?
    private var thirdInput: GradNode?
    private var moreInputs: [GradNode?]
    /// The number of inputs.
    private(set) var inputCount: Int
    /// The gradient rule; released after a backward pass.
    private(set) var rule: ((Tensor) -> [Tensor?])?
    /// The shape and dtype of the tensor this node belongs to.
    let shape: [Int]
    let dtype: DType

    /// For a leaf: the gradient accumulated so far. (No run-time
    /// exclusivity check: read and written for each parameter at every step.)
    @exclusivity(unchecked) var grad: Tensor?
    /// During a backward pass: the gradient of this node's tensor, summed over
    /// every path from the output.
    var pending: Tensor?

    /// The mark of the last backward pass that visited this node.
    var visitMark: UInt64 = 0

    /// Whether this is a leaf (a tensor marked `requiresGrad`), not an op's result.
    let isLeaf: Bool

    /// A mark for one backward pass, from a process-wide atomic counter, so
    /// passes on several threads never share one (0 marks an unvisited node).
    static func nextMark() -> UInt64 { axon_next_mark() }

    init(leafShape shape: [Int], dtype: DType) {
        self.op = "leaf"
        self.isLeaf = true
        self.moreInputs = []
        self.inputCount = 0
        self.rule = nil
        self.shape = shape
        self.dtype = dtype
    }

    /// A node for an op on one to three inputs (no array allocated).
    init(op: String, _ first: GradNode?, _ second: GradNode?, _ third: GradNode? = nil, inputCount: Int,
         shape: [Int], dtype: DType, rule: @escaping (Tensor) -> [Tensor?]) {
        self.op = op
        self.isLeaf = false
        self.firstInput = first
        self.secondInput = second
        self.thirdInput = third
        self.moreInputs = []
        self.inputCount = inputCount
        self.rule = rule
        self.shape = shape
        self.dtype = dtype
    }

    init(op: String, inputs: [GradNode?], shape: [Int], dtype: DType, rule: @escaping (Tensor) -> [Tensor?]) {
        self.op = op
        self.isLeaf = false
        self.firstInput = inputs.first ?? nil
        self.secondInput = inputs.count > 1 ? inputs[1] : nil
        self.thirdInput = inputs.count > 2 ? inputs[2] : nil
        self.moreInputs = Array(inputs.dropFirst(3))
        self.inputCount = inputs.count
        self.rule = rule
        self.shape = shape
        self.dtype = dtype
    }

    /// Drops the rule and the edges, freeing what the rule captured.
    func release() {
        rule = nil
        firstInput = nil
        secondInput = nil
        thirdInput = nil
        moreInputs = []
        inputCount = 0
    }

    /// The node of input `index` (in `0..<inputCount`).
    func input(_ index: Int) -> GradNode? {
        switch index {
        case 0: return firstInput
        case 1: return secondInput
        case 2: return thirdInput
        default: return moreInputs[index - 3]
        }
    }

    /// Adds `gradient` into `pending` (gradients are added, never assigned,
    /// so a tensor used twice receives both contributions).
    func accumulatePending(_ gradient: Tensor) {
        if let existing = pending {
            pending = existing + gradient
        } else {
            pending = gradient
        }
    }
}

/// Whether ops record the graph. Off inside ``noGrad(_:)``; per thread, as
/// in PyTorch (a C thread-local: reading it costs next to nothing, and ops
/// read it on every call).
public enum GradMode {
    /// Whether ops on tensors that require gradients record them now.
    public static var isEnabled: Bool { axon_grad_enabled() != 0 }

    /// Runs `body` with recording switched on or off, then restores the mode.
    static func with<R>(enabled: Bool, _ body: () throws -> R) rethrows -> R {
        let previous = axon_grad_enabled()
        axon_set_grad_enabled(enabled ? 1 : 0)
        defer { axon_set_grad_enabled(previous) }
        return try body()
    }
}

/// Runs `body` without recording operations for backpropagation, as in
/// PyTorch's `torch.no_grad()`: results have no gradient, and in-place
/// updates of parameters (`w -= lr * g`) keep them leaves.
public func noGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradMode.with(enabled: false, body)
}
