// libFuzzer target: Axon model files, as `axon predict/evaluate/summary
// --weights` and `axon train --init-weights` read them.
//
// `ModelFile.load(from:)` takes a URL only, so each input is written to a
// scratch file on tmpfs first. An accepted model then does what `predict`
// does with it: scale one zero sample with the file's scaler and run it
// through the model. A thrown error is a correct answer to a bad file; a
// trap, a sanitizer report, a timeout or running out of memory is a finding.
import Axon
import Foundation
import FuzzSupport

private let scratch = ScratchFile("model.safetensors")

/// A small model built in code, for `loadWeights` (`--init-weights`).
private nonisolated(unsafe) let fixedModel: any Module = Sequential([Dense(4, 8), Activation.relu.makeLayer(), Dense(8, 3)])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    scratch.write(inputBytes(data, size))
    if let (model, info) = attempt("load", { try ModelFile.load(from: scratch.url) }) {
        _ = model.parameterCount
        if let shape = info.inputShape {
            let features = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
            // Keep each run short: a sample of at most 64 K values.
            if features <= 1 << 16 {
                var rows = Tensor.zeros([1, features])
                if let scaler = info.scaler { rows = scaler.transform(rows) }
                let evaluator = Evaluator(model: model, loss: Loss.crossEntropy, encoding: .classIndices)
                _ = evaluator.predict(rows.reshaped([1] + shape))
            }
        }
    }
    _ = attempt("loadWeights into 4-8-3") { try ModelFile.loadWeights(from: scratch.url, into: fixedModel, strict: false) }
    return 0
}
