import Foundation

enum FileBytes {
    /// Every byte of the file, or nil when it cannot be read: straight into the array, where
    /// Foundation's `Data` and the copy out of it doubled what reading a record cost.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        // One byte more than the size, to learn in the same reads that the file ended there.
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0) + 1) { buffer, count in
            guard let read = readAll(descriptor, into: buffer) else {
                failed = true
                return
            }
            count = read
        }
        guard !failed else { return nil }
        // The buffer filled: the file grew while it was read, and the rest comes in pieces.
        if bytes.count > Int(info.st_size) {
            var piece = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                guard let read = piece.withUnsafeMutableBufferPointer({ readAll(descriptor, into: $0) }) else { return nil }
                bytes += piece[..<read]
                if read < piece.count { break }
            }
        }
        return bytes
    }

    /// Reads until the buffer is full or the file ends; the count read, nil on an error.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        while count < buffer.count {
            let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { break }
            count += read
        }
        return count
    }

    /// Makes a new file in place of whatever file or link has the name, and writes every byte.
    static func create(_ buffer: UnsafeRawBufferPointer, replacingAt path: String) throws {
        unlink(path)
        try create(buffer, at: path)
    }

    /// Makes a new file and writes every byte; fails where anything already has the name
    /// (never writing through a link, nor into a file another folder shares).
    static func create(_ buffer: UnsafeRawBufferPointer, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try writeAll(buffer, to: descriptor)
    }

    /// Writes every byte over an existing regular file that no other name links to, keeping
    /// its inode; false, touching nothing, when there is no such file or it is `other`'s
    /// inode (checked as well as the link count: a file system that miscounted links must
    /// still not lead to writing into a file another folder shows).
    static func overwriteUnshared(_ buffer: UnsafeRawBufferPointer, at path: String, notSharedWith other: String) throws -> Bool {
        // Non-blocking: a FIFO left in its place must not hold the open up.
        let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1 else { return false }
        var otherStatus = stat()
        if lstat(other, &otherStatus) == 0, otherStatus.st_dev == status.st_dev, otherStatus.st_ino == status.st_ino { return false }
        // Over the old bytes, then the tail cut: emptying the file first freed all its
        // blocks, and on this machine's disk (ext4 without a journal, mounted `discard`)
        // each freed block waits for the device to discard it, and a file emptied and
        // written again is flushed when closed. 10,000 pages written over cost 0.86 s so
        // against 0.09 s (docs/PERFORMANCE.md).
        try writeAll(buffer, to: descriptor)
        if Int(status.st_size) > buffer.count, ftruncate(descriptor, off_t(buffer.count)) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return true
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }
}
