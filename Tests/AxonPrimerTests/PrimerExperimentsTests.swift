import AxonPrimer
import Foundation
import XCTest

final class PrimerExperimentsTests: XCTestCase {
    func testRunsEveryFigureInOrderAndTheResultsSurviveJSON() throws {
        var timed: [PrimerFigure] = []
        let results = try PrimerExperiments.run(seed: 3) { figure, seconds in
            timed.append(figure)
            XCTAssertGreaterThanOrEqual(seconds, 0)
        }
        XCTAssertEqual(timed, PrimerFigure.allCases)
        XCTAssertEqual(timed.map(\.number), Array(1 ... 12))
        XCTAssertEqual(results.seed, 3)
        XCTAssertEqual(results.perceptron, try PerceptronExperiment().run(seed: 3))
        XCTAssertEqual(results.backpropagation, BackpropagationExperiment().run(seed: 3))
        XCTAssertEqual(results.optimizerRace.dataset, "spiral")
        let decoded = try JSONDecoder().decode(PrimerResults.self, from: JSONEncoder().encode(results))
        XCTAssertEqual(decoded, results)
    }

    func testFigureTitles() {
        XCTAssertEqual(PrimerFigure.allCases.count, 12)
        XCTAssertEqual(PrimerFigure.neuron.title, "The McCulloch–Pitts neuron")
        XCTAssertEqual(PrimerFigure.optimizerRace.title, "The optimizer race")
    }
}
