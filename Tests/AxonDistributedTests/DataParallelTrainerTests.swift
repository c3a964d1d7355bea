import AxonData
import AxonDistributed
import AxonNN
import AxonOptim
import AxonTensor
@testable import AxonTrain
import Foundation
import XCTest

/// Ranks as threads of this process: a stand-in for MPI that runs anywhere.
/// Every collective is an exchange: each rank leaves its bytes, and once all
/// have, each reads all of them (sums are taken in rank order, so every rank
/// computes the same bits).
final class ThreadGroup: @unchecked Sendable {
    let size: Int
    private let condition = NSCondition()
    private var deposits: [[UInt8]]
    private var snapshot: [[UInt8]] = []
    private var arrived = 0
    private var generation = 0

    init(size: Int) {
        self.size = size
        deposits = Array(repeating: [], count: size)
    }

    func exchange(rank: Int, _ bytes: [UInt8]) -> [[UInt8]] {
        condition.lock()
        defer { condition.unlock() }
        let mine = generation
        deposits[rank] = bytes
        arrived += 1
        if arrived == size {
            snapshot = deposits
            arrived = 0
            generation += 1
            condition.broadcast()
        } else {
            while generation == mine { condition.wait() }
        }
        return snapshot
    }

    final class Rank: Communicator, @unchecked Sendable {
        let group: ThreadGroup
        let rank: Int
        var size: Int { group.size }
        /// Collectives called, to check that an idle rank still takes part.
        var collectives = 0

        init(_ group: ThreadGroup, rank: Int) {
            self.group = group
            self.rank = rank
        }

        private func reduce<T: BinaryFloatingPoint>(_ values: UnsafeMutableBufferPointer<T>, _ operation: ReduceOperation) {
            collectives += 1
            let all = group.exchange(rank: rank, Array(UnsafeRawBufferPointer(values)))
            for i in values.indices {
                var total: T = 0
                for bytes in all { total += bytes.withUnsafeBytes { $0.load(fromByteOffset: i * MemoryLayout<T>.stride, as: T.self) } }
                values[i] = operation == .mean ? total / T(size) : total
            }
        }

        func allReduce(_ values: UnsafeMutableBufferPointer<Float>, _ operation: ReduceOperation) { reduce(values, operation) }
        func allReduce(_ values: UnsafeMutableBufferPointer<Double>, _ operation: ReduceOperation) { reduce(values, operation) }

        func broadcast(_ bytes: UnsafeMutableRawBufferPointer, from root: Int) {
            collectives += 1
            let all = group.exchange(rank: rank, Array(UnsafeRawBufferPointer(bytes)))
            all[root].withUnsafeBytes { bytes.copyMemory(from: $0) }
        }

        func barrier() { _ = group.exchange(rank: rank, []) }
    }
}

final class DataParallelTrainerTests: XCTestCase {
    /// The spiral's 900 points in batches of 128: seven full batches and one of 4.
    static let data = SyntheticData.spiral(seed: 5).train

    /// Trains a 2-16-16-3 float64 network for 2 epochs with `optimizer` on
    /// `communicator`; rank r's network starts from seed r, so only rank 0's
    /// broadcast can make them agree.
    static func train(on communicator: any Communicator, optimizer: String) throws -> [Double] {
        var generator = RandomGenerator(seed: UInt64(communicator.rank) + 1)
        let model = Sequential.multilayerPerceptron(sizes: [2, 16, 16, 3], dtype: .float64, generator: &generator)
        let step: any Optimizer = optimizer == "sgd"
            ? try SGD(model, learningRate: 0.1, momentum: 0.9) : try Adam(model, learningRate: 0.01)
        let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: step, progress: nil)
        trainer.communicator = communicator
        try trainer.fit(DataLoader(data, batchSize: .size(128), seed: 9), epochs: 2)
        return model.namedParameters.flatMap { $0.parameter.value.doubles }
    }

    /// Runs `ranks` trainers on threads and returns each rank's weights.
    static func trainOnThreads(ranks: Int, optimizer: String) throws -> [[Double]] {
        let group = ThreadGroup(size: ranks)
        let results = Results(count: ranks)
        onThreads(ranks) { rank in
            results.set(rank, Result { try train(on: ThreadGroup.Rank(group, rank: rank), optimizer: optimizer) })
        }
        return try results.values.map { try $0!.get() }
    }

    /// Runs body(0) ..< body(count - 1) on as many threads at once (Dispatch's
    /// concurrentPerform runs only as many as there are cores, and ranks wait
    /// for each other).
    static func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let done = DispatchGroup()
        for rank in 0 ..< count {
            done.enter()
            let thread = Thread {
                body(rank)
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        done.wait()
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<[Double], any Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<[Double], any Error>) { lock.withLock { values[index] = value } }
    }

    /// Two ranks split every batch evenly, three unevenly (43/43/42, and the
    /// last batch of 4 as 2/1/1), five leave the fifth rank idle in the last
    /// batch: each run's weights equal one process's to 1e-12, and every
    /// rank's weights are the same bits.
    func testRanksFollowOneProcess() throws {
        for optimizer in ["sgd", "adam"] {
            let one = try Self.train(on: SingleProcess(), optimizer: optimizer)
            for ranks in [2, 3, 5] {
                let weights = try Self.trainOnThreads(ranks: ranks, optimizer: optimizer)
                for rank in 1 ..< ranks {
                    XCTAssertEqual(weights[rank], weights[0], "\(optimizer), \(ranks) ranks: rank \(rank) differs from rank 0")
                }
                let scale = one.map(abs).max()!
                let difference = zip(one, weights[0]).map { abs($0 - $1) }.max()!
                XCTAssertLessThanOrEqual(difference / scale, 1e-12, "\(optimizer), \(ranks) ranks")
                XCTAssertNotEqual(weights[0], one, "\(optimizer), \(ranks) ranks: the same bits as one process")
            }
        }
    }

    /// Evaluation dealt out to 3 ranks gives every rank one process's
    /// numbers, bit for bit: classification (loss, confusion matrix) and
    /// regression (loss, MAE, R²).
    func testShardedEvaluationEqualsOneProcesss() throws {
        for which in 0 ..< 2 {
            let (evaluator, dataset) = Self.evaluationCase(which)
            let one = evaluator.evaluate(dataset, batchSize: 64)
            let group = ThreadGroup(size: 3)
            let results = Results(count: 3)
            Self.onThreads(3) { rank in
                // Each rank its own copy of the model, as each process has.
                let (evaluator, dataset) = Self.evaluationCase(which)
                results.set(rank, Result {
                    let shared = try evaluator.evaluate(dataset, batchSize: 64, sharedBy: ThreadGroup.Rank(group, rank: rank))
                    return Self.numbers(shared)
                })
            }
            for result in results.values { XCTAssertEqual(try result!.get(), Self.numbers(one), "case \(which)") }
        }
    }

    /// A spiral classifier on the 300 test points (5 batches of 64: ranks get
    /// 2, 2 and 1), or a two-output regressor on 150 rows.
    static func evaluationCase(_ which: Int) -> (Evaluator, any Dataset) {
        var generator = RandomGenerator(seed: 4)
        if which == 0 {
            let classifier = Sequential.multilayerPerceptron(sizes: [2, 8, 3], generator: &generator)
            return (Evaluator(model: classifier, loss: Loss.crossEntropy, encoding: .classIndices), SyntheticData.spiral(seed: 5).test!)
        }
        let regressor = Sequential.multilayerPerceptron(sizes: [2, 8, 2], generator: &generator)
        let rows = TensorDataset(inputs: (0 ..< 150).map { [Float($0) / 150, Float($0 % 7)] },
                                 targets: (0 ..< 150).map { [Float($0 % 5), -Float($0) / 75] })
        return (Evaluator(model: regressor, loss: Loss.meanSquaredError, encoding: .values), rows)
    }

    /// Loss, accuracy, MAE, R² and the confusion matrix's counts, as numbers.
    static func numbers(_ evaluation: Evaluation) -> [Double] {
        [evaluation.loss, evaluation.accuracy ?? -1, evaluation.meanAbsoluteError ?? -1, evaluation.rSquared ?? -1]
            + (evaluation.confusionMatrix?.counts.joined().map(Double.init) ?? [])
    }

    func testShardsCoverTheBatchInOrderWithLengthsOneApart() {
        let order = DataLoader(Self.data, batchSize: .size(128), seed: 9).batches(epoch: 0)
        for batch in [0, order.count - 1] {
            let whole = order[batch].inputs.doubles
            for shards in [1, 2, 3, 5, 7] {
                let parts = (0 ..< shards).map { order.shard($0, of: shards, ofBatch: batch) }
                XCTAssertEqual(parts.compactMap { $0 }.flatMap { $0.inputs.doubles }, whole, "batch \(batch), \(shards) shards")
                let lengths = parts.map { $0?.count ?? 0 }
                XCTAssertLessThanOrEqual(lengths.max()! - lengths.min()!, 1)
                XCTAssertEqual(lengths, lengths.sorted(by: >), "the longer shards first")
                XCTAssertEqual(lengths.reduce(0, +), order.rowCount(of: batch))
            }
        }
        // The last batch holds 4 rows: a fifth shard is empty.
        XCTAssertNil(order.shard(4, of: 5, ofBatch: order.count - 1))
    }

    func testBucketsHoldWholeParametersUpToTheirSize() {
        let parameters = [3, 5, 2, 8, 1].map { Parameter(Tensor.zeros([$0], dtype: .float32)) }
        // 8 float32 values (32 bytes) per bucket, a larger parameter alone.
        XCTAssertEqual(GradientBuckets(parameters: parameters, dtype: .float32, bucketBytes: 32).buckets, [0 ..< 2, 2 ..< 3, 3 ..< 4, 4 ..< 5])
        XCTAssertEqual(GradientBuckets(parameters: parameters, dtype: .float32).buckets, [0 ..< 5])
    }

    /// A parameter no rank has a gradient for keeps none (the optimizer skips
    /// it, as in one process); one that some rank has is summed.
    func testOnlyParametersWithAGradientSomewhereGetOne() throws {
        let group = ThreadGroup(size: 2)
        let results = Results(count: 2)
        Self.onThreads(2) { rank in
            let used = Parameter(Tensor([1, 2] as [Double], shape: [2]))
            let unused = Parameter(Tensor([3] as [Double], shape: [1]))
            let halfUsed = Parameter(Tensor([4] as [Double], shape: [1]))
            used.grad = Tensor([Double(rank + 1), 10], shape: [2])
            if rank == 0 { halfUsed.grad = Tensor([5] as [Double], shape: [1]) }
            let buckets = GradientBuckets(parameters: [used, unused, halfUsed], dtype: .float64, bucketBytes: 8)
            results.set(rank, Result {
                let totals = try buckets.synchronize(rows: 1, batchRows: 2, lossSum: Double(rank) + 0.5, correct: rank,
                                                     over: ThreadGroup.Rank(group, rank: rank))
                XCTAssertNil(unused.grad)
                return used.grad!.doubles + halfUsed.grad!.doubles + [totals.lossSum, Double(totals.correct)]
            })
        }
        for result in results.values {
            // (1 + 2)/2, (10 + 10)/2; 5/2; loss 0.5 + 1.5; correct 0 + 1.
            XCTAssertEqual(try result!.get(), [1.5, 10, 2.5, 2, 1])
        }
    }
}
