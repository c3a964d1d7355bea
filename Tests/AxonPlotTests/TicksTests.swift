import XCTest
@testable import AxonPlot

final class TicksTests: XCTestCase {
    func testStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        XCTAssertEqual(Ticks.niceStep(span: 10, count: 5), 2)
        XCTAssertEqual(Ticks.niceStep(span: 1, count: 5), 0.2)
        XCTAssertEqual(Ticks.niceStep(span: 100, count: 4), 20)
        XCTAssertEqual(Ticks.niceStep(span: 0.03, count: 6), 0.005)
        XCTAssertEqual(Ticks.niceStep(span: 700, count: 7), 100)
        for span in [0.37, 3.1, 42.0, 999.0, 12345.0] {
            let step = Ticks.niceStep(span: span, count: 6)
            let mantissa = step / SVGFormat.pow10(Int(log10(step).rounded(.down)))
            XCTAssertTrue([1, 2, 5].contains(mantissa.rounded()), "step \(step) for span \(span)")
        }
    }

    func testLinearTicksAreExactMultiplesWithEqualDecimals() {
        let ticks = Ticks.linear(lower: 0, upper: 1, count: 5)
        XCTAssertEqual(ticks.map(\.value), [0, 0.2, 0.4, 0.6, 0.8, 1])
        XCTAssertEqual(ticks.compactMap(\.label), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let negative = Ticks.linear(lower: -3, upper: 3, count: 6)
        XCTAssertEqual(negative.compactMap(\.label), ["\u{2212}3", "\u{2212}2", "\u{2212}1", "0", "1", "2", "3"])
    }

    func testHugeAndTinyLinearValuesUseExponentLabels() {
        XCTAssertEqual(Ticks.linear(lower: 0, upper: 4e6, count: 4).compactMap(\.label), ["0", "1e6", "2e6", "3e6", "4e6"])
        XCTAssertEqual(Ticks.linear(lower: 0, upper: 2e-5, count: 2).compactMap(\.label), ["0", "1e\u{2212}5", "2e\u{2212}5"])
    }

    func testNiceLinearDomainWidensToTicks() {
        let domain = Ticks.niceLinearDomain(lower: 0.13, upper: 9.2, count: 5)
        XCTAssertEqual(domain.lower, 0)
        XCTAssertEqual(domain.upper, 10)
        let exact = Ticks.niceLinearDomain(lower: 0, upper: 0.3, count: 3)
        XCTAssertEqual(exact.upper, 0.3, accuracy: 1e-12, "0.30000000000000004 does not gain a step")
    }

    func testLogarithmicTicksOverSeveralDecadesAreLabelledPowersWithMinorTicks() {
        let ticks = Ticks.logarithmic(lower: 0.001, upper: 10, count: 6)
        let labelled = ticks.filter { $0.label != nil }
        XCTAssertEqual(labelled.map(\.value), [0.001, 0.01, 0.1, 1, 10])
        XCTAssertEqual(labelled.compactMap(\.label), ["0.001", "0.01", "0.1", "1", "10"])
        XCTAssertEqual(ticks.filter { $0.label == nil }.count, 4 * 8, "2–9 times each of the four decades below 10")
    }

    func testManyDecadesLabelEveryFewPowersAndUseExponentForm() {
        let ticks = Ticks.logarithmic(lower: 1e-12, upper: 1e12, count: 6)
        let labelled = ticks.compactMap(\.label)
        XCTAssertEqual(labelled.first, "1e\u{2212}12")
        XCTAssertLessThanOrEqual(labelled.count, 7)
        XCTAssertEqual(ticks.count, 25, "every power of ten ticked, labelled or not; no 2–9 minors over 24 decades")
    }

    func testLessThanOneDecadeFallsBackToOneTwoFiveThenLinearTicks() {
        XCTAssertEqual(Ticks.logarithmic(lower: 2, upper: 30, count: 5).compactMap(\.label), ["2", "5", "10", "20"])
        let narrow = Ticks.logarithmic(lower: 0.3, upper: 0.8, count: 5)
        XCTAssertEqual(narrow.compactMap(\.label), ["0.3", "0.4", "0.5", "0.6", "0.7", "0.8"])
        XCTAssertTrue(Ticks.logarithmic(lower: 3, upper: 3, count: 5).count == 1)
        XCTAssertTrue(Ticks.logarithmic(lower: -1, upper: 3, count: 5).isEmpty)
    }

    func testNiceLogarithmicDomainWidensToOneTwoFive() {
        let domain = Ticks.niceLogarithmicDomain(lower: 0.03, upper: 2.3)
        XCTAssertEqual(domain.lower, 0.02, accuracy: 1e-15)
        XCTAssertEqual(domain.upper, 5)
    }
}
