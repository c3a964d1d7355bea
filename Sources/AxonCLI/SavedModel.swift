import Axon
import Foundation

/// A model file loaded for `evaluate`, `predict` and `summary`: any
/// architecture the file describes.
struct SavedModel {
    let model: any Module
    let info: ModelInfo

    init(path: String) throws {
        do {
            (model, info) = try ModelFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("--weights \(error)")
        }
    }

    /// The number of input features per sample.
    func inputs() throws -> Int {
        guard let shape = info.inputShape else {
            throw CLIError("--weights: the model file does not record its input shape")
        }
        return shape.reduce(1, *)
    }

    /// The width of the model's output for one sample.
    func outputs() throws -> Int {
        let inputs = try inputs()
        do {
            return try model.outputShape(forInput: [1, inputs]).last ?? 1
        } catch {
            throw CLIError("--weights: the model cannot take its own input shape: \(error.message)")
        }
    }

    /// The loss the model was trained with.
    func loss() throws -> Loss {
        guard let name = info.loss else {
            throw CLIError("--weights: the model file does not name its loss")
        }
        do {
            return try Loss(parsing: name)
        } catch {
            throw CLIError("--weights: the model's loss \"\(name)\" is unknown")
        }
    }

    /// `inputs` rescaled as the training data were.
    func prepare(_ inputs: Tensor) -> Tensor {
        info.scaler?.transform(inputs) ?? inputs
    }
}
