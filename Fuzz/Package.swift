// swift-tools-version: 6.0
// libFuzzer targets for Axon's readers of untrusted files (issue 14).
//
// A package of its own, so that Axon's Package.swift and its ordinary
// builds are untouched: `scripts/fuzz.sh` builds it with
// `-sanitize=fuzzer,address` (coverage and AddressSanitizer in every Swift
// module, Axon's and CSV.swift's too; the C kernels get
// `-fsanitize=fuzzer-no-link,address`), in its own scratch path. Each
// target is an executable whose main.swift hands the process to libFuzzer (`LLVMFuzzerRunDriver`,
// through CFuzzDriver): SwiftPM aliases `main` to a renamed Swift entry
// point, so the usual `-parse-as-library` build, which leaves `main` to
// libFuzzer, does not link.
import PackageDescription

let package = Package(
    name: "AxonFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Axon", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
        .executableTarget(name: "fuzz-safetensors", dependencies: ["FuzzSupport", .product(name: "Axon", package: "Axon")],
                          path: "Sources/FuzzSafeTensors"),
        .executableTarget(name: "fuzz-modelfile", dependencies: ["FuzzSupport", .product(name: "Axon", package: "Axon")],
                          path: "Sources/FuzzModelFile"),
        .executableTarget(name: "fuzz-idx", dependencies: ["FuzzSupport", .product(name: "Axon", package: "Axon")],
                          path: "Sources/FuzzIDX"),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport", .product(name: "Axon", package: "Axon")],
                          path: "Sources/FuzzCSV"),
    ],
    swiftLanguageModes: [.v6]
)
