// The umbrella module: `import Axon` brings in every library target.
@_exported import AxonData
@_exported import AxonDistributed
@_exported import AxonIO
@_exported import AxonNN
@_exported import AxonOptim
@_exported import AxonPlot
@_exported import AxonTensor
@_exported import AxonTrain
