// libFuzzer target: CSV data sets, as `axon train --data FILE.csv`,
// `--csv label=NAME` / `targets=K`, and `axon predict --data FILE.csv`
// read them.
//
// The input is the file. It is written to a scratch file on tmpfs for
// `CSVDataset.loadInputs(from:features:)` (the inputs to predict from),
// whose public entry point takes a URL; then, as `CSVDataset.load` does
// (UTF-8 or nothing), it is parsed with a class label, with the first
// header word as the label, and with one regression target, and an
// accepted data set is split and batched as training would. A thrown error
// is a correct answer to a bad file; a trap, a sanitizer report, a timeout
// or running out of memory is a finding.
import Axon
import Foundation
import FuzzSupport

private let scratch = ScratchFile("data.csv")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = inputBytes(data, size)
    scratch.write(input)
    _ = attempt("loadInputs, features=2") { try CSVDataset.loadInputs(from: scratch.url, features: 2) }

    guard let text = String(data: Data(input), encoding: .utf8) else { return 0 }
    let path = "fuzz.csv"

    use(attempt("parse") { try CSVDataset.parse(text, path: path) })
    let firstWord = String(text.prefix { $0 != "," && $0 != "\n" && $0 != "\r" })
    use(attempt("parse, label=\(firstWord)") { try CSVDataset.parse(text, path: path, label: firstWord) })
    use(attempt("parse, targets=1") { try CSVDataset.parse(text, path: path, targets: 1) })
    return 0
}

/// What training does first with a data set: a validation split and a batch.
private func use(_ dataset: TensorDataset?) {
    guard let dataset, dataset.count > 0 else { return }
    _ = dataset.classNames.count
    let (train, _) = dataset.split(fraction: 0.8)
    _ = train.batch(rows: 0 ..< min(train.count, 4))
}
