import AxonPrimer
import XCTest

final class OptimizerPathsExperimentTests: XCTestCase {
    func testOnTheValleyGradientDescentZigZagsAndEveryOptimizerReachesTheFloor() throws {
        let valley = try OptimizerPathsExperiment().run().valley
        XCTAssertEqual(valley.paths.map(\.optimizer.name), ["Gradient descent", "Momentum", "AdaGrad", "RMSProp", "Adam"])
        let descent = valley.paths[0]
        // Across the valley each step overshoots the floor: y changes sign at every step.
        for t in 0 ..< 10 { XCTAssertLessThan(descent.points[t].y * descent.points[t + 1].y, 0, "step \(t)") }
        // Along the valley it crawls: after 10 steps x has gone less than two thirds of the way.
        XCTAssertLessThan(descent.points[10].x, valley.start.x / 3)
        for path in valley.paths {
            XCTAssertEqual(path.points[0], valley.start)
            XCTAssertEqual(path.steps, 60)
            XCTAssertLessThan(try XCTUnwrap(path.losses.last), 0.01 * path.losses[0], path.optimizer.name)
        }
    }

    func testOnTheSaddleGradientDescentStallsAndTheAdaptiveMethodsEscape() throws {
        let saddle = try OptimizerPathsExperiment().run().saddle
        let paths = Dictionary(uniqueKeysWithValues: saddle.paths.map { ($0.optimizer.name, $0) })
        let descent = try XCTUnwrap(paths["Gradient descent"])
        let end = try XCTUnwrap(descent.points.last)
        XCTAssertLessThan(abs(end.x), 0.01, "it reached the saddle point...")
        XCTAssertLessThan(abs(end.y), 0.1, "...and is still there")
        XCTAssertGreaterThan(try XCTUnwrap(descent.losses.last), -0.01)
        for name in ["AdaGrad", "RMSProp", "Adam", "Momentum"] {
            let path = try XCTUnwrap(paths[name])
            XCTAssertLessThan(try XCTUnwrap(path.losses.last), -0.2, "\(name) reaches a minimum (−0.25)")
            XCTAssertGreaterThan(abs(try XCTUnwrap(path.points.last).y), 0.8, name)
        }
    }

    func testTheHyperParametersAreInTheResult() throws {
        let result = try OptimizerPathsExperiment().run()
        XCTAssertEqual(result.saddle.paths.map(\.optimizer.summary), [
            "Gradient descent: lr 0.05",
            "Momentum: lr 0.05, momentum 0.9",
            "AdaGrad: lr 0.5, eps 1e-10",
            "RMSProp: lr 0.05, alpha 0.99, eps 1e-08",
            "Adam: lr 0.05, beta1 0.9, beta2 0.999, eps 1e-08",
        ])
        XCTAssertEqual(result.valley.formula, "f(x, y) = x²/20 + y²")
        XCTAssertEqual(result.valley.grid.values.count, 121 * 121)
        XCTAssertEqual(result.valley.grid.value(row: 60, column: 60), 0, accuracy: exactTolerance)
        XCTAssertEqual(result, try OptimizerPathsExperiment().run())
    }
}
