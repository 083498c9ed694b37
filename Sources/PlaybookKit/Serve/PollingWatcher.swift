import Foundation

/// Finds changes by comparing every watched file's modification time and size with the
/// previous look, for systems without inotify.
///
/// The first look is taken before `init` returns, so a change made right after counts even
/// when the machine is too busy to start the polling thread at once; the thread is its own,
/// not a task, so builds filling the concurrency pool cannot hold the polling back.
final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    private let stopLock = NSLock()
    private var isStopped = false

    init(_ list: WatchList, interval: Duration, onChange: @escaping @Sendable ([String]) -> Void) {
        let baseline = Self.stamps(of: list)
        let pause = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let thread = Thread { [self] in
            var previous = baseline
            while true {
                Thread.sleep(forTimeInterval: pause)
                if shouldStop { return }
                let current = Self.stamps(of: list)
                let changed = Set(previous.keys).union(current.keys).filter { previous[$0] != current[$0] }
                if !changed.isEmpty { onChange(changed.sorted()) }
                previous = current
            }
        }
        thread.name = "playbook.serve.polling"
        thread.start()
    }

    func stop() {
        stopLock.withLock { isStopped = true }
    }

    private var shouldStop: Bool {
        stopLock.withLock { isStopped }
    }

    private struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
    }

    private static func stamps(of list: WatchList) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        func note(_ path: String) {
            guard !list.isIgnored(path), let attributes = try? manager.attributesOfItem(atPath: path) else { return }
            stamps[path] = Stamp(modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.intValue)
        }
        for folder in list.folders {
            note(folder)
            guard let entries = manager.enumerator(atPath: folder) else { continue }
            while let relative = entries.nextObject() as? String {
                let path = folder + "/" + relative
                if list.isIgnored(path) {
                    entries.skipDescendants()
                } else {
                    note(path)
                }
            }
        }
        list.files.forEach(note)
        return stamps
    }
}
