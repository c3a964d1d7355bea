import Axon

/// The small network of figures 6 and 7: dense layers of 2, 3 and 2
/// neurons, the logistic sigmoid after each, and the mean squared error
/// between the output and the target, for one sample. Its weights are drawn
/// from the seed in float64.
struct ExampleNetwork {
    /// The layers, first to last.
    let layers: [Dense]
    /// The sample.
    let input: Tensor
    /// What the output should be.
    let target: Tensor

    /// The widths, input first.
    static let sizes = [2, 3, 2]
    /// The activation after every layer.
    static let activation = Activation.sigmoid
    /// The sample's features.
    static let sampleInput: [Double] = [1.0, 0.5]
    /// The sample's target.
    static let sampleTarget: [Double] = [1.0, 0.0]
    /// The loss, as a caption prints it.
    static let lossFormula = "L = ½ Σⱼ (aⱼ − yⱼ)²: the mean squared error over the 2 outputs"

    init(seed: UInt64) {
        var generator = RandomGenerator(seed: seed)
        var layers: [Dense] = []
        for index in 0 ..< Self.sizes.count - 1 {
            layers.append(Dense(inputs: Self.sizes[index], outputs: Self.sizes[index + 1], dtype: .float64,
                                generator: &generator))
        }
        self.layers = layers
        self.input = Tensor(Self.sampleInput, shape: [1, Self.sampleInput.count])
        self.target = Tensor(Self.sampleTarget, shape: [1, Self.sampleTarget.count])
    }

    /// Every layer's pre-activation z = a·Wᵀ + b and activation a = σ(z),
    /// and the loss. `observe(layer, z, a)` may wrap each tensor (the
    /// backpropagation figure taps their gradients there).
    func forward(observe: (Int, Tensor) -> Tensor = { $1 }) -> (z: [Tensor], a: [Tensor], loss: Tensor) {
        var a = input
        var zs: [Tensor] = [], activations: [Tensor] = []
        for (index, layer) in layers.enumerated() {
            let z = observe(2 * index, layer(a))
            a = observe(2 * index + 1, Self.activation(z))
            zs.append(z)
            activations.append(a)
        }
        return (zs, activations, meanSquaredError(a, target))
    }

    /// The loss when layer `index`'s activation is replaced by `a` (`[1, width]`)
    /// and the layers after it run as usual.
    func loss(afterLayer index: Int, activation a: Tensor) -> Double {
        noGrad {
            var a = a
            for layer in layers[(index + 1)...] { a = Self.activation(layer(a)) }
            return meanSquaredError(a, target).item
        }
    }

    /// The loss of the whole network, without recording gradients.
    func loss() -> Double { noGrad { forward().loss.item } }
}
