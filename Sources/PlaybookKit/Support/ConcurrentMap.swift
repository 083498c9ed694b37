import Dispatch
import Foundation

extension Array {
    /// `map` across every core, results in the array's order, so the output stays the same
    /// whatever thread finished first. For independent, read-only work such as pages.
    func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        // Each result is made in its slot: no optional per result, and no copy of every
        // result into the array returned (a copy retains each of its counted fields).
        return [Result](unsafeUninitializedCapacity: count) { slots, initialized in
            let slots = UncheckedSlots(base: slots.baseAddress!)
            withoutActuallyEscaping(transform) { transform in
                let work = UncheckedWork(transform: transform)
                self.withUnsafeBufferPointer { elements in
                    let elements = UncheckedElements(base: elements.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: count) { index in
                        (slots.base + index).initialize(to: work.transform(elements.base[index]))
                    }
                }
            }
            initialized = count
        }
    }

    /// `transform` across every core, and `consume` on the calling thread for each result in
    /// the array's order as soon as it and those before it are ready: the caller writes page
    /// n while the cores make the pages after it, and no finished page waits in memory for
    /// the last. When `consume` throws, the pages not yet begun are not made.
    func concurrentForEach<Result>(_ transform: (Element) -> Result, inOrder consume: (Element, Result) throws -> Void) throws {
        guard count > 1 else {
            for element in self { try consume(element, transform(element)) }
            return
        }
        let board = ResultBoard<Result>(count: count)
        try withoutActuallyEscaping(transform) { transform in
            let work = UncheckedWork(transform: transform)
            try self.withUnsafeBufferPointer { elements in
                let elements = UncheckedElements(base: elements.baseAddress!)
                let count = self.count
                let finished = DispatchGroup()
                DispatchQueue.global().async(group: finished) {
                    DispatchQueue.concurrentPerform(iterations: count) { index in
                        guard !board.isCancelled else { return }
                        board.put(work.transform(elements.base[index]), at: index)
                    }
                }
                defer {
                    board.cancel()
                    finished.wait()
                }
                for index in 0..<count {
                    try consume(elements.base[index], board.take(index))
                }
            }
        }
    }
}

/// Results handed from the cores to the consuming thread, each taken once, in order.
private final class ResultBoard<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Result?]
    private var cancelled = false

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    func put(_ result: Result, at index: Int) {
        condition.lock()
        slots[index] = result
        condition.broadcast()
        condition.unlock()
    }

    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        defer { slots[index] = nil }
        return slots[index]!
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.unlock()
    }
}

/// Each index is initialised by one iteration only, and read after all have finished.
private struct UncheckedSlots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>
}

private struct UncheckedElements<Value>: @unchecked Sendable {
    let base: UnsafePointer<Value>
}

/// The transforms passed here only read shared state.
private struct UncheckedWork<Element, Result>: @unchecked Sendable {
    let transform: (Element) -> Result
}
