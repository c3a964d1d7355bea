import AxonTensor
import Foundation
import XCTest
@testable import AxonIO

/// Reads a file written by Python's safetensors library (0.4+), made by:
///
/// ```python
/// import numpy as np, safetensors.numpy as sn
/// sn.save_file({
///     "0.weight": np.arange(6, dtype=np.float32).reshape(2, 3),
///     "0.bias": np.array([1.5, -2], dtype=np.float32),
///     "steps": np.array([7], dtype=np.int64),
///     "mask": np.array([True, False, True]),
///     "pixels": np.array([[0, 255], [17, 3]], dtype=np.uint8),
///     "count": np.array(3, dtype=np.int32),
///     "exact": np.array([0.1, 1e300], dtype=np.float64),
/// }, "fixture.safetensors", metadata={"format": "pt", "note": "made by safetensors.numpy"})
/// ```
///
/// `base64 fixture.safetensors` gave the text below. The Python writer
/// orders the data by dtype alignment, then name, and pads the header with
/// spaces to a multiple of 8 bytes.
final class SafeTensorsFixtureTests: XCTestCase {
    static let pythonFile = """
        6AEAAAAAAAB7Il9fbWV0YWRhdGFfXyI6eyJub3RlIjoibWFkZSBieSBzYWZldGVuc29ycy5udW1w
        eSIsImZvcm1hdCI6InB0In0sInN0ZXBzIjp7ImR0eXBlIjoiSTY0Iiwic2hhcGUiOlsxXSwiZGF0
        YV9vZmZzZXRzIjpbMCw4XX0sImV4YWN0Ijp7ImR0eXBlIjoiRjY0Iiwic2hhcGUiOlsyXSwiZGF0
        YV9vZmZzZXRzIjpbOCwyNF19LCIwLmJpYXMiOnsiZHR5cGUiOiJGMzIiLCJzaGFwZSI6WzJdLCJk
        YXRhX29mZnNldHMiOlsyNCwzMl19LCIwLndlaWdodCI6eyJkdHlwZSI6IkYzMiIsInNoYXBlIjpb
        MiwzXSwiZGF0YV9vZmZzZXRzIjpbMzIsNTZdfSwiY291bnQiOnsiZHR5cGUiOiJJMzIiLCJzaGFw
        ZSI6W10sImRhdGFfb2Zmc2V0cyI6WzU2LDYwXX0sInBpeGVscyI6eyJkdHlwZSI6IlU4Iiwic2hh
        cGUiOlsyLDJdLCJkYXRhX29mZnNldHMiOls2MCw2NF19LCJtYXNrIjp7ImR0eXBlIjoiQk9PTCIs
        InNoYXBlIjpbM10sImRhdGFfb2Zmc2V0cyI6WzY0LDY3XX19ICAgIAcAAAAAAAAAmpmZmZmZuT+c
        dQCIPOQ3fgAAwD8AAADAAAAAAAAAgD8AAABAAABAQAAAgEAAAKBAAwAAAAD/EQMBAAE=
        """

    func testReadsTheFilePythonWrote() throws {
        let bytes = try XCTUnwrap(Data(base64Encoded: Self.pythonFile, options: .ignoreUnknownCharacters))
        let file = try SafeTensors.decode(bytes, path: "fixture.safetensors")
        XCTAssertEqual(file.names, ["steps", "exact", "0.bias", "0.weight", "count", "pixels", "mask"])
        XCTAssertEqual(file.metadata, ["format": "pt", "note": "made by safetensors.numpy"])
        XCTAssertEqual(file["0.weight"]?.shape, [2, 3])
        XCTAssertEqual(file["0.weight"]?.scalars(as: Float.self), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(file["0.bias"]?.scalars(as: Float.self), [1.5, -2])
        XCTAssertEqual(file["steps"]?.scalars(as: Int64.self), [7])
        XCTAssertEqual(file["mask"]?.scalars(as: Bool.self), [true, false, true])
        XCTAssertEqual(file["pixels"]?.scalars(as: UInt8.self), [0, 255, 17, 3])
        XCTAssertEqual(file["count"]?.shape, [])
        XCTAssertEqual(file["count"]?.scalars(as: Int32.self), [3])
        XCTAssertEqual(file["exact"]?.scalars(as: Double.self), [0.1, 1e300])
    }

    func testRewritingThePythonFileKeepsEveryTensor() throws {
        let bytes = try XCTUnwrap(Data(base64Encoded: Self.pythonFile, options: .ignoreUnknownCharacters))
        let file = try SafeTensors.decode(bytes, path: "fixture.safetensors")
        let again = try SafeTensors.decode(SafeTensors.encode(file.tensors.map { ($0.name, $0.tensor) }, metadata: file.metadata), path: "again")
        XCTAssertEqual(again.names, file.names)
        XCTAssertEqual(again.metadata, file.metadata)
        for ((_, a), (_, b)) in zip(file.tensors, again.tensors) {
            XCTAssertEqual(a.doubles, b.doubles)
        }
    }
}
