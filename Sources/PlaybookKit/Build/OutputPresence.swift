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
        var folders: [String: Int32] = [:]
        defer {
            close(rootFolder)
            for folder in folders.values where folder >= 0 { close(folder) }
        }
        // Records list outputs folder by folder, so the last folder is usually the one asked
        // for again: compared as bytes, not hashed into the table for every file.
        var lastFolder: (path: [UInt8], descriptor: Int32)?
        for var path in paths {
            // Where the folder two levels above the file ends, as a byte offset, and whether
            // it is the last file's.
            let (split, inLastFolder): (Int?, Bool) = path.withUTF8 { bytes in
                let slash = UInt8(ascii: "/")
                guard let last = bytes.lastIndex(of: slash), let split = bytes[..<last].lastIndex(of: slash) else { return (nil, false) }
                return (split, lastFolder.map { $0.path.elementsEqual(bytes[..<split]) } ?? false)
            }
            guard let split else {
                guard faccessat(rootFolder, path, F_OK, 0) == 0 else { return false }
                continue
            }
            var folder: Int32
            if inLastFolder, let lastFolder {
                folder = lastFolder.descriptor
            } else {
                let name = String(Substring(path.utf8.prefix(split)))
                if let known = folders[name] {
                    folder = known
                } else if folders.count < maximumOpenFolders {
                    folder = openat(rootFolder, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                    folders[name] = folder
                } else {
                    folder = -1
                }
                lastFolder = (Array(name.utf8), folder)
            }
            // A folder that could not be opened (missing, or no descriptor left) or was not
            // kept open: the file is asked for by its path from the root.
            let present = folder >= 0
                ? path.withCString { faccessat(folder, $0 + split + 1, F_OK, 0) == 0 }
                : faccessat(rootFolder, path, F_OK, 0) == 0
            guard present else { return false }
        }
        return true
    }
}
