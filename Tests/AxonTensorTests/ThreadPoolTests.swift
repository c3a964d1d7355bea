import CAxonKernels
import XCTest

/// The thread pool (`threadpool.c`) and the thread-count setting
/// (`dispatch.c`): every worker joins every job, however the jobs are
/// spaced, and 0 restores the default thread count.
final class ThreadPoolTests: XCTestCase {
    override func tearDown() {
        axon_set_threads(0)
        super.tearDown()
    }

    /// Many short jobs whose tasks wait for each other, so that each ends
    /// only once every worker has joined it. The pauses between jobs (up to
    /// 3 ms, around the 2 ms a worker spins before sleeping) catch workers
    /// spinning, falling asleep and asleep: a wake-up the pool loses leaves a
    /// worker asleep and its job short of a thread.
    func testEveryWorkerJoinsEveryJob() {
        // Two threads, and more threads than this machine has cores, so that
        // workers are also descheduled between and during jobs.
        for threads: Int32 in [2, 2 * axon_default_threads() + 1] {
            axon_set_threads(threads)
            XCTAssertEqual(axon_thread_pool_check(150, 3000), 0, "jobs some of \(threads) threads missed")
        }
    }

    func testZeroRestoresTheDefaultThreadCount() {
        let cores = axon_default_threads()
        XCTAssertGreaterThanOrEqual(cores, 1)
        XCTAssertEqual(axon_threads(), cores, "the default is one thread per online core")
        axon_set_threads(3)
        XCTAssertEqual(axon_threads(), 3)
        axon_set_threads(0)
        XCTAssertEqual(axon_threads(), cores, "0 is the default, not one thread")
        axon_set_threads(-3)
        XCTAssertEqual(axon_threads(), cores)
    }
}
