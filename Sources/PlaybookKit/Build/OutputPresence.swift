import Foundation

/// Whether every file a record names is still in a folder. Each file is asked for relative
/// to a folder held open two levels above it (a page's `slug/index.html` below its section's
/// folder), not by its whole path: at 10,000 pages the kernel's walk of every path's
/// components from `/` was most of a rebuild's look at the previous build.
enum OutputPresence {
    /// Folders held open at once, well below the usual limit of 1,024 descriptors: the check
    /// runs beside the walk of the inputs, which opens folders too.
    static let maximumOpenFolders = 256

    static func allPresent(_ paths: some Sequence<String>, below root: URL) -> Bool {
        let rootFolder = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard rootFolder >= 0 else { return false }
        var folders: [Substring: Int32] = [:]
        defer {
            close(rootFolder)
            for folder in folders.values where folder >= 0 { close(folder) }
        }
        for path in paths {
            let slash = UInt8(ascii: "/")
            guard let last = path.utf8.lastIndex(of: slash), let split = path.utf8[..<last].lastIndex(of: slash) else {
                guard faccessat(rootFolder, path, F_OK, 0) == 0 else { return false }
                continue
            }
            let folderPath = path[..<split]
            var folder = folders[folderPath] ?? -1
            if folders[folderPath] == nil, folders.count < maximumOpenFolders {
                folder = openat(rootFolder, String(folderPath), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                folders[folderPath] = folder
            }
            // A folder that could not be opened (missing, or no descriptor left) or was not
            // kept open: the file is asked for by its path from the root.
            let present = folder >= 0
                ? path.withCString { faccessat(folder, $0 + path.utf8.distance(from: path.utf8.startIndex, to: split) + 1, F_OK, 0) == 0 }
                : faccessat(rootFolder, path, F_OK, 0) == 0
            guard present else { return false }
        }
        return true
    }
}
