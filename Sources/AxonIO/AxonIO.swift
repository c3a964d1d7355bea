// AxonIO: safetensors files (issue 5).
