import Axon
import Foundation
import XCTest
@testable import AxonCLI

/// `axon evaluate` and `axon predict` end to end: Axon model files and plain
/// PyTorch state_dicts, every kind of `--data`, output to standard output or
/// to a file written whole, an id column and the inputs carried through.
final class PredictEvaluateTests: XCTestCase {
    var directory: URL!

    /// What a command wrote, and the message it stopped with (nil: success).
    struct Outcome {
        var standardOutput: String
        var standardError: String
        var failure: String?
    }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("axon-predict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Runs `axon ARGUMENTS` in-process with file descriptors 1 and 2
    /// redirected to files, so that both `print` and direct writes are caught.
    func run(_ arguments: [String]) throws -> Outcome {
        let outputPath = path(".captured-stdout"), errorPath = path(".captured-stderr")
        fflush(nil)
        let outputFile = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let errorFile = open(errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        XCTAssertTrue(outputFile >= 0 && errorFile >= 0, "cannot capture the output")
        let savedOutput = dup(1), savedError = dup(2)
        dup2(outputFile, 1)
        dup2(errorFile, 2)
        var failure: String?
        do {
            var command = try AxonCommand.parseAsRoot(arguments)
            try command.run()
        } catch {
            failure = AxonCommand.message(for: error)
        }
        fflush(nil)
        dup2(savedOutput, 1)
        dup2(savedError, 2)
        for descriptor in [outputFile, errorFile, savedOutput, savedError] { close(descriptor) }
        defer {
            unlink(outputPath)
            unlink(errorPath)
        }
        return Outcome(standardOutput: try captured(outputPath), standardError: try captured(errorPath), failure: failure)
    }

    /// The text of a capture file. Read through a file handle: Foundation's
    /// `String(contentsOfFile:)` leaks its 4 KB buffer on an empty file.
    private func captured(_ path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    }

    /// Runs a command that must succeed and returns its standard output.
    func succeed(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let outcome = try run(arguments)
        XCTAssertNil(outcome.failure, "\(arguments)", file: file, line: line)
        return outcome.standardOutput
    }

    /// Runs a command that must fail and returns its message.
    func fail(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let outcome = try run(arguments)
        XCTAssertNotNil(outcome.failure, "\(arguments) succeeded", file: file, line: line)
        return outcome.failure ?? ""
    }

    /// The fields of `axon evaluate --json`'s line.
    func evaluation(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let text = try succeed(["evaluate", "--json"] + arguments, file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any], text, file: file, line: line)
    }

    /// A spiral classifier trained in-process, saved as an Axon model file.
    func trainSpiral(activation: String = "relu", dtype: String = "float32") throws -> String {
        let model = path("spiral-\(activation)-\(dtype).safetensors")
        _ = try succeed(["train", "--data", "spiral", "--model", "2-16-3", "--activation", activation, "--dtype", dtype,
                         "--epochs", "5", "--seed", "3", "--save", model])
        return model
    }

    /// The weights of an Axon model file written again as a plain state_dict
    /// (no metadata), as `safetensors.torch.save_file` writes one; `prefix`
    /// goes before every name.
    func writeStateDict(of modelFile: String, prefix: String = "", to name: String) throws -> String {
        let model = try ModelFile.load(from: URL(fileURLWithPath: modelFile)).model
        let plain = path(name)
        try SafeTensors.write(model.stateDict.map { (prefix + $0.name, $0.tensor) }, to: URL(fileURLWithPath: plain))
        XCTAssertEqual(try SafeTensors.read(from: URL(fileURLWithPath: plain)).metadata, [:])
        return plain
    }

    /// A new multi-layer perceptron saved as a plain state_dict.
    func writeStateDict(sizes: [Int], to name: String) throws -> (model: Sequential, path: String) {
        var generator = RandomGenerator(seed: 11)
        let model = Sequential.multilayerPerceptron(sizes: sizes, generator: &generator)
        let plain = path(name)
        try SafeTensors.write(model.stateDict.map { ($0.name, $0.tensor) }, to: URL(fileURLWithPath: plain))
        return (model, plain)
    }

    func write(_ text: String, to name: String) throws -> String {
        try text.write(toFile: path(name), atomically: false, encoding: .utf8)
        return path(name)
    }

    /// The names in the test's directory that look like temporary files.
    func temporaryFiles(in folder: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder ?? directory.path).filter { $0.hasSuffix(".tmp") }
    }

    // MARK: - Axon model files

    func testTrainedModelIsEvaluatedAndPredicted() throws {
        let model = try trainSpiral()
        let measured = try evaluation(["--weights", model, "--data", "spiral"])
        XCTAssertEqual(measured["samples"] as? Int, 300, "the spiral's test split")
        let accuracy = try XCTUnwrap(measured["accuracy"] as? Double)
        XCTAssertGreaterThan(accuracy, 0.34, "five epochs beat chance on three classes")
        let text = try succeed(["evaluate", "--weights", model, "--data", "spiral"])
        XCTAssertTrue(text.contains(String(format: "accuracy %.2f%%", accuracy * 100)), text)

        let output = path("spiral.csv")
        let status = try succeed(["predict", "--weights", model, "--data", "spiral", "--output", output])
        XCTAssertEqual(status, "wrote 300 prediction(s) to \(output)\n")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.first, "class,p_0,p_1,p_2")
        XCTAssertEqual(lines.count, 301)
    }

    func testAxonFileRefusesTheFlagsOfAPlainStateDict() throws {
        let model = try trainSpiral()
        let message = try fail(["evaluate", "--weights", model, "--data", "spiral", "--model", "2-16-3",
                                "--activation", "relu"])
        XCTAssertTrue(message.contains(model) && message.contains("describes its own architecture")
                      && message.contains("--model, --activation"), message)
        let checkpoints = path("checkpoints")
        _ = try succeed(["train", "--data", "spiral", "--model", "2-8-3", "--epochs", "1", "--checkpoint-dir", checkpoints])
        let checkpoint = try XCTUnwrap(Checkpoint.latest(in: URL(fileURLWithPath: checkpoints))).path
        XCTAssertNil(try run(["evaluate", "--weights", checkpoint, "--data", "spiral"]).failure, "a checkpoint evaluates")
        let refused = try fail(["predict", "--weights", checkpoint, "--data", "spiral", "--normalize", "standard"])
        XCTAssertTrue(refused.contains("an Axon checkpoint") && refused.contains("--normalize"), refused)
    }

    // MARK: - Plain state_dicts

    func testPlainStateDictEvaluatesAsTheAxonFileOfTheSameWeights() throws {
        let model = try trainSpiral(activation: "tanh")
        let plain = try writeStateDict(of: model, to: "plain.safetensors")
        let axon = try evaluation(["--weights", model, "--data", "spiral"])
        let torch = try evaluation(["--weights", plain, "--model", "2-16-3", "--activation", "tanh", "--data", "spiral"])
        XCTAssertEqual(torch["accuracy"] as? Double, axon["accuracy"] as? Double)
        XCTAssertEqual(torch["loss"] as? Double, axon["loss"] as? Double)
        XCTAssertEqual(torch["confusion_matrix"] as? [[Int]], axon["confusion_matrix"] as? [[Int]])
        let relu = try evaluation(["--weights", plain, "--model", "2-16-3", "--activation", "relu", "--data", "spiral"])
        XCTAssertNotEqual(relu["loss"] as? Double, axon["loss"] as? Double, "--activation is the one the network uses")

        let axonPredictions = try succeed(["predict", "--weights", model, "--data", "spiral"])
        let torchPredictions = try succeed(["predict", "--weights", plain, "--model", "2-16-3", "--activation", "tanh",
                                            "--data", "spiral"])
        XCTAssertEqual(torchPredictions, axonPredictions)
    }

    func testFloat64StateDictBuildsAFloat64Model() throws {
        let model = try trainSpiral(dtype: "float64")
        let plain = try writeStateDict(of: model, to: "plain64.safetensors")
        let axon = try evaluation(["--weights", model, "--data", "spiral"])
        let torch = try evaluation(["--weights", plain, "--model", "2-16-3", "--data", "spiral"])
        XCTAssertEqual(torch["loss"] as? Double, axon["loss"] as? Double, "float64 all through, to the last bit")
    }

    func testStripPrefixRemovesTheFilesPrefix() throws {
        let model = try trainSpiral()
        let prefixed = try writeStateDict(of: model, prefix: "net.", to: "prefixed.safetensors")
        let axon = try evaluation(["--weights", model, "--data", "spiral"])
        let torch = try evaluation(["--weights", prefixed, "--model", "2-16-3", "--strip-prefix", "net.", "--data", "spiral"])
        XCTAssertEqual(torch["accuracy"] as? Double, axon["accuracy"] as? Double)

        let unstripped = try fail(["evaluate", "--weights", prefixed, "--model", "2-16-3", "--data", "spiral"])
        for fragment in [prefixed, "missing 0.weight", "unexpected net.0.bias", "give --strip-prefix net."] {
            XCTAssertTrue(unstripped.contains(fragment), "\(fragment) in: \(unstripped)")
        }
        let wrong = try fail(["predict", "--weights", prefixed, "--model", "2-16-3", "--strip-prefix", "model.",
                              "--data", "spiral"])
        XCTAssertTrue(wrong.contains("without the prefix \"model.\": net.0.bias"), wrong)
    }

    func testPlainStateDictWithoutModelAsksForTheArchitecture() throws {
        let plain = try writeStateDict(of: try trainSpiral(), to: "plain.safetensors")
        for command in ["evaluate", "predict"] {
            let message = try fail([command, "--weights", plain, "--data", "spiral"])
            XCTAssertTrue(message.contains(plain) && message.contains("--model") && message.contains("--activation"), message)
        }
    }

    func testMismatchedStateDictNamesTheFileAndTheTensors() throws {
        let plain = try writeStateDict(of: try trainSpiral(), to: "plain.safetensors")
        let message = try fail(["evaluate", "--weights", plain, "--model", "2-8-3", "--data", "spiral"])
        XCTAssertTrue(message.contains(plain), message)
        XCTAssertTrue(message.contains("0.weight has shape [16, 2], the model expects [8, 2]"), message)
        let deeper = try fail(["evaluate", "--weights", plain, "--model", "2-16-16-3", "--data", "spiral"])
        XCTAssertTrue(deeper.contains("missing 4.weight, 4.bias"), deeper)
        let bad = try fail(["evaluate", "--weights", plain, "--model", "2-16-3", "--normalize", "zscore", "--data", "spiral"])
        XCTAssertTrue(bad.contains("--normalize") && bad.contains("zscore"), bad)
    }

    func testNormalizeIsFittedOnTheDataGiven() throws {
        let (model, plain) = try writeStateDict(sizes: [4, 8, 3], to: "iris.safetensors")
        let csv = try succeed(["predict", "--weights", plain, "--model", "4-8-3", "--normalize", "minmax", "--data", "iris"])
        let test = try XCTUnwrap(Iris.load().test)
        let scaled = FeatureScaler.minMax(test).transform(test.features)
        let expected = noGrad { softmax(model(scaled), axis: 1) }.doubles
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").dropFirst().compactMap { Double($0) } }
        XCTAssertEqual(rows.count, 30, "iris's test split")
        for (index, value) in rows.flatMap({ $0 }).enumerated() {
            XCTAssertEqual(value, expected[index], accuracy: 1e-5)
        }
    }

    func testRegressionStateDictDefaultsToMeanSquaredError() throws {
        var generator = RandomGenerator(seed: 5)
        let network = Sequential.multilayerPerceptron(sizes: [2, 1], generator: &generator)
        try network.loadStateDict(["0.weight": Tensor([1, 2] as [Float], shape: [1, 2]), "0.bias": Tensor([0.5] as [Float])])
        let plain = path("linear.safetensors")
        try SafeTensors.write(network.stateDict.map { ($0.name, $0.tensor) }, to: URL(fileURLWithPath: plain))
        let data = try write("a,b,t\n1,2,6\n0,1,2\n", to: "values.csv")
        // Predictions 1 + 4 + 0.5 = 5.5 and 0 + 2 + 0.5 = 2.5: squared errors 0.25 and 0.25.
        let measured = try evaluation(["--weights", plain, "--model", "2-1", "--data", "csv:\(data),targets=1"])
        XCTAssertEqual(try XCTUnwrap(measured["loss"] as? Double), 0.25, accuracy: 1e-6)
        let csv = try succeed(["predict", "--weights", plain, "--model", "2-1", "--data", "csv:\(data),targets=1"])
        XCTAssertEqual(csv, "prediction_0\n5.5\n2.5\n")
    }

    // MARK: - Standard output

    func testPredictWritesOnlyTheCSVToStandardOutput() throws {
        let model = try trainSpiral()
        let rows = try write("x,y\n0.5,-0.25\n0.1,0.3\n", to: "rows.csv")
        let byDefault = try run(["predict", "--weights", model, "--data", "csv:\(rows)"])
        XCTAssertNil(byDefault.failure)
        let lines = byDefault.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 4, byDefault.standardOutput)
        XCTAssertEqual(lines.first, "class,p_0,p_1,p_2")
        XCTAssertEqual(lines.last, "", "the CSV ends with a line break")
        XCTAssertEqual(byDefault.standardError, "", "no status line in the way")

        let dash = try run(["predict", "--weights", model, "--data", "csv:\(rows)", "--output", "-"])
        XCTAssertEqual(dash.standardOutput, byDefault.standardOutput)
        let file = path("predictions.csv")
        let written = try run(["predict", "--weights", model, "--data", "csv:\(rows)", "--output", file])
        XCTAssertEqual(written.standardOutput, "wrote 2 prediction(s) to \(file)\n")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), byDefault.standardOutput)
    }

    /// The built `axon` binary: standard output carries the CSV alone, and a
    /// refused output exits non-zero with the message on standard error.
    func testExecutableWritesCSVToStandardOutputAndFailsWithAStatus() throws {
        #if os(macOS)
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
        #else
        let products: URL? = Bundle.main.bundleURL
        #endif
        let executable = try XCTUnwrap(products).appendingPathComponent("axon")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("\(executable.path) is not built")
        }
        let model = try trainSpiral()
        func launch(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            let output = Pipe(), error = Pipe()
            process.standardOutput = output
            process.standardError = error
            try process.run()
            let outputData = output.fileHandleForReading.readDataToEndOfFile()
            let errorData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
        }
        let success = try launch(["predict", "--weights", model, "--data", "spiral"])
        XCTAssertEqual(success.status, 0, success.error)
        XCTAssertEqual(success.output.split(separator: "\n").count, 301)
        XCTAssertEqual(success.error, "")
        let refused = try launch(["predict", "--weights", model, "--data", "spiral", "--output", directory.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertEqual(refused.output, "")
        XCTAssertTrue(refused.error.contains("is a directory"), refused.error)
    }

    // MARK: - Id column and inputs

    func testIdColumnAndInputsAreCarriedThrough() throws {
        let model = try trainSpiral()
        let rows = try write("x,name,y,label\n0.50,p1,-0.25,1\n0.1,\"p,2\",3e-1,0\n", to: "named.csv")
        let inputsOnly = try write("0.5,-0.25\n0.1,0.3\n", to: "headless.csv")
        let plain = try succeed(["predict", "--weights", model, "--data", "csv:\(inputsOnly)"])
        let carried = try succeed(["predict", "--weights", model, "--data", "csv:\(rows),label=label",
                                   "--id-column", "name", "--include-inputs"])
        let lines = carried.split(separator: "\n")
        guard lines.count == 3 else { return XCTFail("three lines expected: \(carried)") }
        XCTAssertEqual(lines[0], "name,x,y,class,p_0,p_1,p_2")
        XCTAssertTrue(lines[1].hasPrefix("p1,0.50,-0.25,"), String(lines[1]))
        XCTAssertTrue(lines[2].hasPrefix("\"p,2\",0.1,3e-1,"), String(lines[2]))
        let predictions = plain.split(separator: "\n")
        XCTAssertTrue(lines[1].hasSuffix("," + predictions[1]), "the id column is not an input")
        XCTAssertTrue(lines[2].hasSuffix("," + predictions[2]))

        let headless = inputsOnly
        let numbered = try succeed(["predict", "--weights", model, "--data", "csv:\(headless)", "--include-inputs"])
        XCTAssertTrue(numbered.hasPrefix("x0,x1,class,p_0,p_1,p_2\n0.5,-0.25,"), numbered)
        let noHeader = try fail(["predict", "--weights", model, "--data", "csv:\(headless)", "--id-column", "name"])
        XCTAssertTrue(noHeader.contains("--id-column name") && noHeader.contains("no header row"), noHeader)
        let unknown = try fail(["predict", "--weights", model, "--data", "csv:\(rows)", "--id-column", "id"])
        XCTAssertTrue(unknown.contains("\"id\" is not a column") && unknown.contains("x, name, y, label"), unknown)
        let notCSV = try fail(["predict", "--weights", model, "--data", "spiral", "--id-column", "name"])
        XCTAssertTrue(notCSV.contains("--id-column") && notCSV.contains("CSV"), notCSV)
        let builtIn = try succeed(["predict", "--weights", model, "--data", "spiral", "--include-inputs"])
        XCTAssertTrue(builtIn.hasPrefix("x,y,class,"), builtIn)
    }

    func testBadCSVFieldIsNamedByLineAndColumn() throws {
        let model = try trainSpiral()
        let rows = try write("x,y\n0.5,-0.25\n0.1,n/a\n", to: "bad.csv")
        let message = try fail(["predict", "--weights", model, "--data", "csv:\(rows)"])
        XCTAssertTrue(message.contains("\(rows):3:2") && message.contains("\"n/a\" in column \"y\""), message)
    }

    func testCSVRowsAreReadAsCSVDatasetReadsThem() throws {
        // A byte-order mark, CRLF line ends, a quoted field across two lines, a blank line, spaces, an escaped quote.
        let text = "\u{FEFF}a, b ,label\r\n1,2,\"two\r\nlines\"\r\n\r\n 3 , 4,\"q\"\"uote\"\r\n5,oops,z\r\n"
        let table = try CSVTable(text: text, path: "t.csv")
        XCTAssertEqual(table.header, ["a", "b", "label"])
        XCTAssertEqual(table.rows.map(\.line), [2, 5, 6])
        XCTAssertEqual(table.rows.map(\.fields), [["1", "2", "two\r\nlines"], ["3", "4", "q\"uote"], ["5", "oops", "z"]])
        var tableError: Error?
        XCTAssertThrowsError(try table.number(table.rows[2], 1)) { tableError = $0 }
        var datasetError: Error?
        XCTAssertThrowsError(try CSVDataset.parse(text, path: "t.csv", label: "label")) { datasetError = $0 }
        XCTAssertEqual(tableError.map { "\($0)" }, "t.csv:6:2: \"oops\" in column \"b\" is not a number")
        XCTAssertEqual(tableError.map { "\($0)" }, datasetError.map { "\($0)" }, "the same line and column as training names")
    }

    // MARK: - Other data

    func testPredictOnMNISTDirectoryUsesItsTestSplit() throws {
        let mnist = directory.appendingPathComponent("mnist")
        try FileManager.default.createDirectory(at: mnist, withIntermediateDirectories: true)
        let testPixels: [UInt8] = [0, 255, 17, 34, 200, 100, 50, 25, 1, 2, 3, 4]
        for (prefix, pixels) in [("train", [UInt8](repeating: 9, count: 20)), ("t10k", testPixels)] {
            let count = pixels.count / 4
            try Data(idx(dimensions: [count, 2, 2], payload: pixels))
                .write(to: mnist.appendingPathComponent("\(prefix)-images-idx3-ubyte"))
            try Data(idx(dimensions: [count], payload: (0..<count).map { UInt8($0) }))
                .write(to: mnist.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
        let (model, plain) = try writeStateDict(sizes: [4, 8, 10], to: "digits.safetensors")
        let csv = try succeed(["predict", "--weights", plain, "--model", "4-8-10", "--data", "mnist:\(mnist.path)",
                               "--include-inputs"])
        let lines = csv.split(separator: "\n")
        guard lines.count == 4 else { return XCTFail("a header and the three test images expected: \(csv)") }
        XCTAssertEqual(lines[0], "x0,x1,x2,x3,class," + (0..<10).map { "p_\($0)" }.joined(separator: ","))
        let features = Tensor(testPixels.map { Float($0) / 255 }, shape: [3, 4])
        let classes = noGrad { model(features).argmax(axis: 1) }.integers
        for row in 0..<3 {
            let fields = lines[row + 1].split(separator: ",")
            XCTAssertEqual(fields.prefix(4).map(String.init), testPixels[row * 4 ..< row * 4 + 4].map { "\($0)" },
                           "pixels as the file has them")
            XCTAssertEqual(fields[4], "\(classes[row])")
        }
    }

    func testPredictOnBuiltInSetNamesItsClasses() throws {
        let (_, plain) = try writeStateDict(sizes: [4, 8, 3], to: "iris.safetensors")
        let csv = try succeed(["predict", "--weights", plain, "--model", "4-8-3", "--data", "iris", "--include-inputs"])
        let lines = csv.split(separator: "\n")
        XCTAssertEqual(lines.count, 31)
        XCTAssertEqual(lines[0], "sepal_length,sepal_width,petal_length,petal_width,class,p_setosa,p_versicolor,p_virginica")
    }

    // MARK: - Output files

    func testOutputThatIsNotARegularFileIsRefusedAndLeftAlone() throws {
        let model = try trainSpiral()
        let folder = path("results")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let kept = try write("keep me", to: "results/kept.txt")
        let pipe = path("pipe")
        XCTAssertEqual(mkfifo(pipe, 0o644), 0)
        let linkToFolder = path("folder-link")
        try FileManager.default.createSymbolicLink(atPath: linkToFolder, withDestinationPath: folder)
        var outputs = [(folder, "a directory"), (pipe, "a FIFO"), (linkToFolder, "a directory")]
        if FileManager.default.fileExists(atPath: "/dev/full") { outputs.append(("/dev/full", "a character device")) }
        for (output, kind) in outputs {
            let message = try fail(["predict", "--weights", model, "--data", "spiral", "--output", output])
            XCTAssertTrue(message.contains(output) && message.contains(kind)
                          && message.contains("not a regular file"), message)
        }
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue)
        XCTAssertEqual(try String(contentsOfFile: kept, encoding: .utf8), "keep me")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: pipe)[.type] as? FileAttributeType, .typeUnknown,
                       "the FIFO is still a FIFO")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: linkToFolder), folder)
        XCTAssertEqual(try temporaryFiles(), [])
        XCTAssertEqual(try temporaryFiles(in: folder), [])
    }

    func testOutputFileIsReplacedWholeAndALinkIsFollowed() throws {
        let model = try trainSpiral()
        let output = try write("old contents\n", to: "out.csv")
        XCTAssertEqual(chmod(output, 0o600), 0)
        _ = try succeed(["predict", "--weights", model, "--data", "spiral", "--output", output])
        let replaced = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(replaced.hasPrefix("class,p_0,p_1,p_2\n"))
        let permissions = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600, "the replaced file keeps its permissions")

        let link = path("latest.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: output)
        try "old contents\n".write(toFile: output, atomically: false, encoding: .utf8)
        _ = try succeed(["predict", "--weights", model, "--data", "spiral", "--output", link])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), output, "the link is kept")
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), replaced, "its file is replaced")

        let missing = try fail(["predict", "--weights", model, "--data", "spiral", "--output", path("absent/out.csv")])
        XCTAssertTrue(missing.contains(path("absent")), missing)
        XCTAssertEqual(try temporaryFiles(), [])
    }

    /// An IDX file of unsigned bytes: magic, dimensions (big-endian), payload.
    private func idx(dimensions: [Int], payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 0x08, UInt8(dimensions.count)]
        for size in dimensions {
            bytes += withUnsafeBytes(of: UInt32(size).bigEndian) { Array($0) }
        }
        return bytes + payload
    }
}
