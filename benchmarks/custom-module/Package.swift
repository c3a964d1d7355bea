// swift-tools-version: 6.0
// A user's own program on Axon: a custom module (two dense layers with a
// skip connection, and dropout) trained on MNIST with a custom loss, saved,
// and reloaded in a new process. benchmarks/custom_module_acceptance.sh runs
// it and loads the same file in PyTorch.
import Foundation
import PackageDescription

// Axon is the repository two folders up, depended on by path as a user's
// package would by URL; SwiftPM names a path dependency after its folder,
// whatever the clone is called.
let axon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

let package = Package(
    name: "ResidualMNIST",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: axon.path)],
    targets: [
        .executableTarget(name: "residual-mnist", dependencies: [.product(name: "Axon", package: axon.lastPathComponent)]),
    ],
    swiftLanguageModes: [.v6]
)
