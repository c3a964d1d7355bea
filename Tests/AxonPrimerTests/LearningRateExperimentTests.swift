import AxonPrimer
import XCTest

final class LearningRateExperimentTests: XCTestCase {
    func testTooLargeDivergesAndTooSmallHasNotConvergedWhenTheRightOneHas() throws {
        for seed: UInt64 in 0 ..< 12 {
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

    /// The curvatures of L(w, b) = (1/n) Σ (w·xᵢ + b − yᵢ)² by hand: its
    /// Hessian is 2·[[mean x², mean x], [mean x, 1]].
    func curvatures(_ data: [Point2D]) -> (largest: Double, smallest: Double) {
        let n = Double(data.count)
        let a = 2 * data.map { $0.x * $0.x }.reduce(0, +) / n, b = 2 * data.map(\.x).reduce(0, +) / n, d = 2.0
        let spread = ((a - d) * (a - d) / 4 + b * b).squareRoot()
        return ((a + d) / 2 + spread, (a + d) / 2 - spread)
    }

    func testTheStepSizesFollowFromTheSurfacesCurvature() throws {
        for seed: UInt64 in [0, 5, 14] {
            let result = try LearningRateExperiment().run(seed: seed)
            let data = try GradientDescentExperiment().run(seed: seed).data
            let (largest, smallest) = curvatures(data)
            XCTAssertEqual(result.stabilityLimit, 2 / largest, accuracy: 1e-12)
            let rates = result.runs.map(\.path.optimizer.learningRate)
            let optimal = 2 / (largest + smallest)
            XCTAssertLessThanOrEqual(rates[1], optimal, "right: 2/(λ + μ) rounded down")
            XCTAssertGreaterThan(rates[1], 0.9 * optimal)
            XCTAssertGreaterThanOrEqual(rates[2], 1.1 * result.stabilityLimit, "too large: past the limit")
            XCTAssertEqual(rates[0], rates[1] / 20, accuracy: 0.05 * rates[1] / 20)
            XCTAssertEqual(try GradientDescentExperiment().run(seed: seed).path.optimizer.learningRate, rates[1],
                           "figure 8 descends with figure 9's right step")
        }
    }

    func testTheSettingsTheCaptionPrints() throws {
        let result = try LearningRateExperiment().run(seed: 0)
        XCTAssertEqual(result.runs.map(\.path.optimizer.learningRate), [0.022, 0.44, 0.53])
        XCTAssertEqual(result.runs[1].path.optimizer.summary, "Gradient descent: lr 0.44")
        XCTAssertEqual(result.divergenceFactor, 1e6)
        XCTAssertEqual(result.gradientTolerance, 1e-3)
        XCTAssertEqual(result, try LearningRateExperiment().run(seed: 0))
    }
}
