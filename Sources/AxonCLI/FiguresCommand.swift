import ArgumentParser
import Axon
import AxonPrimer
import Foundation

/// `axon figures`: runs the experiments behind the primer's twelve figures
/// and writes each figure as an SVG file, and a page showing them all.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Compute and draw the primer's 12 figures: one SVG each and an index.html showing them all.",
        discussion: "Every figure is computed by Axon at that moment, and its caption states the numbers of the run; "
            + "the same --seed writes the same files, byte for byte. Figure 12 (the optimizer race) trains on MNIST "
            + "when --mnist is given, on a built-in spiral otherwise."
    )

    @Option(help: ArgumentHelp("The directory to write the figures into; created if missing.", valueName: "dir"))
    var output = "figures"

    @Option(help: ArgumentHelp("A directory of the four MNIST files, for figure 12 (default: the built-in spiral).",
                               valueName: "dir"))
    var mnist: String?

    @Option(help: ArgumentHelp("Seed for every random draw: data, initial weights, data order.", valueName: "n"))
    var seed: UInt64 = 0

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let mnistDirectory = try mnistURL()
        let directory = try checkedOutputDirectory()

        var seconds: [PrimerFigure: Double] = [:]
        let results: PrimerResults
        do {
            results = try PrimerExperiments.run(seed: seed, mnist: mnistDirectory) { figure, elapsed in
                seconds[figure] = elapsed
            }
        } catch let error as DataError {
            throw CLIError("--mnist \(mnist ?? ""): \(error)")
        }
        let book = PrimerBook(results: results)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIError("--output \(output): cannot create the directory: \(error.localizedDescription)")
        }
        do {
            try book.write(to: directory)
        } catch {
            throw CLIError("--output \(output): \(error)")
        }

        print("wrote \(book.figures.count) figures and \(PrimerBook.pageFileName) to \(directory.path)")
        for drawn in book.figures {
            let name = (drawn.figure.fileName + ".svg").padding(toLength: 27, withPad: " ", startingAt: 0)
            let time = String(format: "%6.2f s", seconds[drawn.figure] ?? 0)
            print("\(name) \(time)  \(drawn.summary)")
        }
        print(String(format: "total %.2f s", Self.seconds(clock.now - start)))
    }

    /// `--output`, checked before the experiments run and created after
    /// them when missing; anything there but a directory (or a link to one)
    /// is refused untouched.
    private func checkedOutputDirectory() throws -> URL {
        guard !output.isEmpty else { throw CLIError("--output: give a directory") }
        try checkOutputDirectory(output, flag: "--output")
        return URL(fileURLWithPath: output, isDirectory: true)
    }

    /// `--mnist`, which must be a directory.
    private func mnistURL() throws -> URL? {
        guard let mnist else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: mnist, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("--mnist \(mnist): no such directory; give the directory holding the four MNIST files")
        }
        return URL(fileURLWithPath: mnist, isDirectory: true)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
