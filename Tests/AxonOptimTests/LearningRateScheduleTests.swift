import XCTest
@testable import AxonOptim

/// The schedules' closed forms against PyTorch's recursive updates, as
/// `Fixtures/make_schedules.py` writes them from the torch.optim.lr_scheduler
/// documentation (its output pasted below).
final class LearningRateScheduleTests: XCTestCase {
    // python3 Tests/AxonOptimTests/Fixtures/make_schedules.py
    let stepExpected: [Double] = [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125]
    let multiStepExpected: [Double] = [0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.00010000000000000005, 0.00010000000000000005, 0.00010000000000000005, 1.0000000000000006e-05, 1.0000000000000006e-05]
    let exponentialExpected: [Double] = [0.2, 0.18000000000000002, 0.16200000000000003, 0.14580000000000004, 0.13122000000000003, 0.11809800000000004, 0.10628820000000004, 0.09565938000000004]
    let cosineExpected: [Double] = [0.1, 0.09757729755661011, 0.0905463412215599, 0.07959536998847742, 0.0657963412215599, 0.0505, 0.03520365877844011, 0.02140463001152259, 0.010453658778440109, 0.0034227024433899004, 0.001, 0.0034227024433899004, 0.01045365877844014, 0.02140463001152267, 0.035203658778440255, 0.05050000000000022, 0.06579634122156018, 0.07959536998847777, 0.09054634122156031, 0.09757729755661054, 0.10000000000000045, 0.09757729755661054, 0.09054634122156033, 0.07959536998847778, 0.0657963412215602]
    let linearExpected: [Double] = [0.016666666666666666, 0.023333333333333334, 0.030000000000000002, 0.036666666666666674, 0.04333333333333334, 0.05, 0.05, 0.05]
    let linearDownExpected: [Double] = [0.05, 0.040625, 0.03125, 0.021875, 0.012499999999999999, 0.012499999999999999]
    let oneCycleExpected: [Double] = [0.0040000000000000036, 0.013167184270002533, 0.037167184270002526, 0.06683281572999747, 0.09083281572999748, 0.1, 0.09874640062350874, 0.09504846320134738, 0.089091617757105, 0.0811745653949763, 0.07169430017913009, 0.06112620219362893, 0.0500002, 0.03887419780637107, 0.028306099820869922, 0.0188258346050237, 0.010908782242895003, 0.004951936798652629, 0.0012539993764912555, 4e-07]
    let oneCycleThreePhaseLinearExpected: [Double] = [0.004, 0.028, 0.052000000000000005, 0.07600000000000001, 0.1, 0.07600000000000001, 0.052000000000000005, 0.027999999999999997, 0.0040000000000000036, 0.0036364, 0.0032728, 0.0029092000000000002, 0.0025456000000000003, 0.002182, 0.0018184000000000004, 0.0014548, 0.0010912, 0.0007276000000000001, 0.0003640000000000002, 4.0000000000022656e-07]
    let warmupCosineExpected: [Double] = [0.010000000000000002, 0.03250000000000001, 0.055000000000000014, 0.07750000000000003, 0.1, 0.09619397662556434, 0.08535533905932738, 0.0691341716182545, 0.05, 0.030865828381745515, 0.014644660940672627, 0.0038060233744356634, 0.0, 0.0038060233744356634]
    let plateauMetrics: [Double] = [1.0, 0.9, 0.9, 0.9, 0.89995, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8]
    let plateauExpected: [Double] = [0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.025]

    /// Closed forms and recursions differ only by rounding; values near 0 get the same slack absolutely.
    func assertRates(_ schedule: LearningRateSchedule, _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        assertClose(schedule.rates(count: expected.count), expected, rtol: Tolerance.schedule, atol: 1e-15, file: file, line: line)
    }

    func testConstant() {
        XCTAssertEqual(LearningRateSchedule.constant(0.3).rates(count: 3), [0.3, 0.3, 0.3])
    }

    func testStepDecay() throws {
        assertRates(try .step(learningRate: 0.1, stepSize: 3, gamma: 0.5), stepExpected)
        XCTAssertEqual(try LearningRateSchedule.step(learningRate: 1, stepSize: 2)(2), 0.1, "gamma defaults to 0.1")
    }

    func testMultiStepDecayCountsRepeatedMilestones() throws {
        assertRates(try .multiStep(learningRate: 0.1, milestones: [2, 5, 5, 8]), multiStepExpected)
    }

    func testExponentialDecay() throws {
        assertRates(try .exponential(learningRate: 0.2, gamma: 0.9), exponentialExpected)
    }

    func testCosineAnnealingFollowsThePeriodicCosinePastTheEnd() throws {
        assertRates(try .cosineAnnealing(learningRate: 0.1, steps: 10, minimumLearningRate: 0.001), cosineExpected)
    }

    func testLinearWarmupWithPyTorchDefaults() throws {
        assertRates(try .linearWarmup(learningRate: 0.05), linearExpected)
        assertRates(try .linearWarmup(learningRate: 0.05, startFactor: 1, endFactor: 0.25, steps: 4), linearDownExpected)
    }

    func testOneCycle() throws {
        assertRates(try .oneCycle(maxLearningRate: 0.1, totalSteps: 20), oneCycleExpected)
        assertRates(
            try .oneCycle(maxLearningRate: 0.1, totalSteps: 20, warmupFraction: 0.25, annealing: .linear, threePhase: true),
            oneCycleThreePhaseLinearExpected)
        let schedule = try LearningRateSchedule.oneCycle(maxLearningRate: 0.1, totalSteps: 20)
        XCTAssertEqual(schedule(25), schedule(19), "the rate stays at its final value after the cycle")
    }

    func testWarmupThenCosine() throws {
        let warmup = try LearningRateSchedule.linearWarmup(learningRate: 0.1, startFactor: 0.1, steps: 4)
        let cosine = try LearningRateSchedule.cosineAnnealing(learningRate: 0.1, steps: 8)
        assertRates(try .sequential([warmup, cosine], milestones: [4]), warmupCosineExpected)
        assertRates(warmup.then(cosine, after: 4), warmupCosineExpected)
    }

    func testSequentialRestartsEachScheduleAtItsMilestone() throws {
        let schedule = try LearningRateSchedule.sequential(
            [.constant(1), try .exponential(learningRate: 0.5, gamma: 0.5), .constant(7)], milestones: [2, 4])
        XCTAssertEqual(schedule.rates(count: 6), [1, 1, 0.5, 0.25, 7, 7])
    }

    func testReduceOnPlateau() throws {
        var plateau = try ReduceLearningRateOnPlateau(learningRate: 0.1, factor: 0.5, patience: 2, cooldown: 1)
        let rates = plateauMetrics.map { plateau.step(metric: $0) }
        XCTAssertEqual(rates, plateauExpected)
    }

    func testReduceOnPlateauDefaultsAndModes() throws {
        // Defaults: mode min, factor 0.1, patience 10: the 11th step without improvement cuts the rate.
        var plateau = try ReduceLearningRateOnPlateau(learningRate: 1)
        XCTAssertEqual(plateau.step(metric: 5), 1)
        for _ in 0..<10 { XCTAssertEqual(plateau.step(metric: 5), 1) }
        XCTAssertEqual(plateau.step(metric: 5), 0.1, accuracy: 1e-15)

        // Mode max with an absolute threshold: 0.5 → 0.55 is not better by more than 0.1.
        var accuracy = try ReduceLearningRateOnPlateau(learningRate: 1, mode: .max, patience: 0, threshold: 0.1, thresholdMode: .absolute)
        XCTAssertEqual(accuracy.step(metric: 0.5), 1)
        XCTAssertEqual(accuracy.step(metric: 0.55), 0.1, accuracy: 1e-15)
        XCTAssertEqual(accuracy.step(metric: 0.7), 0.1, accuracy: 1e-15)

        // The rate stops at its minimum.
        var floored = try ReduceLearningRateOnPlateau(learningRate: 1, patience: 0, minimumLearningRate: 0.05)
        for metric in [3.0, 3, 3, 3] { _ = floored.step(metric: metric) }
        XCTAssertEqual(floored.learningRate, 0.05)
    }

    func testInvalidSettingsAreRejectedWithTheirValues() {
        assertThrows("step schedule: invalid stepSize 0 (must be >= 1)") { try LearningRateSchedule.step(learningRate: 0.1, stepSize: 0) }
        assertThrows("linear warm-up schedule: invalid startFactor 0.0 (must be in (0, 1])") {
            try LearningRateSchedule.linearWarmup(learningRate: 0.1, startFactor: 0)
        }
        assertThrows("linear warm-up schedule: invalid endFactor 1.5 (must be in [0, 1])") {
            try LearningRateSchedule.linearWarmup(learningRate: 0.1, endFactor: 1.5)
        }
        assertThrows("cosine annealing schedule: invalid learningRate -0.1 (must be >= 0)") {
            try LearningRateSchedule.cosineAnnealing(learningRate: -0.1, steps: 10)
        }
        assertThrows("one-cycle schedule: invalid warmupFraction 1.5 (must be in [0, 1])") {
            try LearningRateSchedule.oneCycle(maxLearningRate: 0.1, totalSteps: 10, warmupFraction: 1.5)
        }
        assertThrows("one-cycle schedule: invalid totalSteps 0 (must be >= 1)") {
            try LearningRateSchedule.oneCycle(maxLearningRate: 0.1, totalSteps: 0)
        }
        assertThrows("sequential schedule: expected 1 milestones for 2 schedules, got 0") {
            try LearningRateSchedule.sequential([.constant(1), .constant(2)], milestones: [])
        }
        assertThrows("sequential schedule: invalid milestone 3 (must be > 5, the one before)") {
            try LearningRateSchedule.sequential([.constant(1), .constant(2), .constant(3)], milestones: [5, 3])
        }
        assertThrows("ReduceLearningRateOnPlateau: invalid factor 1.0 (must be in [0, 1))") {
            try ReduceLearningRateOnPlateau(learningRate: 0.1, factor: 1)
        }
    }
}
