import AxonTensor
import Foundation
import XCTest
@testable import AxonIO

/// The header parser alone: what it keeps, and what it refuses that a
/// general JSON parser would take (a name given twice, deep nesting,
/// too many tensors).
final class SafeTensorsHeaderParserTests: XCTestCase {
    private func parse(_ json: String, maximumTensors: Int = 100) throws -> (entries: [SafeTensorsHeaderParser.RawEntry], metadata: [String: String]) {
        let bytes = Array(json.utf8)
        return try bytes.withUnsafeBytes { raw in
            var parser = SafeTensorsHeaderParser(raw, path: "h", maximumTensors: maximumTensors)
            return try parser.parse()
        }
    }

    private func reason(_ json: String, maximumTensors: Int = 100, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try parse(json, maximumTensors: maximumTensors)
            XCTFail("expected an error for \(json.prefix(80))", file: file, line: line)
        } catch let SafeTensorsError.invalidHeader(_, reason) {
            return reason
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
        }
        return ""
    }

    func testAnIntegerOfManyDigitsIsRefusedWithoutOverflowing() {
        // Found by the safetensors fuzz target: the digits once overflowed Int before the bound was checked.
        for digits in ["4611686018427387904", "9223372036854775808", String(repeating: "9", count: 40)] {
            let header = Array(#"{"a":{"dtype":"F32","shape":[\#(digits)],"data_offsets":[0,4]}}"#.utf8)
            var file = withUnsafeBytes(of: UInt64(header.count).littleEndian) { Data($0) }
            file.append(contentsOf: header)
            file.append(contentsOf: [0, 0, 0, 0])
            XCTAssertThrowsError(try SafeTensors.decode(file, path: "h"), digits)
        }
    }

    func testEntriesInFileOrderWithEscapesDecodedAndUnknownKeysSkipped() throws {
        let json = #" { "b\u00e9\ud83d\ude00" : {"dtype":"F32", "extra": {"x": [1, -2.5e3, true, null, "\""]}, "shape":[2, 3],"data_offsets":[0,24]},"#
            + #""__metadata__":{"k":"line\nbreak"}, "a":{"dtype":"U8","shape":[],"data_offsets":[24,25]} }   "#
        let (entries, metadata) = try parse(json)
        XCTAssertEqual(entries.map(\.name), ["bé😀", "a"])
        XCTAssertEqual(entries[0].shape, [2, 3])
        XCTAssertEqual(entries[0].offsets, [0, 24])
        XCTAssertEqual(entries[1].shape, [])
        XCTAssertEqual(metadata, ["k": "line\nbreak"])
    }

    func testFieldsOfTheWrongKindAreNil() throws {
        let (entries, _) = try parse(#"{"a":{"dtype":1,"shape":[1.5],"data_offsets":[0,-4]},"b":[1]}"#)
        XCTAssertNil(entries[0].dtype)
        XCTAssertNil(entries[0].shape)
        XCTAssertNil(entries[0].offsets)
        XCTAssertFalse(entries[1].isObject)
    }

    func testNamesGivenTwiceAreRefused() {
        XCTAssertTrue(reason(#"{"a":{},"a":{}}"#).contains("\"a\" appears twice"))
        XCTAssertTrue(reason(#"{"__metadata__":{"k":"1","k":"2"}}"#).contains("\"k\" twice"))
        XCTAssertTrue(reason(#"{"a":{"shape":[1],"shape":[2]}}"#).contains("\"shape\" is given twice"))
    }

    func testLimitsOnNestingTensorsAndSize() throws {
        let deep = #"{"a":{"x":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}}"
        XCTAssertTrue(reason(deep).contains("nested deeper than 32"))
        let three = #"{"a":{},"b":{},"c":{}}"#
        XCTAssertTrue(reason(three, maximumTensors: 2).contains("more than 2 tensors"))
        let (entries, _) = try parse(#"{"a":{"shape":[4611686018427387905]}}"#)
        XCTAssertNil(entries[0].shape, "integers past 2^62 are not sizes")
    }

    func testSyntaxErrorsNameTheByte() {
        for json in [#"{"a":{}"#, #"{"a" {}}"#, #"{"a":{}} x"#, #"{"a":"\q"}"#, "{\"a\":\"\u{1}\"}", #"{"a":{"x":tru}}"#, #"{"a":"\ud800"}"#] {
            XCTAssertTrue(reason(json).hasPrefix("not valid JSON at byte"), json)
        }
    }

    func testDecodeRefusesShapesWhoseStridesOverflow() {
        var bytes = Data()
        var json = Array(#"{"a":{"dtype":"F32","shape":[0,4611686018427387904,4],"data_offsets":[0,0]}}"#.utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: json)
        XCTAssertThrowsError(try SafeTensors.decode(bytes, path: "s")) { error in
            guard case .shapeMismatch? = error as? SafeTensorsError else { return XCTFail("\(error)") }
        }
    }

    func testSpecialFilesAreRefusedBeforeReading() {
        XCTAssertThrowsError(try SafeTensors.read(from: URL(fileURLWithPath: "/dev/zero"))) { error in
            XCTAssertEqual((error as? SafeTensorsError)?.description, "/dev/zero: cannot read: it is a character device, not a regular file")
        }
    }
}
