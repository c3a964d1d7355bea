// libFuzzer target: IDX files, raw or gzipped, as `axon train --data
// mnist:DIR` reads them.
//
// An input is an images file and a labels file: a 4-byte little-endian
// length L, then L bytes of images, then the labels (L is cut to what is
// there). Each is written to a scratch file on tmpfs, since the public entry
// points take URLs, and read three ways: `IDXReader.read(from:)` on each
// (gzip is recognised by its magic number), then `MNIST.loadPair`, which
// checks that they form a data set; an accepted pair is then batched as
// training would. A thrown error is a correct answer to a bad file; a trap,
// a sanitizer report, a timeout or running out of memory is a finding.
import Axon
import Foundation
import FuzzSupport

private let images = ScratchFile("images-idx3-ubyte")
private let labels = ScratchFile("labels-idx1-ubyte")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIDX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = inputBytes(data, size)
    guard input.count >= 4 else { return 0 }
    let stated = Int(input[0]) | Int(input[1]) << 8 | Int(input[2]) << 16 | Int(input[3]) << 24
    let split = 4 + min(stated, input.count - 4)
    // An input with an empty part is passed over: Foundation leaks 4 KB on
    // each empty file it reads (Fuzz/lsan.supp), which would add up over
    // millions of inputs. Files of 1 to 3 bytes take the reader's same
    // "too short" path.
    guard split > 4, split < input.count else { return 0 }
    images.write(UnsafeRawBufferPointer(rebasing: input[4 ..< split]))
    labels.write(UnsafeRawBufferPointer(rebasing: input[split...]))

    _ = attempt("read images") { try IDXReader.read(from: images.url) }
    _ = attempt("read labels") { try IDXReader.read(from: labels.url) }
    if let dataset = attempt("loadPair", { try MNIST.loadPair(images: images.url, labels: labels.url) }) {
        _ = dataset.imageShape
        if dataset.count > 0 { _ = dataset.batch(rows: 0 ..< min(dataset.count, 4)) }
    }
    return 0
}
