// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Axon",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Axon", targets: ["Axon"]),
        .executable(name: "axon", targets: ["axon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target Axon` (the DocC catalog
        // in Sources/Axon/Axon.docc); plain builds and tests do not use it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Hot loops: GEMM and vector kernels in C, so that per-function
        // `target("avx2,fma")` attributes reach full SIMD speed without
        // unsafe compiler flags (see docs/ARCHITECTURE.md, "Kernels").
        .target(name: "CAxonKernels"),
        .target(name: "AxonTensor", dependencies: ["CAxonKernels"]),
        .target(name: "AxonNN", dependencies: ["AxonTensor"]),
        .target(name: "AxonOptim", dependencies: ["AxonTensor"]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "AxonData",
            dependencies: ["AxonTensor", "CZlib"]
        ),
        .target(name: "AxonIO", dependencies: ["AxonTensor"]),
        // Data-parallel training: the communicator (one process, or Open MPI
        // loaded at run time, so nothing here needs MPI to build).
        .target(name: "AxonDistributed", dependencies: ["AxonTensor"]),
        // SVG charts from plain numbers: nothing but Foundation.
        .target(name: "AxonPlot"),
        .target(name: "Axon", dependencies: ["AxonTensor", "AxonNN", "AxonOptim", "AxonData", "AxonIO", "AxonDistributed", "AxonTrain", "AxonPlot"]),
        // The primer's figures: experiments run with Axon, drawn with AxonPlot.
        .target(name: "AxonPrimer", dependencies: ["Axon"]),
        .target(
            name: "AxonTrain",
            dependencies: ["AxonTensor", "AxonNN", "AxonOptim", "AxonData", "AxonIO", "AxonDistributed", "AxonPlot"]
        ),
        // The command line as a library, so tests can run commands in-process.
        .target(
            name: "AxonCLI",
            dependencies: [
                "Axon",
                "AxonPrimer",
                "CAxonKernels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "axon", dependencies: ["AxonCLI"]),
        .testTarget(name: "AxonTensorTests", dependencies: ["AxonTensor", "CAxonKernels"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AxonNNTests", dependencies: ["AxonNN"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AxonOptimTests", dependencies: ["AxonOptim"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AxonDataTests", dependencies: ["AxonData"]),
        .testTarget(name: "AxonIOTests", dependencies: ["AxonIO"]),
        .testTarget(name: "AxonTrainTests", dependencies: ["AxonTrain"]),
        .testTarget(name: "AxonDistributedTests", dependencies: ["AxonDistributed", "AxonTrain"]),
        .testTarget(name: "AxonPlotTests", dependencies: ["AxonPlot"]),
        .testTarget(name: "AxonPrimerTests", dependencies: ["AxonPrimer"]),
        .testTarget(name: "AxonCLITests", dependencies: ["AxonCLI"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
