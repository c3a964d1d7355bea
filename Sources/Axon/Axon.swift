@_exported import AxonTensor
