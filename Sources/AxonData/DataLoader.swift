import AxonTensor

/// Cuts a data set into batches, one epoch at a time.
///
/// A loader is a `Sequence` of the batches of epoch ``epoch``; set `epoch`
/// (or call ``batches(epoch:)``) to go on to the next one:
///
/// ```swift
/// var loader = DataLoader(train, batchSize: .size(128), seed: 42)
/// for epoch in 0..<10 {
///     for batch in loader.batches(epoch: epoch) { step(batch.inputs, batch.targets) }
/// }
/// ```
///
/// With shuffling (the default) every epoch visits the examples in a new
/// random order that depends only on `seed` and the epoch number, so the same
/// seed gives the same batches and a run resumed at epoch 7 sees what it
/// would have seen. Without shuffling, batch `b` holds rows
/// `[b·n, (b+1)·n)` in file order; a batch of the whole set (`.full`) is
/// always in file order, since order cannot change its gradient.
public struct DataLoader: Sequence, Sendable {
    /// The data set the batches come from.
    public let dataset: any Dataset
    /// How many examples each batch holds.
    public let batchSize: BatchSize
    /// Whether each epoch visits the examples in a new random order.
    public let shuffle: Bool
    /// Whether the last batch is dropped when it holds fewer examples than
    /// the batch size.
    public let dropLast: Bool
    /// The seed that fixes every epoch's order.
    public let seed: UInt64
    /// The epoch whose batches iterating the loader gives. The default value is `0`.
    public var epoch: Int = 0

    /// A loader over `dataset`.
    ///
    /// - Parameters:
    ///   - batchSize: examples per batch. The default value is `.size(32)`.
    ///   - shuffle: reorder the examples every epoch. The default value is `true`.
    ///   - dropLast: drop a last, smaller batch. The default value is `false`.
    ///   - seed: fixes the order of every epoch. The default value is `0`.
    public init(_ dataset: any Dataset, batchSize: BatchSize = .size(32), shuffle: Bool = true,
                dropLast: Bool = false, seed: UInt64 = 0) {
        self.dataset = dataset
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.seed = seed
    }

    /// The number of examples in a full batch.
    public var rowsPerBatch: Int { batchSize.rows(for: dataset.count) }

    /// The number of batches in each epoch (optimizer steps per epoch).
    public var batchCount: Int {
        let rows = rowsPerBatch
        let whole = dataset.count / rows
        return dropLast || dataset.count % rows == 0 ? whole : whole + 1
    }

    /// The batches of `epoch`, in order.
    public func batches(epoch: Int) -> Epoch {
        var order: [Int64]? = nil
        // One batch of every example gives the same gradient in any order: skip the copy.
        if shuffle && rowsPerBatch < dataset.count {
            var generator = RandomGenerator(seed: DataLoader.epochSeed(seed, epoch))
            order = Tensor.randomPermutation(dataset.count, generator: &generator).scalars(as: Int64.self)
        }
        return Epoch(dataset: dataset, order: order, rowsPerBatch: rowsPerBatch, batchCount: batchCount,
                     rows: (dataset as? TensorDataset)?.rowsAsStored)
    }

    /// An iterator over the batches of ``epoch``.
    public func makeIterator() -> Epoch.Iterator { batches(epoch: epoch).makeIterator() }

    /// The seed of one epoch's generator: the loader's seed moved along by the
    /// epoch number (the generator's SplitMix seeding makes neighbouring
    /// seeds independent).
    static func epochSeed(_ seed: UInt64, _ epoch: Int) -> UInt64 {
        seed &+ UInt64(truncatingIfNeeded: epoch) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The batches of one epoch: a collection, so it knows its length.
    public struct Epoch: RandomAccessCollection, Sendable {
        let dataset: any Dataset
        /// The shuffled example order, or `nil` for file order.
        let order: [Int64]?
        let rowsPerBatch: Int
        let batchCount: Int
        /// The data set's inputs and labels where its batches are their rows
        /// as stored (``TensorDataset/rowsAsStored``).
        let rows: (inputs: Tensor, labels: Tensor)?

        /// The index of the first batch, `0`.
        public var startIndex: Int { 0 }
        /// One past the index of the last batch.
        public var endIndex: Int { batchCount }

        /// Batch number `position`.
        public subscript(position: Int) -> Batch {
            let rows = positions(of: position)
            return batch(of: rows.lowerBound ..< rows.upperBound)
        }

        /// Runs `body` on batch number `position` as rows of the data set, for
        /// a step that picks them itself: the set's inputs and labels, the
        /// batch's positions in the epoch's order, and that order (nil for
        /// file order: the positions are the examples). Returns nil, without
        /// running `body`, where the set's batches are not its rows as stored.
        package func withRows<R>(
            of position: Int,
            _ body: (_ inputs: Tensor, _ labels: Tensor, _ positions: Range<Int>, _ order: UnsafeBufferPointer<Int64>?) -> R
        ) -> R? {
            guard let rows else { return nil }
            let positions = positions(of: position)
            guard let order else { return body(rows.inputs, rows.labels, positions, nil) }
            return order.withUnsafeBufferPointer { body(rows.inputs, rows.labels, positions, $0) }
        }

        /// How many examples batch number `position` holds.
        public func rowCount(of position: Int) -> Int { positions(of: position).count }

        /// Part `shard` of `shards` of batch number `position`, for data-parallel
        /// training: the batch's examples cut into `shards` runs whose lengths
        /// differ by at most one, the longer first (`nil` for an empty one, when
        /// the batch holds fewer examples than there are shards). Every rank
        /// sees the same epoch order, so the shards of all ranks together are
        /// the batch a single process would take (PyTorch's
        /// `DistributedSampler`, cut per batch).
        public func shard(_ shard: Int, of shards: Int, ofBatch position: Int) -> Batch? {
            precondition(shards >= 1 && (0..<shards).contains(shard), "DataLoader: shard \(shard) of \(shards)")
            let rows = positions(of: position)
            let base = rows.count / shards, extra = rows.count % shards
            let start = rows.lowerBound + shard * base + Swift.min(shard, extra)
            let end = start + base + (shard < extra ? 1 : 0)
            return end > start ? batch(of: start ..< end) : nil
        }

        /// The positions in the epoch order that batch `position` takes.
        private func positions(of position: Int) -> Range<Int> {
            precondition(position >= 0 && position < batchCount, "DataLoader: batch \(position) is outside 0..<\(batchCount)")
            let start = position * rowsPerBatch
            return start ..< Swift.min(start + rowsPerBatch, dataset.count)
        }

        private func batch(of positions: Range<Int>) -> Batch {
            guard let order else { return dataset.batch(rows: positions) }
            let picks = Tensor(shape: [positions.count], of: Int64.self) { picks in
                _ = picks.initialize(from: order[positions])
            }
            return dataset.batch(indices: picks)
        }
    }
}
