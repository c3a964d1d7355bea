// swift-tools-version: 6.0
// A user's app on Axon, built the default way: benchmarks/debug_consumer.sh
// builds it in debug and in release and prints both epoch times of the MNIST
// MLP (784-256-128-10 ReLU, Adam 1e-3, batch 128, float32).
import Foundation
import PackageDescription

// Axon is the repository two folders up, depended on by path as a user's
// package would by URL (SwiftPM names a path dependency after its folder).
let axon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

let package = Package(
    name: "DebugConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: axon.path)],
    targets: [
        .executableTarget(name: "debug-consumer", dependencies: [.product(name: "Axon", package: axon.lastPathComponent)]),
    ],
    swiftLanguageModes: [.v6]
)
