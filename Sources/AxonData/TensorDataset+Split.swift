import AxonTensor

extension TensorDataset {
    /// A seeded random split into a training part holding `fraction` of the
    /// examples (rounded to the nearest whole example) and a validation part
    /// holding the rest; each part keeps the original order of its examples.
    ///
    /// - Parameters:
    ///   - fraction: the share of examples that go to `train`, in [0, 1].
    ///     The default value is `0.8`.
    ///   - seed: fixes which examples go where. The default value is `0`.
    public func split(fraction: Double = 0.8, seed: UInt64 = 0) -> (train: TensorDataset, validation: TensorDataset) {
        precondition(fraction >= 0 && fraction <= 1, "split: fraction must lie in [0, 1], got \(fraction)")
        var generator = RandomGenerator(seed: seed)
        let order = Tensor.randomPermutation(count, generator: &generator).integers
        let trainCount = Int((fraction * Double(count)).rounded())
        let trainRows = order[..<trainCount].sorted()
        let validationRows = order[trainCount...].sorted()
        return (subset(indices: trainRows), subset(indices: validationRows))
    }
}
