// AxonNN: layers, activations, losses (issue 3).
