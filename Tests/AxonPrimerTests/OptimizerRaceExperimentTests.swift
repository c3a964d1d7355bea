import AxonPrimer
import Foundation
import XCTest

final class OptimizerRaceExperimentTests: XCTestCase {
    func testEveryOptimizerLowersTheLossAndTheAdaptiveOnesLead() throws {
        let result = try OptimizerRaceExperiment().run(seed: 0)
        XCTAssertEqual(result.dataset, "spiral")
        XCTAssertEqual(result.sizes, [2, 32, 32, 3])
        XCTAssertEqual(result.runs.map(\.optimizer.name),
                       ["BGD", "SGD", "Mini-batch", "Momentum", "AdaGrad", "RMSProp", "Adam"])
        let start = result.runs[0].losses[0]
        for run in result.runs {
            XCTAssertEqual(run.losses.count, result.epochs + 1)
            XCTAssertEqual(run.losses[0], start, "same initial weights")
            XCTAssertLessThan(try XCTUnwrap(run.losses.last), start, run.optimizer.name)
        }
        let final = Dictionary(uniqueKeysWithValues: result.runs.map { ($0.optimizer.name, $0) })
        for name in ["AdaGrad", "RMSProp", "Adam"] {
            let run = try XCTUnwrap(final[name])
            XCTAssertLessThan(try XCTUnwrap(run.losses.last), try XCTUnwrap(final["Mini-batch"]?.losses.last), name)
            XCTAssertGreaterThan(run.trainingAccuracy, 0.95, name)
        }
        XCTAssertLessThan(try XCTUnwrap(final["BGD"]?.trainingAccuracy), 0.8, "one step per epoch is slow")
    }

    func testSmallRaceIsDeterministicAndFollowsTheSeed() throws {
        var experiment = OptimizerRaceExperiment()
        experiment.spiralSamplesPerClass = 20
        experiment.hiddenSizes = [8]
        experiment.epochs = 2
        let result = try experiment.run(seed: 1)
        XCTAssertEqual(result.trainingSamples, 60)
        XCTAssertEqual(result.testSamples, 300)
        XCTAssertEqual(result.sizes, [2, 8, 3])
        for run in result.runs {
            XCTAssertEqual(run.losses.count, 3)
            XCTAssertNotNil(run.testAccuracy)
            XCTAssertTrue((0 ... 1).contains(run.trainingAccuracy))
        }
        XCTAssertEqual(result, try experiment.run(seed: 1))
        XCTAssertNotEqual(result.runs[0].losses, try experiment.run(seed: 2).runs[0].losses)
    }

    /// Runs only where `AXON_MNIST_DIR` names a directory of the MNIST files.
    func testMNISTRace() throws {
        guard let directory = ProcessInfo.processInfo.environment["AXON_MNIST_DIR"] else {
            throw XCTSkip("set AXON_MNIST_DIR to a directory of the MNIST files")
        }
        var experiment = OptimizerRaceExperiment(mnist: URL(fileURLWithPath: directory))
        experiment.mnistTrainingImages = 500
        experiment.epochs = 1
        experiment.optimizers = experiment.optimizers.filter { ["BGD", "Adam"].contains($0.name) }
        let result = try experiment.run(seed: 0)
        XCTAssertEqual(result.dataset, "mnist")
        XCTAssertEqual(result.trainingSamples, 500)
        XCTAssertEqual(result.testSamples, 10_000)
        XCTAssertEqual(result.sizes, [784, 64, 10])
        for run in result.runs { XCTAssertLessThan(try XCTUnwrap(run.losses.last), run.losses[0]) }
    }
}
