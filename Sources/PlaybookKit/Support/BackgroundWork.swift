import CSystemShims
import Dispatch
import Foundation

/// Work started on another core now and asked for later: what a build needs only at its
/// end (a record's bytes) is made while the cores render, not after.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the work, read only after `done` says it finished.
    private var value: Value?

    enum Priority {
        case normal
        /// Work that may wait for a core the build leaves idle: it runs on a thread of its
        /// own at the lowest priority, so while both cores have the build's other work it
        /// takes next to nothing from them, and once one of them waits it has that core whole.
        case whenIdle
    }

    init(_ priority: Priority = .normal, _ work: @escaping @Sendable () -> Value) {
        switch priority {
        case .normal:
            DispatchQueue.global().async(group: done) { self.value = work() }
        case .whenIdle:
            done.enter()
            Thread { [self] in
                _ = playbook_yield_thread_priority()
                value = work()
                done.leave()
            }.start()
        }
    }

    /// Waits for the work if it is still running.
    var result: Value {
        done.wait()
        return value!
    }
}
