import XCTest
@testable import AxonPlot

final class ColorTests: XCTestCase {
    func testHexStringsAreLowerCaseRGB() {
        XCTAssertEqual(Color.blue.hexString, "#0072b2")
        XCTAssertEqual(Color.vermillion.hexString, "#d55e00")
        XCTAssertEqual(Color(red: 1, green: 2, blue: 255).hexString, "#0102ff")
    }

    func testPaletteIsOkabeItoWithoutRepeatsAndCycles() {
        let hexes = Palette.colors.map(\.hexString)
        XCTAssertEqual(Set(hexes).count, 8)
        XCTAssertEqual(Set(hexes), ["#000000", "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"])
        XCTAssertEqual(Palette.color(8), Palette.color(0))
        XCTAssertEqual(Palette.color(-1), .gray)
        XCTAssertEqual(Palette.dash(3), .solid)
        XCTAssertEqual(Palette.dash(9), .dashed, "the second round of colours is dashed")
        XCTAssertEqual(Set(Palette.markers).count, 8)
    }

    func testScalesRunFromTheirFirstToTheirLastStop() {
        XCTAssertEqual(ColorScale.viridis.color(at: 0).hexString, "#440154")
        XCTAssertEqual(ColorScale.viridis.color(at: 1).hexString, "#fde725")
        XCTAssertEqual(ColorScale.viridis.color(at: 7).hexString, "#fde725", "clamped")
        XCTAssertEqual(ColorScale.redBlue.color(at: 0.5).hexString, "#f7f7f7")
        XCTAssertEqual(ColorScale.blues.color(at: .nan), .lightGray)
        // Sequential scales get steadily darker (or lighter): luminance is monotone.
        for scale in [ColorScale.viridis, .blues] {
            let luminances = (0 ... 20).map { scale.color(at: Double($0) / 20).luminance }
            let increasing = zip(luminances, luminances.dropFirst()).allSatisfy { $0 <= $1 }
            let decreasing = zip(luminances, luminances.dropFirst()).allSatisfy { $0 >= $1 }
            XCTAssertTrue(increasing || decreasing)
        }
    }

    func testMixingAndLuminance() {
        let gray = Color.black.mixed(with: .white, fraction: 0.5)
        XCTAssertEqual(gray.hexString, "#808080")
        XCTAssertEqual(Color.white.luminance, 1, accuracy: 1e-12)
        XCTAssertEqual(Color.black.luminance, 0)
        XCTAssertEqual(Color.blue.withOpacity(2).opacity, 1)
    }
}
