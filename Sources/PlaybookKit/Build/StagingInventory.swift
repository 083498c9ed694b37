import Foundation

/// What a staging folder holds when no record says: its files and folders, read in one walk.
/// A build without a record of the folder (`--clean`, or a damaged record) writes over these
/// files in place and removes what it did not make, rather than deleting the folder and
/// making every file and folder anew: on ext4 without a journal, the inodes freed by such a
/// deletion slow every file made in the minutes after it.
struct StagingInventory {
    private(set) var files: Set<String> = []
    private(set) var folders: Set<String> = []

    /// Nil when the folder cannot be read whole, or holds anything a build never makes
    /// there (a link, a device, a name that is not UTF-8 in NFC): such a folder is deleted
    /// instead, so that no write can follow a link out of it, and no name that `String`
    /// compares equal to another (NFD beside NFC) can pass for a file this build made.
    init?(folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, visit(descriptor, relative: "") else { return nil }
    }

    /// Lists the folder open at `descriptor` (and closes it), and each folder below it.
    private mutating func visit(_ descriptor: Int32, relative: String) -> Bool {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        let prefix = relative.isEmpty ? "" : relative + "/"
        while true {
            errno = 0
            guard let entry = readdir(directory) else { return errno == 0 }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            guard let name = String(validating: bytes, as: UTF8.self),
                  bytes.allSatisfy({ $0 < 0x80 }) || Array(TextFolding.normalized(name).utf8) == bytes else { return false }
            let path = prefix + name
            switch Self.kind(of: entry.pointee, named: name, in: dirfd(directory)) {
            case S_IFREG:
                files.insert(path)
            case S_IFDIR:
                folders.insert(path)
                let child = openat(dirfd(directory), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0, visit(child, relative: path) else { return false }
            default:
                return false
            }
        }
    }

    /// The entry's type as `lstat` would give it: from the listing where the file system
    /// says, else asked for.
    private static func kind(of entry: dirent, named name: String, in folder: Int32) -> mode_t {
        switch Int32(entry.d_type) {
        case Int32(DT_REG): return S_IFREG
        case Int32(DT_DIR): return S_IFDIR
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return 0 }
            return info.st_mode & S_IFMT
        default: return 0
        }
    }
}
