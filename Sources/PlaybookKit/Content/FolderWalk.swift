import Foundation

/// A folder tree as a build sees it, read once: every entry below the root, depth first,
/// folders before what they hold, each folder's entries in code-point order of their NFC
/// names, with what `lstat` said of each. Names starting with `.` are skipped, and nothing
/// below them is read. The up-to-date check fingerprints the content folder's walk and the
/// loader lists the documents from the same walk: at 10,000 documents a second walk was a
/// tenth of a rebuild after one edit.
public struct FolderWalk: Sendable {
    public enum Kind: Sendable, Equatable {
        case folder
        case file(FileStamp)
        /// A symbolic link, not followed by the walk.
        case link
        /// A device, a socket, a pipe.
        case other
        /// Listed by its folder, but `lstat` failed (removed meanwhile, or no permission).
        case unreadable
    }

    public struct Entry: Sendable {
        /// Relative to the root, `/`-separated, in NFC: the name the build knows it by.
        public var relativePath: String
        /// On disk, spelt as the file system spells it (macOS keeps NFD names, for one).
        public var path: String
        public var kind: Kind
    }

    public private(set) var entries: [Entry] = []
    /// Folders that could not be listed, relative to the root (`""` for the root itself).
    public private(set) var unlistable: [String] = []
    /// Entries left out because another in the same folder has the same NFC name (only a
    /// file system that keeps names as written can hold both): the build cannot tell them
    /// apart, so it names them rather than picking one by the order of the disk.
    public private(set) var clashes: [String] = []

    public init(root: String) {
        visit(relative: "", path: root)
    }

    private mutating func visit(relative: String, path: String) {
        guard let directory = opendir(path) else {
            unlistable.append(relative)
            return
        }
        defer { closedir(directory) }
        // Each entry is looked up in the folder already open, not from `/` again: at 10,000
        // files, walking every path's components was most of the walk.
        let folder = dirfd(directory)
        // Each entry's paths in one concatenation.
        let pathPrefix = path + "/"
        let relativePrefix = relative.isEmpty ? "" : relative + "/"
        var previousName: String?
        for (name, onDisk) in Self.names(in: directory) {
            let entryPath = pathPrefix + onDisk
            let entryRelative = relativePrefix + name
            defer { previousName = name }
            guard name != previousName else {
                clashes.append(entryRelative)
                continue
            }
            var info = stat()
            // The name's own bytes, not a C copy of them made for the call.
            guard onDisk.withCString({ fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
                entries.append(Entry(relativePath: entryRelative, path: entryPath, kind: .unreadable))
                continue
            }
            let kind: Kind
            switch info.st_mode & S_IFMT {
            case S_IFDIR: kind = .folder
            case S_IFREG: kind = .file(FileStamp(info))
            case S_IFLNK: kind = .link
            default: kind = .other
            }
            entries.append(Entry(relativePath: entryRelative, path: entryPath, kind: kind))
            if kind == .folder { visit(relative: entryRelative, path: entryPath) }
        }
    }

    /// The folder's entries but `.`-names, as (NFC name, name on disk), in code-point order
    /// of the NFC names. `readdir` directly: Foundation's listing makes an `NSString` of
    /// every name.
    private static func names(in directory: OpaquePointer) -> [(name: String, onDisk: String)] {
        var names: [(name: String, onDisk: String)] = []
        while let entry = readdir(directory) {
            let onDisk = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if onDisk.utf8.first == UInt8(ascii: ".") { continue }
            names.append((TextFolding.normalized(onDisk), onDisk))
        }
        return names.sortedByCodePoint(of: \.name)
    }
}
