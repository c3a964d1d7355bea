import AxonNN
import AxonTensor
import XCTest

final class FlattenTests: XCTestCase {
    func testKeepsTheBatchAndMergesTheRest() {
        let x = randomTensor([2, 3, 4], seed: 50)
        let y = Flatten()(x)
        XCTAssertEqual(y.shape, [2, 12])
        XCTAssertEqual(y.doubles, x.doubles)
        XCTAssertEqual(try Flatten().outputShape(forInput: [8, 28, 28]), [8, 784])
        XCTAssertTrue(gradcheck({ Flatten()($0[0]).tanh() }, inputs: [x]).passed)
    }

    func testNeedsABatchDimension() {
        assertThrowsModuleError(["Flatten", "rank 2 or more", "[784]"]) { () throws(ModuleError) in
            _ = try Flatten().outputShape(forInput: [784])
        }
    }
}
