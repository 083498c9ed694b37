#if os(Linux)
import Foundation
import Glibc

/// Linux file events. inotify watches one folder per watch and is not recursive, so every
/// folder below a watched one gets its own watch, also those created later. A single file is
/// watched through its folder, because editors save by writing a temporary file and renaming
/// it over the original, which a watch on the file itself would lose.
final class InotifyWatcher: ChangeWatcher, @unchecked Sendable {
    private struct WatchedFolder {
        var path: String
        var includesSubfolders: Bool
        /// The only names that count in this folder; nil when every name does.
        var names: Set<String>?
    }

    private static let events = UInt32(
        IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)
    /// How often the reading thread looks whether it was stopped while nothing happens.
    private static let stopCheckMilliseconds: Int32 = 200

    private let descriptor: Int32
    private let list: WatchList
    private let onChange: @Sendable ([String]) -> Void
    /// Changed by `init` and then only by the reading thread.
    private var folders: [Int32: WatchedFolder] = [:]
    private let stopLock = NSLock()
    private var isStopped = false

    init?(_ list: WatchList, onChange: @escaping @Sendable ([String]) -> Void) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        self.list = list
        self.onChange = onChange
        for folder in list.folders { watchFolderAndBelow(folder) }
        for file in list.files { watch(file) }
        let thread = Thread { [self] in readUntilStopped() }
        thread.name = "playbook.serve.inotify"
        thread.start()
    }

    func stop() {
        stopLock.withLock { isStopped = true }
    }

    private var shouldStop: Bool {
        stopLock.withLock { isStopped }
    }

    private func watchFolderAndBelow(_ path: String) {
        guard !list.isIgnored(path) else { return }
        let watch = inotify_add_watch(descriptor, path, Self.events | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return }
        folders[watch] = WatchedFolder(path: path, includesSubfolders: true, names: nil)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries.sorted() {
            let child = path + "/" + entry
            var status = stat()
            // lstat: a symlinked folder is not followed, so a link cycle cannot recurse forever.
            if lstat(child, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                watchFolderAndBelow(child)
            }
        }
    }

    private func watch(_ file: String) {
        let folder = (file as NSString).deletingLastPathComponent
        let name = (file as NSString).lastPathComponent
        guard !list.isIgnored(file) else { return }
        let watch = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return }
        // Watching a folder again returns its existing watch: a folder that counts whole stays so.
        var watched = folders[watch] ?? WatchedFolder(path: folder, includesSubfolders: false, names: [])
        watched.names?.insert(name)
        folders[watch] = watched
    }

    private func readUntilStopped() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !shouldStop {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, Self.stopCheckMilliseconds) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            let changed = buffer.withUnsafeBytes { changedPaths(in: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            if !changed.isEmpty { onChange(changed) }
        }
        close(descriptor)
    }

    /// The paths named by a buffer of `inotify_event` records: a 16-byte header (watch,
    /// mask, cookie, name length) and a NUL-padded name.
    private func changedPaths(in bytes: UnsafeRawBufferPointer) -> [String] {
        var paths: [String] = []
        var offset = 0
        while offset + 16 <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let nameLength = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + 16)..<min(offset + 16 + nameLength, bytes.count)]
            offset += 16 + nameLength
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            if mask & UInt32(IN_Q_OVERFLOW) != 0, let anyFolder = list.folders.first {
                paths.append(anyFolder)
                continue
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[watch] = nil
                continue
            }
            guard let folder = folders[watch] else { continue }
            if let names = folder.names, !names.contains(name) { continue }
            let path = name.isEmpty ? folder.path : folder.path + "/" + name
            guard !list.isIgnored(path) else { continue }
            let isNewFolder = mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
            if isNewFolder && folder.includesSubfolders {
                watchFolderAndBelow(path)
            }
            paths.append(path)
        }
        return paths
    }
}
#endif
