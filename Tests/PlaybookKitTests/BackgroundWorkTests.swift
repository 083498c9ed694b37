import Foundation
import Synchronization
import Testing
@testable import PlaybookKit

/// Work handed to another thread: the caller always gets the work's value, and low-priority
/// work that other processes could starve never keeps the caller waiting on it for long.
@Suite struct BackgroundWorkTests {
    @Test(arguments: [BackgroundWork<Int>.Priority.normal, .whenIdle])
    func theResultIsTheWorksValueEveryTimeItIsAskedFor(priority: BackgroundWork<Int>.Priority) {
        let runs = Mutex(0)
        let work = BackgroundWork(priority) { () -> Int in
            runs.withLock { $0 += 1 }
            return 42
        }
        #expect(work.result == 42)
        #expect(work.result == 42)
        // Low-priority work starved past the caller's patience is made twice (the test run
        // keeps every core busy); normal work exactly once.
        #expect(priority == .normal ? runs.withLock { $0 } == 1 : (1...2).contains(runs.withLock { $0 }))
    }

    /// Low-priority work under way for far longer than the caller's patience is made by the
    /// caller as well; the caller does not wait for the slow thread.
    @Test func lowPriorityWorkStillUnderWayIsMadeByTheCaller() {
        let started = DispatchSemaphore(value: 0)
        let runs = Mutex(0)
        let work = BackgroundWork(.whenIdle) { () -> Int in
            let run = runs.withLock { runs in
                runs += 1
                return runs
            }
            if run == 1 {
                started.signal()
                Thread.sleep(forTimeInterval: 2)
            }
            return 7
        }
        started.wait()
        #expect(work.result == 7)
        #expect(runs.withLock { $0 } == 2)
    }
}
