/// Tells which watched paths changed, a batch at a time, until stopped.
protocol ChangeWatcher: Sendable {
    func stop()
}

enum ChangeWatching {
    /// inotify where there is one; otherwise, or when the system refuses another inotify
    /// instance, modification times compared every half second.
    static func start(_ list: WatchList, onChange: @escaping @Sendable ([String]) -> Void) -> any ChangeWatcher {
        #if os(Linux)
        if let watcher = InotifyWatcher(list, onChange: onChange) { return watcher }
        #endif
        return PollingWatcher(list, interval: .milliseconds(500), onChange: onChange)
    }
}
