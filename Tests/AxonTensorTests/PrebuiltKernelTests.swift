import CAxonKernels
import Foundation
import XCTest

/// Debug builds on x86-64 and aarch64 Linux run the kernels from
/// Sources/CAxonKernels/prebuilt/<platform>/, assembly that clang made from
/// the C at -O2 (scripts/generate_prebuilt_kernels.py). These tests keep
/// both copies tied to the C: a kernel edited without regenerating fails here.
final class PrebuiltKernelTests: XCTestCase {
    private static let kernels = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CAxonKernels")
    private static let platforms = ["aarch64-linux", "x86_64-linux"]

    private func manifest(_ platform: String) throws -> [String: [String]] {
        let text = try String(contentsOf: Self.kernels.appendingPathComponent("prebuilt/\(platform)/SOURCES"), encoding: .utf8)
        var fields: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            fields[String(parts[0]), default: []].append(parts.count > 1 ? String(parts[1]) : "")
        }
        return fields
    }

    private func files(in directory: URL, ending suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// FNV-1a, 64-bit, over each file's name and content, as the generator computes it.
    private func fingerprint(of names: [String]) throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in names.sorted() {
            let bytes = Array(name.utf8) + [0] + [UInt8](try Data(contentsOf: Self.kernels.appendingPathComponent(name))) + [0]
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func testThePrebuiltSetIsEveryKernelFileThatIncludesTheGate() throws {
        let gated = try files(in: Self.kernels, ending: ".c").filter {
            try String(contentsOf: Self.kernels.appendingPathComponent($0), encoding: .utf8)
                .contains("#include \"prebuilt.h\"\n#if !AXON_PREBUILT_KERNELS")
        }
        XCTAssertGreaterThan(gated.count, 10)
        XCTAssertEqual(try files(in: Self.kernels.appendingPathComponent("prebuilt"), ending: "-linux"), Self.platforms)
        for platform in Self.platforms {
            XCTAssertEqual(try manifest(platform)["source"] ?? [], gated, platform)
            XCTAssertEqual(try files(in: Self.kernels.appendingPathComponent("prebuilt/\(platform)"), ending: ".S"),
                           gated.map { String($0.dropLast(2)) + ".S" }, platform)
        }
    }

    func testTheAssemblyWasMadeFromTheseSources() throws {
        for platform in Self.platforms {
            let sources = try manifest(platform)["source"] ?? []
            let headers = try files(in: Self.kernels, ending: ".h")
                + files(in: Self.kernels.appendingPathComponent("include"), ending: ".h").map { "include/" + $0 }
            XCTAssertEqual(try manifest(platform)["fingerprint"], [try fingerprint(of: sources + headers)],
                           "a kernel source changed: run scripts/generate_prebuilt_kernels.py (\(platform))")
        }
    }

    /// Debug builds on x86-64 and aarch64 Linux run the prebuilt copy,
    /// release builds the C, and so do sanitizer builds (whose C must be
    /// instrumented).
    func testThisBuildRunsTheCopyPrebuiltHChooses() {
        var expected = false
        #if DEBUG && (arch(x86_64) || arch(arm64)) && os(Linux)
        expected = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") == nil
            && dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__asan_init") == nil
        #endif
        XCTAssertEqual(axon_kernels_prebuilt() == 1, expected)
    }
}
