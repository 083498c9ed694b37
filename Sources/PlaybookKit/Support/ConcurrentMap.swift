import Dispatch

extension Array {
    /// `map` across every core, results in the array's order, so the output stays the same
    /// whatever thread finished first. For independent, read-only work such as pages.
    func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = UncheckedSlots(base: slots.baseAddress!)
            withoutActuallyEscaping(transform) { transform in
                let work = UncheckedWork(transform: transform)
                self.withUnsafeBufferPointer { elements in
                    let elements = UncheckedElements(base: elements.baseAddress!)
                    DispatchQueue.concurrentPerform(iterations: count) { index in
                        slots.base[index] = work.transform(elements.base[index])
                    }
                }
            }
        }
        return results.map { $0! }
    }
}

/// Each index is written by one iteration only, and read after all have finished.
private struct UncheckedSlots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value?>
}

private struct UncheckedElements<Value>: @unchecked Sendable {
    let base: UnsafePointer<Value>
}

/// The transforms passed here only read shared state.
private struct UncheckedWork<Element, Result>: @unchecked Sendable {
    let transform: (Element) -> Result
}
