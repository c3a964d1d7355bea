import AxonPrimer
import XCTest

final class LearningRateExperimentTests: XCTestCase {
    func testTooLargeDivergesAndTooSmallHasNotConvergedWhenTheRightOneHas() throws {
        for seed: UInt64 in 0 ..< 3 {
            let result = try LearningRateExperiment().run(seed: seed)
            XCTAssertEqual(result.runs.map(\.label), ["too small", "right", "too large"])
            let (small, right, large) = (result.runs[0], result.runs[1], result.runs[2])

            let converged = try XCTUnwrap(right.convergenceStep, "seed \(seed)")
            XCTAssertNil(right.divergenceStep)
            XCTAssertLessThan(right.path.gradientNorms[converged], result.gradientTolerance)
            XCTAssertGreaterThan(small.path.gradientNorms[converged], result.gradientTolerance)
            XCTAssertGreaterThan(small.path.losses[converged], 2 * right.path.losses[converged])
            XCTAssertNil(small.divergenceStep)

            let diverged = try XCTUnwrap(large.divergenceStep, "seed \(seed)")
            XCTAssertEqual(large.path.steps, diverged, "the run stops where it diverges")
            XCTAssertGreaterThan(large.path.losses[diverged], result.divergenceFactor * large.path.losses[0])
            XCTAssertTrue(large.path.losses[..<diverged].allSatisfy { $0 <= result.divergenceFactor * large.path.losses[0] })
            XCTAssertNil(large.convergenceStep)
        }
    }

    func testTheTooLargeRateOscillates() throws {
        let large = try LearningRateExperiment().run(seed: 0).runs[2]
        // Consecutive steps point back the way the one before came: the path overshoots the valley floor.
        let points = large.path.points
        var reversals = 0
        for t in 1 ..< points.count - 1 {
            let first = (points[t].x - points[t - 1].x, points[t].y - points[t - 1].y)
            let second = (points[t + 1].x - points[t].x, points[t + 1].y - points[t].y)
            if first.0 * second.0 + first.1 * second.1 < 0 { reversals += 1 }
        }
        XCTAssertGreaterThan(Double(reversals), 0.8 * Double(points.count - 2))
    }

    func testTheSettingsTheCaptionPrints() throws {
        let result = try LearningRateExperiment().run(seed: 0)
        XCTAssertEqual(result.runs.map(\.path.optimizer.learningRate), [0.02, 0.4, 0.55])
        XCTAssertEqual(result.runs[1].path.optimizer.summary, "Gradient descent: lr 0.4")
        XCTAssertEqual(result.divergenceFactor, 1e6)
        XCTAssertEqual(result.gradientTolerance, 1e-3)
        XCTAssertEqual(result, try LearningRateExperiment().run(seed: 0))
    }
}
