import Synchronization

/// What is made once and shared by every page that would make the same, as Hugo's
/// `partialCached` does for a partial.
final class RenderCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    /// The value for `key`, made on first use. Two threads may both make a value the first
    /// time it is asked for; both make the same, so the pages are the same either way.
    func value(for key: Key, make: (Key) -> Value) -> Value {
        if let value = values.withLock({ $0[key] }) { return value }
        let value = make(key)
        values.withLock { $0[key] = value }
        return value
    }
}
