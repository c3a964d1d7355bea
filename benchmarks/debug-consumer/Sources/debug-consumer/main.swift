// Trains the MNIST MLP (784-256-128-10 ReLU, Adam 1e-3, batch 128, float32)
// through Axon's library API and prints one JSON line per epoch:
//
//   debug-consumer [--mnist DIR] [--epochs N] [--threads N]
//
// Without --mnist it trains on 60,000 random MNIST-shaped samples: the same
// shapes and the same work per step, so the same time per epoch.
import Axon
import Foundation

var mnist: String?
var epochs = 2
var threads = 2
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--mnist": mnist = arguments.next()
    case "--epochs": epochs = arguments.next().flatMap(Int.init) ?? epochs
    case "--threads": threads = arguments.next().flatMap(Int.init) ?? threads
    default:
        FileHandle.standardError.write(Data("debug-consumer: unknown argument \(argument)\n".utf8))
        exit(2)
    }
}

#if DEBUG
let configuration = "debug"
#else
let configuration = "release"
#endif

let train: TensorDataset
if let mnist {
    train = try MNIST.load(directory: URL(fileURLWithPath: mnist)).train
} else {
    var generator = RandomGenerator(seed: 1)
    let images = Tensor.randomUniform([60_000, 784], generator: &generator)
    let labels = Tensor.randomIntegers([60_000], high: 10, generator: &generator)
    train = TensorDataset(inputs: images, targets: labels, classes: 10)
}

CPU.threads = threads
var generator = RandomGenerator(seed: 0)
let model = Sequential.multilayerPerceptron(sizes: [784, 256, 128, 10], activation: .relu, generator: &generator)
let trainer = Trainer(model: model, loss: .crossEntropy, optimizer: try Adam(model, learningRate: 1e-3), progress: nil)
let history = try trainer.fit(DataLoader(train, batchSize: .size(128), seed: 0), epochs: epochs)
for record in history.epochs {
    print(#"{"configuration":"\#(configuration)","epoch":\#(record.epoch),"seconds":\#(record.seconds),"loss":\#(record.loss),"threads":\#(threads)}"#)
}
