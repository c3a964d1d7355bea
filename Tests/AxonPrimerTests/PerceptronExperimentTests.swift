import AxonPrimer
import XCTest

final class PerceptronExperimentTests: XCTestCase {
    func testConvergesOnSeparableClassesAndTheLastLineSeparatesThem() throws {
        for seed: UInt64 in 0 ..< 8 {
            let result = try PerceptronExperiment().run(seed: seed)
            XCTAssertTrue(result.converged, "seed \(seed)")
            XCTAssertEqual(result.mistakesPerEpoch.last, 0)
            XCTAssertTrue(result.mistakesPerEpoch.dropLast().allSatisfy { $0 > 0 })
            XCTAssertEqual(result.lines.count, result.epochs + 1)
            XCTAssertEqual(result.misclassifiedAfterEpoch.count, result.epochs + 1)
            XCTAssertEqual(result.convergedAfterEpoch, result.epochs - 1)
            // The final line puts every point on its class's side, by plain arithmetic.
            let line = try XCTUnwrap(result.lines.last)
            for point in result.points {
                let side = line.w1 * point.x + line.w2 * point.y + line.b > 0 ? 1 : 0
                XCTAssertEqual(side, point.label)
            }
            XCTAssertEqual(result.misclassifiedAfterEpoch.last, 0)
            // An epoch without mistakes changes nothing.
            XCTAssertEqual(result.lines[result.epochs], result.lines[result.epochs - 1])
        }
    }

    func testRecordsTheRandomStartAndTheFigureSettings() throws {
        let result = try PerceptronExperiment().run(seed: 0)
        XCTAssertEqual(result.points.count, 40)
        XCTAssertEqual(result.points.filter { $0.label == 1 }.count, 20)
        XCTAssertTrue(result.lines[0].isDefined)
        XCTAssertGreaterThanOrEqual(2 * result.misclassifiedAfterEpoch[0], result.points.count)
        for point in result.points {
            XCTAssertTrue(result.box.xMin + 0.5 <= point.x && point.x <= result.box.xMax - 0.5)
            XCTAssertTrue(result.box.yMin + 0.5 <= point.y && point.y <= result.box.yMax - 0.5)
        }
        XCTAssertGreaterThan(result.epochs, 2, "the default seed should show the line turning over several epochs")
        XCTAssertEqual(result.learningRate, 0.03)
    }

    func testSameSeedSameResultDifferentSeedDifferentData() throws {
        let experiment = PerceptronExperiment()
        XCTAssertEqual(try experiment.run(seed: 5), try experiment.run(seed: 5))
        XCTAssertNotEqual(try experiment.run(seed: 5).points, try experiment.run(seed: 6).points)
    }
}
