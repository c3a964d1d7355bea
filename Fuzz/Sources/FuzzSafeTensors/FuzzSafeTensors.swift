// libFuzzer target: the safetensors reader, from bytes.
//
// `SafeTensors.decode(_:path:)` is what `SafeTensors.read(from:)` (and so
// every model file, checkpoint and `--init-weights`) runs on a file's bytes.
// A thrown error is a correct answer to a bad file; a trap, a sanitizer
// report, a timeout or running out of memory is a finding.
import Axon
import Foundation
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafeTensors(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Data(inputBytes(data, size))
    if let file = attempt("decode", { try SafeTensors.decode(bytes, path: "fuzz.safetensors") }) {
        // What callers do next with a file that was accepted.
        _ = file.tensorsByName
        for (_, tensor) in file.tensors { _ = tensor.shape; _ = tensor.dtype }
    }
    // The same bytes as a slice that does not start at index 0 (`Data`
    // indices are the parent's): offsets must be taken from `startIndex`.
    var padded = Data([0xA5, 0xA5, 0xA5])
    padded.append(bytes)
    _ = attempt("decode (a slice)") { try SafeTensors.decode(padded[3...], path: "fuzz.safetensors") }
    return 0
}
