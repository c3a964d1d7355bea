import Axon
import Foundation

/// A model file loaded for `evaluate` and `predict`, with its evaluator.
struct SavedModel {
    let model: Sequential
    let description: ModelDescription

    init(path: String) throws {
        do {
            (model, description) = try ModelFile.load(from: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("--weights \(error)")
        }
    }

    var inputs: Int { description.sizes[0] }
    var outputs: Int { description.sizes[description.sizes.count - 1] }

    /// The loss the model was trained with.
    func loss() throws -> Loss {
        do {
            return try Loss(parsing: description.loss)
        } catch {
            throw CLIError("--weights: the model's loss \"\(description.loss)\" is unknown")
        }
    }

    /// `inputs` rescaled as the training data were.
    func prepare(_ inputs: Tensor) -> Tensor {
        description.scaler?.transform(inputs) ?? inputs
    }
}
