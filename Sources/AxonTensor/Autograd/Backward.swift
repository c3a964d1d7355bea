extension Tensor {
    /// Whether gradients flow to this tensor. Setting it on a floating-point
    /// tensor makes the tensor a leaf whose ``grad`` accumulates gradients;
    /// clearing it detaches the tensor from any graph.
    public var requiresGrad: Bool {
        get { node != nil }
        set {
            if newValue {
                guard node == nil else { return }
                precondition(dtype.isFloatingPoint, "requiresGrad: only float32 and float64 tensors can have gradients, not \(dtype)")
                node = GradNode(leafShape: shape, dtype: dtype)
            } else {
                node = nil
            }
        }
    }

    /// Whether this tensor is a leaf of the graph: one the user created, as
    /// opposed to the result of an op on tensors that require gradients.
    public var isLeaf: Bool { node?.isLeaf ?? true }

    /// The gradient accumulated by ``backward(_:retainGraph:)`` for a leaf
    /// that requires gradients; `nil` before the first backward pass or after
    /// it is cleared by setting `nil`.
    public var grad: Tensor? {
        get { node?.grad }
        nonmutating set {
            if let newValue {
                precondition(node?.isLeaf == true, "grad: only a leaf that requires gradients can hold a gradient")
                precondition(newValue.shape == shape, "grad: gradient of shape \(newValue.shape) for a tensor of shape \(shape)")
            }
            node?.grad = newValue
        }
    }

    /// The same values, cut off from the graph: no gradient flows through it.
    public func detached() -> Tensor {
        var copy = self
        copy.node = nil
        return copy
    }

    /// Backpropagation: computes the gradient of this tensor with respect to
    /// every leaf that requires gradients and adds it to the leaf's ``grad``.
    ///
    /// - Parameters:
    ///   - gradient: the gradient of some final quantity with respect to this
    ///     tensor. Defaults to 1 and may be omitted only for a one-element tensor.
    ///   - retainGraph: keep the recorded graph so `backward` can run through
    ///     it again. The default value is `false`: the graph is freed.
    public func backward(_ gradient: Tensor? = nil, retainGraph: Bool = false) {
        guard let root = node else {
            preconditionFailure("backward: the tensor does not require gradients; set requiresGrad on a leaf it depends on")
        }
        let seed: Tensor
        if let gradient {
            precondition(gradient.shape == shape, "backward: gradient of shape \(gradient.shape) for a tensor of shape \(shape)")
            seed = gradient.detached().cast(to: dtype)
        } else {
            precondition(count == 1, "backward: a gradient can be implied only for a one-element tensor, not shape \(shape); pass one")
            seed = Tensor.ones(shape, dtype: dtype)
        }
        noGrad {
            let order = GradNode.topologicalOrder(from: root)
            root.pending = seed
            for current in order.reversed() {
                guard let gradient = current.pending else { continue }
                current.pending = nil
                if current.isLeaf {
                    current.grad = current.grad.map { $0 + gradient } ?? gradient
                    continue
                }
                guard let rule = current.rule else {
                    preconditionFailure("backward: the graph through '\(current.op)' was already freed; pass retainGraph: true to the first backward")
                }
                let inputGradients = rule(gradient)
                for index in 0..<Swift.min(current.inputCount, inputGradients.count) {
                    guard let input = current.input(index), let inputGradient = inputGradients[index] else { continue }
                    assert(inputGradient.shape == input.shape, "\(current.op): gradient rule returned \(inputGradient.shape) for an input of shape \(input.shape)")
                    input.accumulatePending(inputGradient)
                }
                if !retainGraph { current.release() }
            }
        }
    }
}

extension GradNode {
    /// Every node reachable from `root`, each after all of its inputs.
    /// Iterative, so graphs thousands of ops deep do not overflow the stack.
    static func topologicalOrder(from root: GradNode) -> [GradNode] {
        // A fresh mark per pass instead of a set of visited nodes: no hashing.
        let mark = GradNode.nextMark()
        var order: [GradNode] = []
        var stack: [Frame] = [Frame(node: root, nextInput: 0)]
        root.visitMark = mark
        while let top = stack.last {
            if top.nextInput < top.node.inputCount {
                stack[stack.count - 1].nextInput += 1
                if let input = top.node.input(top.nextInput), input.visitMark != mark {
                    input.visitMark = mark
                    stack.append(Frame(node: input, nextInput: 0))
                }
            } else {
                order.append(top.node)
                stack.removeLast()
            }
        }
        return order
    }

    /// A node being visited and the next of its inputs to visit (a struct,
    /// not a tuple, so its array needs no metadata built at run time).
    private struct Frame {
        let node: GradNode
        var nextInput: Int
    }
}

extension Tensor {
    /// Gives `result` the gradient rule of an op on one input, when that input
    /// requires gradients and recording is on.
    @inline(__always)
    static func record(_ op: String, _ result: Tensor, _ a: Tensor, rule: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        guard let nodeA = a.node, GradMode.isEnabled else { return result }
        var result = result
        result.node = GradNode(op: op, nodeA, nil, inputCount: 1, shape: result.shape, dtype: result.dtype, rule: rule)
        return result
    }

    /// Gives `result` the gradient rule of an op on two inputs.
    @inline(__always)
    static func record(_ op: String, _ result: Tensor, _ a: Tensor, _ b: Tensor, rule: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        guard a.node != nil || b.node != nil, GradMode.isEnabled else { return result }
        var result = result
        result.node = GradNode(op: op, a.node, b.node, inputCount: 2, shape: result.shape, dtype: result.dtype, rule: rule)
        return result
    }

    /// Gives `result` the gradient rule of an op on three inputs.
    @inline(__always)
    static func record(_ op: String, _ result: Tensor, _ a: Tensor, _ b: Tensor, _ c: Tensor,
                       rule: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        guard a.node != nil || b.node != nil || c.node != nil, GradMode.isEnabled else { return result }
        var result = result
        result.node = GradNode(op: op, a.node, b.node, c.node, inputCount: 3, shape: result.shape,
                               dtype: result.dtype, rule: rule)
        return result
    }

    /// Whether an op on these inputs records its rule: grad mode on and some
    /// input in a graph. An op checks this before it builds its rule, so
    /// inference allocates no closure and keeps nothing for a backward pass.
    @inline(__always)
    static func recordsGradient(_ a: Tensor, _ b: Tensor, _ c: Tensor?) -> Bool {
        (a.node != nil || b.node != nil || c?.node != nil) && GradMode.isEnabled
    }

    /// Gives `result` the gradient rule of an op on any number of inputs.
    static func record(_ op: String, _ result: Tensor, _ inputs: [Tensor], rule: @escaping (Tensor) -> [Tensor?]) -> Tensor {
        guard inputs.contains(where: { $0.node != nil }), GradMode.isEnabled else { return result }
        var result = result
        result.node = GradNode(op: op, inputs: inputs.map(\.node), shape: result.shape, dtype: result.dtype, rule: rule)
        return result
    }
}

/// The value of `f` at `x` and the gradient of `f` (which must return a
/// one-element tensor) with respect to `x`, for code that prefers functions
/// to `requiresGrad` and `backward()`.
public func valueAndGradient(at x: Tensor, of f: (Tensor) -> Tensor) -> (value: Tensor, gradient: Tensor) {
    let (value, gradients) = valueAndGradient(at: [x]) { f($0[0]) }
    return (value, gradients[0])
}

/// The value of `f` at `xs` and its gradients with respect to each of them.
public func valueAndGradient(at xs: [Tensor], of f: ([Tensor]) -> Tensor) -> (value: Tensor, gradients: [Tensor]) {
    let leaves = xs.map { x -> Tensor in
        var leaf = x.detached()
        leaf.requiresGrad = true
        return leaf
    }
    let value = GradMode.with(enabled: true) { f(leaves) }
    precondition(value.count == 1, "valueAndGradient: the function must return one element, not shape \(value.shape)")
    if value.requiresGrad { value.backward() }
    let gradients = leaves.map { $0.grad ?? Tensor.zeros($0.shape, dtype: $0.dtype) }
    return (value.detached(), gradients)
}

/// The gradient of `f` at `x`.
public func gradient(at x: Tensor, of f: (Tensor) -> Tensor) -> Tensor {
    valueAndGradient(at: x, of: f).gradient
}
