import Foundation

/// Held for the whole of a build. Two builds of one site at once (`playbook serve` and a
/// `playbook build` in another terminal, or a nightly job that overran) would write into one
/// staging folder and one set of records; the second one waits instead, as cargo waits for
/// its build folder. The kernel lets go of the lock when the process ends, however it ends.
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock `file`, first calling `waiting` when another build holds it. On a
    /// file system that cannot lock (`ENOLCK`, `EOPNOTSUPP`) the build goes on unguarded, as
    /// it always did there.
    init(_ file: URL, waiting: () -> Void) throws(BuildFailure) {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure.system("cannot create \(folder.path): \(error.localizedDescription)")
        }
        let path = file.path
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildFailure.system("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                let error = errno
                guard error == EINTR else {
                    close(descriptor)
                    throw BuildFailure.system("cannot lock \(path): \(String(cString: strerror(error)))")
                }
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}

extension SiteBuilder {
    /// What a build that waits for another says, once, before it waits.
    public static func waitingNotice(_ options: BuildOptions) -> String {
        "Waiting for another build of \(options.display(options.outputRoot))/ to finish (\(options.display(options.lockFile)))…"
    }
}
