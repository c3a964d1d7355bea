import AxonPrimer
import XCTest

final class BatchSizeExperimentTests: XCTestCase {
    func testBatchDescentIsSmoothStochasticDescentNoisyAndFaster() throws {
        let result = try BatchSizeExperiment().run(seed: 0)
        XCTAssertEqual(result.runs.map(\.optimizer.name), ["Batch", "Stochastic", "Mini-batch"])
        let (batch, stochastic, mini) = (result.runs[0], result.runs[1], result.runs[2])
        XCTAssertEqual(batch.increases, 0, "batch gradient descent with a small step never goes up")
        XCTAssertGreaterThan(stochastic.increases, stochastic.stepLosses.count / 10)
        XCTAssertGreaterThan(stochastic.increases, mini.increases)
        XCTAssertGreaterThan(mini.increases, batch.increases)
        for run in result.runs {
            XCTAssertLessThan(try XCTUnwrap(run.epochLosses.last), run.epochLosses[0], run.optimizer.name)
        }
        // Per epoch, many small steps buy more than one exact one.
        XCTAssertLessThan(try XCTUnwrap(stochastic.epochLosses.last), try XCTUnwrap(mini.epochLosses.last))
        XCTAssertLessThan(try XCTUnwrap(mini.epochLosses.last), try XCTUnwrap(batch.epochLosses.last))
    }

    func testStepsAndSamplesSeen() throws {
        var experiment = BatchSizeExperiment()
        experiment.samplesPerClass = 20
        experiment.epochs = 2
        experiment.miniBatchSize = 10
        let result = try experiment.run(seed: 1)
        XCTAssertEqual(result.samples, 40)
        XCTAssertEqual(result.runs.map { $0.batchLosses.count }, [2, 80, 8])
        for run in result.runs {
            XCTAssertEqual(run.samplesSeen.count, run.batchLosses.count + 1)
            XCTAssertEqual(run.stepLosses.count, run.batchLosses.count + 1)
            XCTAssertEqual(run.samplesSeen.last, 80)
            XCTAssertEqual(run.epochLosses.count, 3)
            XCTAssertEqual(run.epochLosses[0], run.stepLosses[0], "every method starts from the same network")
            XCTAssertEqual(run.epochLosses.last, run.stepLosses.last)
        }
        XCTAssertEqual(result, try experiment.run(seed: 1))
        XCTAssertNotEqual(result.runs[0].epochLosses[0], try experiment.run(seed: 2).runs[0].epochLosses[0])
    }
}
