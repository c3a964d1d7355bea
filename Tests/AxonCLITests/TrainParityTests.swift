import Foundation
import XCTest
@testable import AxonCLI
import Axon

/// PyTorch parity through the command line: for every case of
/// `Fixtures/optimizers.json` (made by `make_fixtures.py` in
/// Tests/AxonOptimTests/Fixtures), `axon train --dtype float64 --no-shuffle
/// --normalize none --init-weights … --save …` on the case's data written as
/// CSV ends with PyTorch's final weights.
final class TrainParityTests: XCTestCase {
    struct Case: Decodable {
        let name: String
        let sizes: [Int]
        let activation: String
        let loss: String
        let optimizer: String
        let hyper: [String: Hyper]
        let x: [[Double]]
        let y: Targets
        let batch_size: Int
        let epochs: Int
        let initial: [String: Nested]
        let final: [String: Nested]

        enum CodingKeys: String, CodingKey {
            case name, sizes, activation, loss, optimizer, hyper, x, y, batch_size, epochs, final
            case initial = "init"
        }
    }

    enum Hyper: Decodable {
        case number(Double), flag(Bool), pair([Double])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .flag(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .pair(try container.decode([Double].self)) }
        }
    }

    enum Targets: Decodable {
        case labels([Int]), values([[Double]])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let labels = try? container.decode([Int].self) { self = .labels(labels) }
            else { self = .values(try container.decode([[Double]].self)) }
        }
    }

    /// A nested list of numbers of any depth, flattened with its shape.
    struct Nested: Decodable {
        var values: [Double] = []
        var shape: [Int] = []
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let rows = try? container.decode([[Double]].self) {
                values = rows.flatMap { $0 }
                shape = [rows.count, rows.first?.count ?? 0]
            } else {
                values = try container.decode([Double].self)
                shape = [values.count]
            }
        }
    }

    static let relativeTolerance = 1e-9

    func loadCases() throws -> [Case] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "optimizers", withExtension: "json", subdirectory: "Fixtures"))
        struct File: Decodable { let cases: [Case] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }

    func arguments(for testCase: Case, directory: URL) throws -> [String] {
        // The data as CSV: features, then the label or the target columns.
        var lines = [(0..<testCase.sizes[0]).map { "x\($0)" }.joined(separator: ",")]
        var dataSpec = "csv:" + directory.appendingPathComponent("data.csv").path
        switch testCase.y {
        case let .labels(labels):
            lines[0] += ",label"
            for (row, label) in zip(testCase.x, labels) { lines.append((row.map { "\($0)" } + ["\(label)"]).joined(separator: ",")) }
        case let .values(targets):
            lines[0] += "," + (0..<targets[0].count).map { "y\($0)" }.joined(separator: ",")
            for (row, target) in zip(testCase.x, targets) { lines.append((row + target).map { "\($0)" }.joined(separator: ",")) }
            dataSpec += ",targets=\(targets[0].count)"
        }
        try lines.joined(separator: "\n").write(to: directory.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)

        // The initial weights as PyTorch would save them.
        let initial = testCase.initial.sorted { $0.key < $1.key }.map { name, tensor in
            (name, Tensor(tensor.values, shape: tensor.shape))
        }
        try SafeTensors.write(initial, to: directory.appendingPathComponent("init.safetensors"))

        var arguments = [
            "train", "--data", dataSpec, "--model", testCase.sizes.map(String.init).joined(separator: "-"),
            "--activation", testCase.activation.replacingOccurrences(of: "_", with: "-"),
            "--loss", testCase.loss.replacingOccurrences(of: "_", with: "-"),
            "--optimizer", testCase.optimizer, "--batch-size", String(testCase.batch_size),
            "--epochs", String(testCase.epochs), "--no-shuffle", "--normalize", "none", "--dtype", "float64",
            "--init-weights", directory.appendingPathComponent("init.safetensors").path,
            "--save", directory.appendingPathComponent("final.safetensors").path,
        ]
        let flags = ["lr": "--lr", "momentum": "--momentum", "dampening": "--dampening", "weight_decay": "--weight-decay",
                     "lr_decay": "--lr-decay", "initial_accumulator_value": "--initial-accumulator", "alpha": "--alpha",
                     "eps": "--eps", "nesterov": "--nesterov", "centered": "--centered", "amsgrad": "--amsgrad"]
        for (key, value) in testCase.hyper.sorted(by: { $0.key < $1.key }) {
            switch value {
            case let .number(number):
                arguments += [try XCTUnwrap(flags[key], "no flag for \(key)"), "\(number)"]
            case let .flag(on):
                if on { arguments.append(try XCTUnwrap(flags[key], "no flag for \(key)")) }
            case let .pair(betas):
                XCTAssertEqual(key, "betas")
                arguments += ["--beta1", "\(betas[0])", "--beta2", "\(betas[1])"]
            }
        }
        return arguments
    }

    func testEveryFixtureCaseEndsWithPyTorchsWeights() throws {
        let cases = try loadCases()
        XCTAssertEqual(cases.count, 15)
        var worst = 0.0
        for testCase in cases {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-parity-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            var command = try AxonCommand.parseAsRoot(try arguments(for: testCase, directory: directory))
            try command.run()
            let saved = try SafeTensors.read(from: directory.appendingPathComponent("final.safetensors"))
            XCTAssertEqual(Set(saved.names), Set(testCase.final.keys), testCase.name)
            for (name, expected) in testCase.final {
                let actual = try XCTUnwrap(saved[name], "\(testCase.name): \(name) missing")
                XCTAssertEqual(actual.shape, expected.shape, "\(testCase.name) \(name)")
                for (a, e) in zip(actual.doubles, expected.values) {
                    let error = Swift.abs(a - e) / Swift.max(Swift.abs(e), 1e-12)
                    worst = Swift.max(worst, error)
                    XCTAssertLessThanOrEqual(error, Self.relativeTolerance, "\(testCase.name) \(name): \(a) vs PyTorch \(e)")
                }
            }
        }
        print("CLI parity: \(cases.count) cases, max relative error \(worst)")
    }
}
