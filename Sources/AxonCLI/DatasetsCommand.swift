import ArgumentParser
import Axon

/// `axon datasets`: the built-in data sets and the other sources `--data` takes.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "datasets", abstract: "List the data sets --data accepts.")

    func run() throws {
        let rows: [(String, String)] = [
            ("spiral", "3 interleaved spiral arms, 2 features; 900 train / 300 test points (CS231n's spiral)"),
            ("xor", "4 quadrants, 2 features, 2 classes: not linearly separable"),
            ("moons", "two interleaving half circles, 2 features, 2 classes"),
            ("circles", "two concentric circles, 2 features, 2 classes"),
            ("blobs", "two Gaussian clusters, 2 features, 2 classes: linearly separable (the perceptron's case)"),
            ("iris", "Fisher's Iris, 4 features, 3 species; 120 train / 30 test"),
            ("mnist:DIR", "the four MNIST IDX files in DIR (gzipped or not); 60,000 train / 10,000 test"),
            ("csv:PATH[,label=NAME][,targets=K]", "a CSV file: label last (or named), or K regression targets"),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        for (name, summary) in rows {
            print(name + String(repeating: " ", count: width - name.count + 2) + summary)
        }
    }
}
