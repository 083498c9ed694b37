import Foundation

/// Finds changes by comparing every watched file's modification time and size with the
/// previous look, for systems without inotify.
final class PollingWatcher: ChangeWatcher {
    private let task: Task<Void, Never>

    init(_ list: WatchList, interval: Duration, onChange: @escaping @Sendable ([String]) -> Void) {
        task = Task.detached {
            var previous = Self.stamps(of: list)
            while (try? await Task.sleep(for: interval)) != nil {
                let current = Self.stamps(of: list)
                let changed = Set(previous.keys).union(current.keys).filter { previous[$0] != current[$0] }
                if !changed.isEmpty { onChange(changed.sorted()) }
                previous = current
            }
        }
    }

    func stop() {
        task.cancel()
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
