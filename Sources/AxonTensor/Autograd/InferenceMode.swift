import CAxonKernels

/// Inference mode, as PyTorch's `torch.inference_mode()`: no op records a
/// graph (so nothing is saved for a backward pass), and layers whose forward
/// pass depends on the mode (dropout, batch normalisation) behave as in
/// evaluation mode whatever their `isTraining` says.
///
/// The mode is per thread, as grad mode is: several threads may serve
/// requests from one model at once, each inside its own `inferenceMode { }`,
/// while another thread trains a different model.
public enum InferenceMode {
    /// Whether the calling thread is inside ``inferenceMode(_:)``.
    public static var isEnabled: Bool { axon_inference_mode() != 0 }
}

/// Runs `body` in inference mode (``InferenceMode``): no graph is recorded,
/// and dropout and batch normalisation act as in evaluation mode without
/// changing any module's `isTraining`. Both modes are restored afterwards.
///
/// ```swift
/// let logits = inferenceMode { model(x) }
/// ```
public func inferenceMode<R>(_ body: () throws -> R) rethrows -> R {
    let previousInference = axon_inference_mode()
    let previousGrad = axon_grad_enabled()
    axon_set_inference_mode(1)
    axon_set_grad_enabled(0)
    defer {
        axon_set_grad_enabled(previousGrad)
        axon_set_inference_mode(previousInference)
    }
    return try body()
}
