import XCTest
@testable import AxonPlot

final class SVGFormatTests: XCTestCase {
    func testNumbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
        XCTAssertEqual(SVGFormat.number(12.5), "12.5")
        XCTAssertEqual(SVGFormat.number(3), "3")
        XCTAssertEqual(SVGFormat.number(-0.25), "-0.25")
        XCTAssertEqual(SVGFormat.number(1.006), "1.01")
        XCTAssertEqual(SVGFormat.number(2.004), "2")
        XCTAssertEqual(SVGFormat.number(-0.001), "0", "a value that rounds to zero has no minus sign")
        XCTAssertEqual(SVGFormat.number(0.1 + 0.2), "0.3")
    }

    func testCoordinatesAreClampedAndNeverNonFinite() {
        XCTAssertEqual(SVGFormat.number(1e300), "10000000")
        XCTAssertEqual(SVGFormat.number(-1e300), "-10000000")
        XCTAssertEqual(SVGFormat.number(.nan), "0")
        XCTAssertEqual(SVGFormat.number(.infinity), "0")
    }

    func testFixedDecimalsKeepZerosAndUseTheTypographicMinusWhenAsked() {
        XCTAssertEqual(SVGFormat.fixed(0.5, decimals: 2), "0.50")
        XCTAssertEqual(SVGFormat.fixed(-1.5, decimals: 1, typographicMinus: true), "\u{2212}1.5")
        XCTAssertEqual(SVGFormat.fixed(1234567, decimals: 0), "1234567")
    }

    func testExponentForm() {
        XCTAssertEqual(SVGFormat.exponent(2.5e-7, significantDigits: 3), "2.5e-7")
        XCTAssertEqual(SVGFormat.exponent(1e12, significantDigits: 3), "1e12")
        XCTAssertEqual(SVGFormat.exponent(9.9999e5, significantDigits: 3), "1e6", "a mantissa that rounds to 10 moves up a power")
        XCTAssertEqual(SVGFormat.exponent(-3e-5, significantDigits: 3, typographicMinus: true), "\u{2212}3e\u{2212}5")
    }

    func testPowersOfTenAreExact() {
        XCTAssertEqual(SVGFormat.pow10(3), 1000)
        XCTAssertEqual(SVGFormat.pow10(-2), 0.01)
        XCTAssertEqual(SVGFormat.pow10(0), 1)
    }

    func testEscapingCoversTheFiveXMLCharactersAndForbiddenControls() {
        XCTAssertEqual(SVGFormat.escaped("a < b && c > \"d\" 'e'"), "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;")
        XCTAssertEqual(SVGFormat.escaped("bell\u{07}"), "bell\u{FFFD}")
        XCTAssertEqual(SVGFormat.escaped("tab\tnewline\n"), "tab\tnewline\n")
        XCTAssertEqual(SVGFormat.escaped("Σ wᵢxᵢ ≥ θ"), "Σ wᵢxᵢ ≥ θ")
    }
}
