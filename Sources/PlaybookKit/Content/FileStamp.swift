import Foundation

/// What the file system says of a file without reading it: enough to tell, as git's index
/// and rsync do, that a file has not changed since it was last read.
public struct FileStamp: Sendable, Equatable {
    public var size: Int
    /// Modification and status-change times, in nanoseconds since 1970.
    public var modified: Int
    public var changed: Int
    public var inode: UInt64
    public var device: UInt64

    /// The file at `path`, following symbolic links; nil when it cannot be looked at.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// From what `stat` or `lstat` told of a file.
    init(_ info: stat) {
        self.size = Int(info.st_size)
        self.modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        self.changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        self.inode = UInt64(info.st_ino)
        self.device = UInt64(info.st_dev)
    }

    init(size: Int, modified: Int, changed: Int, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    /// A time stamp has a coarse grain on some file systems: a file saved in the same tick as
    /// it was read could keep its stamp. A stamp vouches for a file's content only when the
    /// file was last touched this long (2 s) before it was read (git's index calls the
    /// others "racily clean").
    static let racyMargin = 2_000_000_000

    /// Now, in the stamps' unit.
    public static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}

extension BinaryWriter {
    mutating func write(_ stamp: FileStamp) {
        write(stamp.size)
        write(stamp.modified)
        write(stamp.changed)
        write(stamp.inode)
        write(stamp.device)
    }
}

extension BinaryReader {
    mutating func fileStamp() throws(Damaged) -> FileStamp {
        FileStamp(size: try integer(), modified: try integer(), changed: try integer(), inode: try unsigned(), device: try unsigned())
    }
}
