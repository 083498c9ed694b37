import Foundation

/// Held for the whole of a build. Two builds of one site at once (`playbook serve` and a
/// `playbook build` in another terminal, or a nightly job that overran) would write into one
/// staging folder and one set of records; the second one waits instead, as cargo waits for
/// its build folder. The kernel lets go of the lock when the process ends, however it ends.
final class BuildLock {
    /// Closed when the lock is let go; -1 where no lock could be had.
    private let descriptor: Int32
    /// How often a waiting build asks again: a tenth of a second.
    static let pollMicroseconds: useconds_t = 100_000

    /// Takes the lock `file`, first calling `waiting` when another build holds it, and
    /// asking `stopsWaiting` as it waits (a preview server told to stop). Where no lock can be
    /// had at all (a read-only folder without the lock file, a lock file this user cannot
    /// read, one of another user's on NFS, a file system without `flock`) the build goes on
    /// unguarded, as it always did: a build with nothing to write must still succeed there.
    init(_ file: URL, waiting: () -> Void, stopsWaiting: () -> Bool) throws(BuildFailure) {
        var hasWaited = false
        while true {
            let descriptor = Self.open(file)
            guard descriptor >= 0 else {
                self.descriptor = -1
                return
            }
            var result: Int32
            repeat {
                result = flock(descriptor, LOCK_EX | LOCK_NB)
            } while result != 0 && errno == EINTR
            let error = errno
            // Locked, and still the file at the lock's path: a lock file replaced while this
            // build waited (`.playbook/` deleted) is held by nobody else, so it is taken anew.
            if result == 0, Self.isStill(descriptor, at: file) {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
            guard result == 0 || error == EWOULDBLOCK else {
                self.descriptor = -1
                return
            }
            if result != 0, !hasWaited {
                hasWaited = true
                waiting()
            }
            if stopsWaiting() {
                throw BuildFailure.system("stopped while waiting for another build of the site to finish")
            }
            usleep(Self.pollMicroseconds)
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The lock file, made if missing. Opened for writing where it can be: NFS emulates
    /// `flock` with `fcntl` locks, and an exclusive one needs a file open for writing; else
    /// read-only, which a local file system's `flock` is content with.
    private static func open(_ file: URL) -> Int32 {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let writable = Glibc.open(file.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if writable >= 0 { return writable }
        return Glibc.open(file.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    }

    private static func isStill(_ descriptor: Int32, at file: URL) -> Bool {
        var held = stat()
        var named = stat()
        return fstat(descriptor, &held) == 0 && lstat(file.path, &named) == 0 && held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }
}

extension SiteBuilder {
    /// What a build that waits for another says, once, before it waits.
    public static func waitingNotice(_ options: BuildOptions) -> String {
        "Waiting for another build of \(options.display(options.outputRoot))/ to finish (\(options.display(options.lockFile)))…"
    }
}
