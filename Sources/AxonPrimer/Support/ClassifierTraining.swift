import Axon

/// Training a classifier on a data set with the cross-entropy loss, one
/// optimizer step per batch of a seeded `DataLoader`, and measuring it on
/// the whole set: what figures 10 and 12 compare optimizers by.
struct ClassifierTraining {
    /// The training examples.
    let train: TensorDataset
    /// The dtype of the model's parameters.
    let dtype: DType
    /// Every training input, in `dtype`.
    private let inputs: Tensor

    init(train: TensorDataset, dtype: DType) {
        self.train = train
        self.dtype = dtype
        self.inputs = train.features.cast(to: dtype)
    }

    /// The mean cross-entropy of `model` over the whole training set.
    func loss(_ model: any Module) -> Double {
        noGrad { crossEntropy(model(inputs), train.targets).item }
    }

    /// The fraction of the training set that `model` classifies correctly.
    func accuracy(_ model: any Module) -> Double {
        noGrad { fractionCorrect(model(inputs).argmax(axis: 1), train.targets) }
    }

    /// The fraction of `dataset` that `model` classifies correctly.
    func accuracy(_ model: any Module, on dataset: TensorDataset) -> Double {
        noGrad { fractionCorrect(model(dataset.features.cast(to: dtype)).argmax(axis: 1), dataset.targets) }
    }

    /// Trains `model` for `epochs` epochs with `settings` (its batch size, or
    /// the whole set) and returns the training loss before the first epoch
    /// and after each. `afterStep(examples, batchLoss)` is called after every
    /// step with the batch's size and loss.
    func fit(_ model: any Module, settings: OptimizerSettings, epochs: Int, seed: UInt64,
             afterStep: ((Int, Double) -> Void)? = nil) throws(OptimizerError) -> [Double] {
        let optimizer = try settings.makeOptimizer(model)
        let batchSize = settings.batchSize.map { BatchSize.size($0) } ?? .full
        let loader = DataLoader(train, batchSize: batchSize, shuffle: true, seed: seed)
        var losses = [loss(model)]
        for epoch in 0 ..< epochs {
            for batch in loader.batches(epoch: epoch) {
                optimizer.zeroGrad()
                let batchLoss = crossEntropy(model(batch.inputs.cast(to: dtype)), batch.targets)
                batchLoss.backward()
                optimizer.step()
                afterStep?(batch.count, batchLoss.item)
            }
            losses.append(loss(model))
        }
        return losses
    }
}
