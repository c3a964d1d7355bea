/// A problem with what the user asked for: printed as one line on standard
/// error, and the command exits with a non-zero status.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
