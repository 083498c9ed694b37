import Dispatch

/// Work started on another core now and asked for later: what a build needs only at its
/// end (a record's bytes) is made while the cores render, not after.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once by the work, read only after `done` says it finished.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { self.value = work() }
    }

    /// Waits for the work if it is still running.
    var result: Value {
        done.wait()
        return value!
    }
}
