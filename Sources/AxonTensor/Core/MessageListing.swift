/// `items` joined for an error message, cut after the first `limit` with a
/// count of the rest: a file of 100,000 tensors or columns gets one
/// readable line, `a, b, c, … and 99,997 more`.
package func messageListing(_ items: [String], separator: String = ", ", limit: Int = 10) -> String {
    guard items.count > limit else { return items.joined(separator: separator) }
    return items.prefix(limit).joined(separator: separator) + "\(separator)… and \(items.count - limit) more"
}
