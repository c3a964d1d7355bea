@testable import AxonPrimer
import XCTest

final class FigureTextTests: XCTestCase {
    func testDecimalsUseATrueMinusAndNoNegativeZero() {
        XCTAssertEqual(FigureText.decimal(0.5519, places: 3), "0.552")
        XCTAssertEqual(FigureText.decimal(-0.5119, places: 3), "\u{2212}0.512")
        XCTAssertEqual(FigureText.decimal(-0.0001, places: 3), "0.000")
        XCTAssertEqual(FigureText.decimal(2, places: 0), "2")
    }

    func testSignificantDigitsDropTrailingZerosAndSwitchToPowersOfTen() {
        XCTAssertEqual(FigureText.significant(0.03), "0.03")
        XCTAssertEqual(FigureText.significant(0.0647), "0.0647")
        XCTAssertEqual(FigureText.significant(3.6368), "3.64")
        XCTAssertEqual(FigureText.significant(1118.2), "1118")
        XCTAssertEqual(FigureText.significant(-0.2440), "\u{2212}0.244")
        XCTAssertEqual(FigureText.significant(0), "0")
        XCTAssertEqual(FigureText.significant(3_993_592.9), "3.99 × 10⁶")
        XCTAssertEqual(FigureText.significant(4.9e-5), "4.90 × 10⁻⁵")
    }

    func testScientificUsesSuperscripts() {
        XCTAssertEqual(FigureText.scientific(5.9e-11), "5.9 × 10⁻¹¹")
        XCTAssertEqual(FigureText.scientific(-6.16e-9), "\u{2212}6.2 × 10⁻⁹")
        XCTAssertEqual(FigureText.scientific(1e6, digits: 1), "1 × 10⁶")
        XCTAssertEqual(FigureText.scientific(.infinity), "∞")
    }

    func testPercentagesListsAndCounts() {
        XCTAssertEqual(FigureText.percent(0.9666), "96.7%")
        XCTAssertEqual(FigureText.percent(1), "100%")
        XCTAssertEqual(FigureText.list(["a"]), "a")
        XCTAssertEqual(FigureText.list(["a", "b", "c"]), "a, b and c")
        XCTAssertEqual(FigureText.count(1, "epoch"), "1 epoch")
        XCTAssertEqual(FigureText.count(6, "epoch"), "6 epochs")
        XCTAssertEqual(FigureText.vector([1, 0.5], places: 2), "(1.00, 0.50)")
    }
}
