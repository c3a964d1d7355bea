import Foundation
import XCTest
import Axon
@testable import AxonCLI
@testable import AxonData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile files and flags, each given to the real `axon` executable as a
/// new user or an attacker would: every one must end with exit status 1
/// (not a signal), one line on standard error that says what is wrong,
/// a peak memory under 1 GB, and no file changed. The files are a few
/// bytes to a few megabytes, made here, and many claim far more (a label
/// of 50,000,000, a layer of 100,000 × 100,000, 4 GB behind a gzip header).
final class HostileInputTests: XCTestCase {
    /// The most memory any case may take: the files claim far more.
    static let peakLimit = 1 << 30
    /// No case may run longer than this (each takes a fraction of a second).
    static let timeout: Double = 60

    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A small valid table and model, for the cases whose other input must be sound.
        try write("x,y,label\n" + (0..<20).map { "\($0),\(($0 * 3) % 7),\($0 % 2)\n" }.joined(), to: "ok.csv")
        try write(safetensors(header: #"{"0.weight":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},"0.bias":{"dtype":"F32","shape":[2],"data_offsets":[16,24]}}"#,
                              data: 24), to: "plain.safetensors")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Model files (safetensors)

    func testModelMetadataCannotAllocateMoreThanTheFileHolds() throws {
        for sizes in ["2-16-16-50000000", "2-100000-100000-2"] {
            try write(firstFormatModel(sizes: sizes), to: "m.safetensors")
            try expectRefusal(["evaluate", "--weights", "m.safetensors", "--data", "csv:ok.csv"], saying: "more than the file's model tensors hold")
        }
        try write(firstFormatModel(sizes: "3037000500-3037000500-2"), to: "m.safetensors")
        try expectRefusal(["evaluate", "--weights", "m.safetensors", "--data", "csv:ok.csv"], saying: "too large to allocate")
        let architecture = #"{\"type\":\"Sequential\",\"config\":{\"layers\":[{\"type\":\"Conv2d\",\"config\":{\"inChannels\":1,\"outChannels\":1,\"kernelSize\":[3,3],\"stride\":[1,1],\"padding\":[9223372036854775807,0],\"dilation\":[1,1],\"groups\":1,\"bias\":true}}]}}"#
        try write(safetensors(header: #"{"__metadata__":{"format":"axon","dtype":"float32","input_shape":"[1,4,4]","architecture":"\#(architecture)"}}"#), to: "m.safetensors")
        try expectRefusal(["evaluate", "--weights", "m.safetensors", "--data", "csv:ok.csv"], saying: "m.safetensors")
    }

    func testWidthsGivenForAPlainStateDictCannotAllocateMoreThanTheFileHolds() throws {
        for command in ["evaluate", "predict"] {
            try expectRefusal([command, "--weights", "plain.safetensors", "--model", "2-100000-100000-2", "--data", "csv:ok.csv"],
                              saying: "more than the file's tensors hold (6 values in all)")
        }
    }

    func testArchitecturesAreBoundedInSizeAndNesting() throws {
        let layers = Array(repeating: #"{\"type\":\"ReLU\",\"config\":{}}"#, count: 150_000).joined(separator: ",")
        try write(safetensors(header: #"{"__metadata__":{"format":"axon","dtype":"float32","input_shape":"[2]","architecture":"{\"type\":\"Sequential\",\"config\":{\"layers\":[\#(layers)]}}"}}"#),
                  to: "long.safetensors")
        try expectRefusal(["evaluate", "--weights", "long.safetensors", "--data", "csv:ok.csv"], saying: "more than the limit of 4194304")
        let depth = 3_000
        let nested = String(repeating: #"{\"type\":\"Sequential\",\"config\":{\"layers\":["#, count: depth) + #"{\"type\":\"ReLU\",\"config\":{}}"#
            + String(repeating: "]}}", count: depth)
        try write(safetensors(header: #"{"__metadata__":{"format":"axon","dtype":"float32","architecture":"\#(nested)"}}"#), to: "nested.safetensors")
        try expectRefusal(["evaluate", "--weights", "nested.safetensors", "--data", "csv:ok.csv"], saying: "architecture")
    }

    func testWeightsThatAreNotFiniteAreNamed() throws {
        var bytes = safetensors(header: #"{"0.weight":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},"0.bias":{"dtype":"F32","shape":[2],"data_offsets":[16,24]}}"#,
                                data: 24)
        bytes.replaceSubrange(bytes.count - 4 ..< bytes.count, with: [0x00, 0x00, 0xC0, 0x7F])  // NaN, little-endian
        try write(bytes, to: "nan.safetensors")
        try expectRefusal(["evaluate", "--weights", "nan.safetensors", "--model", "2-2", "--data", "csv:ok.csv"],
                          saying: "parameter 0.bias holds NaN or infinite values")
        try expectRefusal(["train", "--data", "csv:ok.csv", "--model", "2-2", "--init-weights", "nan.safetensors", "--epochs", "1"],
                          saying: "--init-weights nan.safetensors: parameter 0.bias holds NaN")
    }

    func testModelInputShapeThatOverflows() throws {
        try write(safetensors(header: #"{"__metadata__":{"format":"axon","model":"mlp","sizes":"2-2","activation":"relu","dtype":"float32","input_shape":"[3037000500,3037000500]"}}"#),
                  to: "m.safetensors")
        try expectRefusal(["predict", "--weights", "m.safetensors", "--data", "csv:ok.csv"], saying: "input_shape")
    }

    func testSafeTensorsHeadersThatLie() throws {
        let cases: [(String, Data, String)] = [
            ("duplicate", safetensors(header: #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#, data: 4), "appears twice"),
            ("deep", safetensors(header: #"{"a":"# + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"), "nested deeper"),
            ("length", { var d = Data(); withUnsafeBytes(of: UInt64(99_000_000).littleEndian) { d.append(contentsOf: $0) }; d.append(contentsOf: Array("{}".utf8)); return d }(), "runs past the end"),
            ("stride", safetensors(header: #"{"a":{"dtype":"F32","shape":[0,4611686018427387904,4611686018427387904],"data_offsets":[0,0]}}"#), "cannot fill"),
            ("offsets", safetensors(header: #"{"a":{"dtype":"U8","shape":[4611686018427387904],"data_offsets":[0,4611686018427387904]}}"#), "run past"),
            ("dtype", safetensors(header: #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":{"y":[1,2,{"z":null}]}},"b":{"dtype":"Q9","shape":[0],"data_offsets":[4,4]}}"#, data: 4), "unknown dtype"),
            ("garbage", safetensors(header: #"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}} x"#, data: 4), "not valid JSON"),
        ]
        for (name, bytes, fragment) in cases {
            try bytes.write(to: directory.appendingPathComponent("\(name).safetensors"))
            try expectRefusal(["evaluate", "--weights", "\(name).safetensors", "--data", "csv:ok.csv"], saying: fragment)
        }
    }

    func testManyTensorsAreCappedAndLongListsAreCut() throws {
        var entries = (0..<100_001).map { #""t\#($0)":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}"# }
        try write(safetensors(header: "{" + entries.joined(separator: ",") + "}"), to: "many.safetensors")
        try expectRefusal(["evaluate", "--weights", "many.safetensors", "--data", "csv:ok.csv", "--model", "2-2"],
                          saying: "more than 100000 tensors")
        entries = (0..<5_000).map { #""t\#($0)":{"dtype":"F32","shape":[0],"data_offsets":[0,0]}"# }
        entries += [#""0.weight":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}"#, #""0.bias":{"dtype":"F32","shape":[2],"data_offsets":[16,24]}"#]
        try write(safetensors(header: "{" + entries.joined(separator: ",") + "}", data: 24), to: "extra.safetensors")
        let message = try expectRefusal(["evaluate", "--weights", "extra.safetensors", "--data", "csv:ok.csv", "--model", "2-2"],
                                        saying: "and 4990 more")
        XCTAssertLessThan(message.count, 1_000, message)
    }

    func testACheckpointsRecordedSettingsAreCheckedLikeFlags() throws {
        let checkpoints = directory.appendingPathComponent("runs")
        let trained = try run(["train", "--data", "csv:ok.csv", "--epochs", "1", "--checkpoint-dir", checkpoints.path])
        XCTAssertEqual(trained.status, 0, trained.standardError)
        let url = checkpoints.appendingPathComponent("checkpoint-epoch-0001.safetensors")
        let file = try SafeTensors.read(from: url)
        for (key, value, fragment) in [("validation_split", 5.0, "a validation split of 5.0"), ("epochs", -3, "-3 epochs"),
                                       ("early_stopping", 0, "an early-stopping patience of 0")] as [(String, Double, String)] {
            var metadata = file.metadata
            var settings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data((metadata[TrainSettings.metadataKey] ?? "").utf8)) as? [String: Any])
            settings[key] = key == "validation_split" ? value as Any : Int(value) as Any
            metadata[TrainSettings.metadataKey] = String(decoding: try JSONSerialization.data(withJSONObject: settings), as: UTF8.self)
            let hostile = directory.appendingPathComponent("hostile-\(key).safetensors")
            try SafeTensors.write(file.tensors.map { ($0.name, $0.tensor) }, metadata: metadata, to: hostile)
            try expectRefusal(["train", "--resume", hostile.path], saying: fragment)
        }
    }

    // MARK: - CSV

    func testCSVLabelsCannotMakeHugeLayers() throws {
        for label in ["50000000", "1000000000", "9223372036854775807"] {
            try write("x,label\n1,0\n2,\(label)\n", to: "labels.csv")
            try expectRefusal(["train", "--data", "csv:labels.csv", "--epochs", "1"], saying: "--max-classes")
        }
        try write("x,label\n" + (0..<100_001).map { "1,c\($0)\n" }.joined(), to: "names.csv")
        try expectRefusal(["train", "--data", "csv:names.csv", "--epochs", "1"], saying: "100001 distinct labels")
    }

    func testCSVValuesMustBeFiniteNumbers() throws {
        for (field, fragment) in [("nan", "NaN"), ("inf", "infinite"), ("-Infinity", "infinite"), ("1e39", "float32's range"),
                                  ("0\u{0}0.5", "NUL byte"), ("0x", "not a number")] {
            try write("x,y,label\n1,2,0\n3,\(field),1\n", to: "values.csv")
            let message = try expectRefusal(["train", "--data", "csv:values.csv", "--epochs", "1"], saying: fragment)
            XCTAssertTrue(message.contains("values.csv:3:2"), message)
        }
    }

    func testCSVRowsAndQuotes() throws {
        try write(Array(repeating: "1", count: 200_001).joined(separator: ",") + "\n", to: "wide.csv")
        try expectRefusal(["train", "--data", "csv:wide.csv", "--epochs", "1"], saying: "--max-columns")
        try write("x,y,label\n1,\"2,0\n", to: "open.csv")
        try expectRefusal(["train", "--data", "csv:open.csv", "--epochs", "1"], saying: "not closed")
        try write("x,y,label\n1,\"2\"3,0\n", to: "after.csv")
        try expectRefusal(["train", "--data", "csv:after.csv", "--epochs", "1"], saying: "after the closing quote")
        try write("x,y,label\n1,\"" + String(repeating: "9", count: 3_000_000) + "\",0\n", to: "field.csv")
        let message = try expectRefusal(["train", "--data", "csv:field.csv", "--epochs", "1"], saying: "is infinite")
        XCTAssertLessThan(message.count, 300, "a huge field is cut in the message")
        try write("x,y,label\n", to: "header.csv")
        try expectRefusal(["evaluate", "--weights", "plain.safetensors", "--model", "2-2", "--data", "csv:header.csv"], saying: "no data rows")
        // Predicting for no rows is no error: the output is the header alone.
        let predicted = try run(["predict", "--weights", "plain.safetensors", "--model", "2-2", "--data", "csv:header.csv"])
        XCTAssertEqual(predicted.status, 0, predicted.standardError)
        XCTAssertNil(predicted.signal)
    }

    func testSpecialFilesAreRefusedByWhatTheyAre() throws {
        let fifo = directory.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        for path in ["/dev/zero", fifo] {
            try expectRefusal(["train", "--data", "csv:\(path)", "--epochs", "1"], saying: "not a regular file")
            try expectRefusal(["evaluate", "--weights", path, "--data", "csv:ok.csv"], saying: "not a regular file")
            try expectRefusal(["predict", "--weights", "plain.safetensors", "--model", "2-2", "--data", "csv:\(path)"], saying: "not a regular file")
        }
        try expectRefusal(["evaluate", "--weights", directory.path, "--data", "csv:ok.csv"], saying: "a directory, not a regular file")
    }

    func testTestSetsMustFitTheModelTheTrainingSetChose() throws {
        try write("x,y,t\n1,2,0.5\n3,4,1.5\n", to: "regression.csv")
        try write("x,y,t\n1,2,0\n3,4,50\n", to: "labels.csv")
        try expectRefusal(["train", "--data", "csv:regression.csv,targets=1", "--test", "csv:labels.csv", "--epochs", "1"],
                          saying: "the test set has class labels, but the training set has real-valued targets")
        try expectRefusal(["train", "--data", "csv:ok.csv", "--loss", "mse", "--test", "csv:labels.csv", "--epochs", "1"],
                          saying: "the test set has labels up to 50, but the model has 2 outputs")
        try mnist("labels", images: idx([2, 2, 2], payload: [UInt8](repeating: 1, count: 8)), labels: idx([2], payload: [0, 1]),
                  testImages: idx([2, 2, 2], payload: [UInt8](repeating: 1, count: 8)), testLabels: idx([2], payload: [0, 200]))
        try expectRefusal(["train", "--data", "mnist:labels", "--model", "4-10", "--epochs", "1"],
                          saying: "the test set has labels up to 200, but the model has 10 outputs")
    }

    // MARK: - IDX and gzip

    func testIDXDimensionsAndImagesOfNoPixels() throws {
        try mnist("overflow", images: idx([0, 0xFFFF_FFFF, 0xFFFF_FFFF]), labels: idx([0]))
        try expectRefusal(["train", "--data", "mnist:overflow", "--epochs", "1"], saying: "too large")
        try mnist("zero", images: idx([4, 0, 28]), labels: idx([4], payload: [0, 1, 2, 3]))
        try expectRefusal(["train", "--data", "mnist:zero", "--epochs", "1"], saying: "at least one row and one column")
        try mnist("empty-test", images: idx([2, 3, 3], payload: [UInt8](repeating: 7, count: 18)), labels: idx([2], payload: [0, 1]),
                  testImages: idx([0, 3, 3]), testLabels: idx([0]))
        try write(safetensors(header: #"{"__metadata__":{"format":"axon","model":"mlp","sizes":"9-2","activation":"relu","dtype":"float32"},"0.weight":{"dtype":"F32","shape":[2,9],"data_offsets":[0,72]},"0.bias":{"dtype":"F32","shape":[2],"data_offsets":[72,80]}}"#, data: 80),
                  to: "mlp9.safetensors")
        try expectRefusal(["evaluate", "--weights", "mlp9.safetensors", "--data", "mnist:empty-test"], saying: "no samples")
    }

    func testGzipInflatesNoMoreThanItsHeaderAnnounces() throws {
        // 100 images of 28 × 28 announced, 64 MB of zeros behind them (64 KB compressed).
        let bomb = Gzip.compress(idx([100, 28, 28], payload: [UInt8](repeating: 0, count: 64 << 20)), level: 9)
        try mnist("bomb", images: bomb, labels: idx([100], payload: [UInt8](repeating: 0, count: 100)), gzipImages: true)
        try expectRefusal(["train", "--data", "mnist:bomb", "--epochs", "1"], saying: "more than the 78416 bytes its header announces")
        // Announced: 1 TB (over the limit), then 1 GB (more than the file can hold).
        for (dimensions, fragment) in [([3_000, 1_000, 1_000], "--max-decompressed-mb"), ([1_000, 1_000, 1_000], "compressed bytes can hold")] {
            try mnist("claim", images: Gzip.compress(idx(dimensions)), labels: idx([1_000], payload: []), gzipImages: true)
            try expectRefusal(["train", "--data", "mnist:claim", "--epochs", "1"], saying: fragment)
        }
        let whole = Gzip.compress(idx([2, 2, 2], payload: [UInt8](repeating: 1, count: 8)))
        try mnist("cut", images: Array(whole.prefix(whole.count - 12)), labels: idx([2], payload: [0, 1]), gzipImages: true)
        try expectRefusal(["train", "--data", "mnist:cut", "--epochs", "1"], saying: "ends early")
    }

    // MARK: - Flags

    func testAbsurdFlagsAreRefusedBeforeAllocating() throws {
        try mnist("tiny", images: idx([2, 8, 8], payload: [UInt8](repeating: 5, count: 128)), labels: idx([2], payload: [0, 1]))
        let cases: [([String], String)] = [
            (["--data", "csv:ok.csv", "--model", "2-10000000-10000000-2"], "more than fit in this machine's"),
            (["--data", "csv:ok.csv", "--model", "2-9223372036854775807-2"], "too large to allocate"),
            (["--data", "csv:ok.csv", "--model", "dense:99999999999"], "above the limit"),
            (["--data", "mnist:tiny", "--model", "adaptiveavgpool:16777216 flatten dense:2"], "more than fit in this machine's"),
            (["--data", "mnist:tiny", "--model", "conv:4x9 flatten dense:2"], "larger than the padded input"),
            (["--data", "mnist:tiny", "--model", "conv:4x3,pad=16777216 flatten dense:2"], "this machine's"),
            (["--data", "csv:ok.csv", "--batch-size", "1e18"], "--batch-size"),
            (["--data", "csv:ok.csv", "--schedule", "step:size=1,gamma=nan"], "gamma=nan is not a finite number"),
            (["--data", "csv:ok.csv", "--schedule", "onecycle:max=inf"], "max=inf is not a finite number"),
            (["--data", "csv:ok.csv", "--schedule", "multistep:milestones=-1/x"], "positive epochs"),
            (["--data", "csv:ok.csv", "--schedule", "onecycle", "--epochs", "9223372036854775807", "--batch-size", "1"], "more steps than can be counted"),
            (["--data", "csv:ok.csv", "--validation-split", "0.001"], "holds out no sample"),
        ]
        for (arguments, fragment) in cases {
            try expectRefusal(["train", "--epochs", "1"] + arguments, saying: fragment)
        }
        try expectRefusal(["train", "--epochs", "1", "--data", "csv:ok.csv", "--lr", "inf"], saying: "--lr inf: must be a finite number")
        try expectRefusal(["summary", "--model", "2-10000000-10000000-2"], saying: "more than fit in this machine's")
        try expectRefusal(["summary", "--model", "conv:16777216x16384 flatten dense:2", "--input-shape", "1,32,32"], saying: "more than fit in this machine's")
    }

    /// The benchmarks' sizes are flags too (each far past any machine's memory) (run in-process: a debug build
    /// warns on standard error before measuring).
    func testBenchmarkSizesAreCheckedAgainstMemory() {
        for arguments in [["bench", "gemm", "--sizes", "3037000500"], ["bench", "gemm", "--sizes", "10000000"],
                          ["bench", "elementwise", "--count", "9223372036854775807"], ["bench", "conv", "--batch", "9223372036854775807"]] {
            do {
                var command = try AxonCommand.parseAsRoot(arguments + ["--allow-debug"])
                try command.run()
                XCTFail("\(arguments) ran")
            } catch {
                let message = AxonCommand.message(for: error)
                XCTAssertTrue(message.contains("needs more than this machine's"), "\(arguments): \(message)")
            }
        }
    }

    // MARK: - Running axon

    /// How a run ended.
    struct Outcome {
        var status: Int32
        var signal: Int32?
        var standardError: String
        var peakBytes: Int
    }

    /// Runs `axon` with `arguments` in the test's directory and checks the
    /// refusal: status 1, one line naming `fragment`, memory under the
    /// limit, no file changed. Returns the line.
    @discardableResult
    func expectRefusal(_ arguments: [String], saying fragment: String,
                       file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let before = snapshot()
        let outcome = try run(arguments)
        let context = "axon \(arguments.map { $0.count > 60 ? $0.prefix(60) + "…" : $0 }.joined(separator: " "))"
        XCTAssertNil(outcome.signal, "\(context): killed by signal \(outcome.signal ?? 0): \(outcome.standardError.prefix(500))", file: file, line: line)
        XCTAssertEqual(outcome.status, 1, "\(context): \(outcome.standardError.prefix(500))", file: file, line: line)
        let lines = outcome.standardError.split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertEqual(lines.count, 1, "\(context): \(outcome.standardError.prefix(500))", file: file, line: line)
        XCTAssertTrue(outcome.standardError.contains(fragment), "\(context): expected \"\(fragment)\" in \(outcome.standardError.prefix(500))", file: file, line: line)
        XCTAssertLessThan(outcome.peakBytes, Self.peakLimit, "\(context): peak memory \(outcome.peakBytes >> 20) MB", file: file, line: line)
        XCTAssertEqual(snapshot(), before, "\(context): files changed", file: file, line: line)
        return outcome.standardError
    }

    /// Runs `axon` and waits for it with wait4, whose resource usage is this
    /// child's alone (RUSAGE_CHILDREN would keep the largest of all).
    func run(_ arguments: [String]) throws -> Outcome {
        let axon = try CheckpointKillTests.axonExecutable()
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("axon-hostile-\(UUID().uuidString).err").path
        defer { unlink(errorPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([axon.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        // The child starts in the test's directory (names in the cases are relative to it);
        // glibc's posix_spawn_file_actions_addchdir_np is not visible to Swift, so the parent
        // steps in and out around the spawn (XCTest runs tests one at a time).
        let previous = FileManager.default.currentDirectoryPath
        guard FileManager.default.changeCurrentDirectoryPath(directory.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "cannot enter \(directory.path)"])
        }
        let spawned = posix_spawn(&pid, axon.path, &actions, nil, argv, environ)
        _ = FileManager.default.changeCurrentDirectoryPath(previous)
        guard spawned == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "posix_spawn: \(spawned)"]) }
        let started = Date()
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if Date().timeIntervalSince(started) > Self.timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                XCTFail("axon \(arguments) ran more than \(Self.timeout) s")
                break
            }
            usleep(2_000)
        }
        let standardError = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        let signaled = status & 0x7F != 0
        // ru_maxrss is in kilobytes on Linux, bytes on macOS.
        #if os(Linux)
        let peak = usage.ru_maxrss * 1024
        #else
        let peak = usage.ru_maxrss
        #endif
        return Outcome(status: signaled ? -1 : (status >> 8) & 0xFF, signal: signaled ? status & 0x7F : nil,
                       standardError: standardError, peakBytes: peak)
    }

    /// Every file under the directory with its size and modification time.
    func snapshot() -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let name = enumerator?.nextObject() as? String {
            var status = stat()
            guard lstat(directory.appendingPathComponent(name).path, &status) == 0 else { continue }
            result[name] = "\(status.st_mode) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        return result
    }

    // MARK: - Hostile files

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func write(_ bytes: Data, to name: String) throws {
        try bytes.write(to: directory.appendingPathComponent(name))
    }

    /// A safetensors file of `header` and `data` zero bytes.
    func safetensors(header: String, data: Int = 0) -> Data {
        var json = Array(header.utf8)
        while json.count % 8 != 0 { json.append(UInt8(ascii: " ")) }
        var bytes = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: json)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: data))
        return bytes
    }

    /// A model file of the first format (an MLP by its widths) whose one
    /// tensor holds 32 floats, whatever the widths say.
    func firstFormatModel(sizes: String) -> Data {
        let values = 32
        return safetensors(header: #"{"__metadata__":{"format":"axon","model":"mlp","sizes":"\#(sizes)","activation":"relu","dtype":"float32"},"0.weight":{"dtype":"F32","shape":[\#(values)],"data_offsets":[0,\#(4 * values)]}}"#,
                    data: 4 * values)
    }

    /// An IDX file of unsigned bytes.
    func idx(_ dimensions: [Int], payload: [UInt8] = []) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 0x08, UInt8(dimensions.count)]
        for size in dimensions { bytes += [UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)] }
        return bytes + payload
    }

    /// A directory of MNIST's four files; the test split repeats the
    /// training split unless given.
    func mnist(_ name: String, images: [UInt8], labels: [UInt8], testImages: [UInt8]? = nil, testLabels: [UInt8]? = nil,
               gzipImages: Bool = false) throws {
        let folder = directory.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let suffix = gzipImages ? ".gz" : ""
        try Data(images).write(to: folder.appendingPathComponent(MNIST.fileNames.trainImages + suffix))
        try Data(labels).write(to: folder.appendingPathComponent(MNIST.fileNames.trainLabels))
        try Data(testImages ?? images).write(to: folder.appendingPathComponent(MNIST.fileNames.testImages + (testImages == nil ? suffix : "")))
        try Data(testLabels ?? labels).write(to: folder.appendingPathComponent(MNIST.fileNames.testLabels))
    }
}
