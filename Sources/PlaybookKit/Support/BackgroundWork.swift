import CSystemShims
import Dispatch
import Foundation
import Synchronization

/// Work started on another thread now and asked for later: a record's bytes made while the
/// cores render, or a check the build needs only once its inputs are walked.
final class BackgroundWork<Value: Sendable>: Sendable {
    enum Priority {
        case normal
        /// Work that may wait for a core the build leaves idle: it runs on a thread of its
        /// own at the lowest priority, so while the cores have the build's other work it
        /// takes next to nothing from them, and once a core is free it has it whole. Asked
        /// for before that thread began it, it is made by the caller instead; begun but
        /// not finished within `patience`, it is made by the caller too: other processes
        /// on the machine could starve the low-priority thread for as long as they run.
        case whenIdle
    }

    /// How long a caller waits for low-priority work already under way.
    static var patience: DispatchTimeInterval { .milliseconds(50) }

    private enum State {
        case waiting
        case underWay
        case made(Value)
    }

    private let priority: Priority
    private let work: @Sendable () -> Value
    private let state = Mutex<State>(.waiting)
    private let done = DispatchGroup()

    init(_ priority: Priority = .normal, _ work: @escaping @Sendable () -> Value) {
        self.priority = priority
        self.work = work
        done.enter()
        let run: @Sendable () -> Void = { [self] in
            if priority == .whenIdle { _ = playbook_yield_thread_priority() }
            if begin() { keep(work()) }
            done.leave()
        }
        switch priority {
        case .normal: DispatchQueue.global().async(execute: run)
        case .whenIdle: Thread(block: run).start()
        }
    }

    var result: Value {
        if priority == .whenIdle {
            if begin() { return keep(work()) }
            if done.wait(timeout: .now() + Self.patience) == .timedOut { return keep(work()) }
        }
        done.wait()
        // Made by now, unless another caller took it on and is still at it.
        return kept ?? keep(work())
    }

    private var kept: Value? {
        state.withLock { state in
            guard case .made(let value) = state else { return nil }
            return value
        }
    }

    /// Whether the caller is the first to take the work on.
    private func begin() -> Bool {
        state.withLock { state in
            guard case .waiting = state else { return false }
            state = .underWay
            return true
        }
    }

    /// Keeps `made` unless a value was kept first, and returns the one kept: both are the
    /// same work's result.
    @discardableResult
    private func keep(_ made: Value) -> Value {
        state.withLock { state in
            if case .made(let kept) = state { return kept }
            state = .made(made)
            return made
        }
    }
}
