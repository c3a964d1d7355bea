import Axon

/// `threads`, the value of `flag`, checked: from 1 to four per core. More
/// threads than that only wait for each other (100,000 made training 18
/// times slower), and each is a thread the process starts.
func checkedThreads(_ threads: Int, flag: String = "--threads") throws -> Int {
    let most = 4 * CPU.cores
    guard threads >= 1 else { throw CLIError("\(flag) \(threads): must be at least 1") }
    guard threads <= most else {
        throw CLIError("\(flag) \(threads): at most \(most) on this machine (4 per core, \(CPU.cores) cores)")
    }
    return threads
}
