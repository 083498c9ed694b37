import CSystemShims
import Foundation
import Synchronization

/// Writes a build into a staging folder beside the output and swaps it in only when the
/// whole build succeeded: a failed or interrupted build leaves the previous site as it was.
///
/// The swap leaves the previous site in the staging folder, and `staged` records what it
/// holds. The next build brings that folder up to date file by file, touching only the
/// files that differ from what it must hold, and swaps again: a rebuild after one edit
/// writes a few files, not a copy of the whole site. Without a record of the staging
/// folder, every file is written or linked anew, over the files the folder holds where it
/// can, and the rest of them are removed before the swap.
///
/// Unchecked: `place(_:)` may run on any thread at once (it reads only what `init` set, and
/// the set of folders made, behind its lock); everything else belongs to the building thread.
public final class OutputWriter: @unchecked Sendable {
    public let output: URL
    let staging: URL
    /// The two folders' paths with a final `/`, for joining to relative paths.
    private let outputPath: String
    private let stagingPath: String
    /// The folders this build made or found, shared by the threads that place files.
    private let createdFolders = Mutex<Set<String>>([""])
    /// The last build's record; its files can be taken over instead of written again.
    private let previous: BuildManifest?
    /// What the staging folder holds, when it holds an older build to update.
    private let staged: BuildManifest?
    /// Every file `staged` names was seen there just before this build: none is looked for again.
    private let stagedIsComplete: Bool
    /// What the staging folder holds when there is no record of it to update.
    private let inventory: StagingInventory?
    /// What this build wrote, the record for the next one.
    public private(set) var manifest = BuildManifest()
    /// Files this build wrote that the record leaves out (made from inputs nobody tracks).
    private var untracked: Set<String> = []
    /// Files rendered and written, and files taken over from the last build unchanged.
    public private(set) var written = 0
    public private(set) var kept = 0
    /// How many files this build made that the last build's record, and the staging
    /// folder's, also name: when every one of theirs was made again, none is left over, and
    /// no list of leftovers need be looked up path by path.
    private var madeOfPrevious = 0
    private var madeOfStaged = 0

    public init(output: URL, previous: BuildManifest? = nil, staged: BuildManifest? = nil, stagedIsComplete: Bool = false) throws(BuildFailure) {
        let output = output.standardizedFileURL
        self.output = output
        self.previous = previous
        self.staging = Self.stagingFolder(for: output)
        self.outputPath = output.path + "/"
        self.stagingPath = staging.path + "/"
        // A folder, not a link to one: the build writes below it.
        var info = stat()
        let updatable = staged != nil && previous != nil && lstat(staging.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        self.staged = updatable ? staged : nil
        self.stagedIsComplete = updatable && stagedIsComplete
        self.inventory = updatable ? nil : StagingInventory(folder: staging.path)
        manifest.reserveCapacity(previous?.entries.count ?? 0)
        try checkOutputIsReplaceable()
        if updatable || inventory != nil { return }
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw BuildFailure.system("cannot create \(staging.deletingLastPathComponent().path): \(error.localizedDescription)")
        }
        // Made anew, or the build stops: a folder that could not be deleted whole may still
        // hold what no build made there.
        guard mkdir(staging.path, 0o755) == 0 else {
            let error = errno
            let advice = error == EEXIST ? "it could not be emptied; delete it" : "check that the folder above the output is writable"
            throw BuildFailure.system("cannot create \(staging.path): \(String(cString: strerror(error))); \(advice)")
        }
    }

    /// Beside the output: a swap is a rename, which stays within one file system.
    public static func stagingFolder(for output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).staging", isDirectory: true)
    }

    /// What placing one file in the staging folder did, for the record kept in build order.
    public struct Placement: Sendable {
        public let path: String
        let inputs: Fingerprint?
        let bytes: Fingerprint
        let kept: Bool
        let wasInPrevious: Bool
        let wasStaged: Bool
    }

    /// Writes one file under the staging folder; a path that would leave it is refused.
    public func write(_ file: OutputFile) throws(BuildFailure) {
        record(try place(file))
    }

    /// The file-system half of `write`, safe on any thread and in any order: the pages
    /// rendered on every core are written there too, for on a file system that is slow to
    /// make files (ext4 without a journal, shortly after many were deleted, spends
    /// milliseconds a file in the kernel) one thread writing them all held the build up.
    /// Each `Placement` must then be recorded, in build order.
    public func place(_ file: OutputFile) throws(BuildFailure) -> Placement {
        guard Self.staysInside(file.path) else {
            throw BuildFailure.system("refusing to write `\(file.path)`: outside the output folder")
        }
        let relative = file.path
        do {
            let earlier = previous?.entries[relative]
            switch file.content {
            case .unchanged:
                guard let earlier else {
                    throw BuildFailure.system("the last build's \(relative) is gone from \(output.path); run `playbook build --clean`")
                }
                return try place(relative, bytes: earlier.bytes, inputs: file.inputs ?? earlier.inputs, kept: true, earlier: earlier) { _, _ in false }
            case .text(var text):
                // The string's own bytes are fingerprinted and written: no copy into a `Data`.
                let bytes = text.withUTF8 { Fingerprint.of(bytes: $0) }
                // Same bytes as last time: keep the old file, and its time, for rsync and hosts.
                return try place(relative, bytes: bytes, inputs: file.inputs, kept: earlier?.bytes == bytes, earlier: earlier) { destination, replacing in
                    try text.withUTF8 { text in
                        let buffer = UnsafeRawBufferPointer(text)
                        if replacing { return try FileBytes.overwriteUnshared(buffer, at: destination, notSharedWith: outputPath + relative) }
                        try FileBytes.create(buffer, at: destination)
                        return true
                    }
                }
            case .copy(let source):
                let bytes = file.inputs ?? Fingerprint()
                let known = file.inputs != nil && earlier?.bytes == bytes
                return try place(relative, bytes: bytes, inputs: file.inputs, kept: known, earlier: earlier) { destination, replacing in
                    guard !replacing else { return false }
                    try Self.writeFile(Data(contentsOf: source), to: destination)
                    return true
                }
            }
        } catch let failure as BuildFailure {
            throw failure
        } catch {
            throw BuildFailure.system("cannot write \(stagingPath + relative): \(error.localizedDescription)")
        }
    }

    /// Makes the staging folder's file at `relative` hold `bytes`: left alone when it already
    /// does, else linked from the output folder when `kept` (the last build's file, time and
    /// all), else written by `write` (false when it has nothing to write). The two folders
    /// share the inodes of the files they have in common, so a staged file is written into
    /// only when no other name links to it (`write` is asked first with `replacing`, and
    /// says false when it cannot); otherwise it is unlinked and made anew. Writing in place
    /// keeps the inode: on ext4 without a journal, every inode freed in the last minutes is
    /// passed over, one by one, each time another is made, so a rebuild that freed and made
    /// one per page slowed as it went.
    private func place(
        _ relative: String, bytes: Fingerprint, inputs: Fingerprint?, kept: Bool, earlier: BuildManifest.Entry?,
        write: (_ destination: String, _ replacing: Bool) throws -> Bool
    ) throws -> Placement {
        let stagedEntry = staged?.entries[relative]
        let placement = Placement(
            path: relative, inputs: inputs, bytes: bytes, kept: kept, wasInPrevious: earlier != nil, wasStaged: stagedEntry != nil)
        // The staging folder's path of the file is made only when the file is touched: most
        // files of a rebuild are already there as they must be.
        if staged != nil, stagedEntry?.bytes == bytes, stagedIsComplete || access(stagingPath + relative, F_OK) == 0 {
            return placement
        }
        let destination = stagingPath + relative
        if olderBuildHadFile(relative), !kept, try write(destination, true) { return placement }
        if holdsOlderBuild { try removeOlderEntry(relative) }
        try makeFolder(of: relative)
        if kept, keep(relative, at: destination) { return placement }
        guard try write(destination, false) else {
            throw BuildFailure.system("the last build's \(relative) is gone from \(output.path); run `playbook build --clean`")
        }
        return placement
    }

    /// The staging folder holds an older build's files, which may stand where this build
    /// puts a folder, or be in a folder where it puts a file.
    private var holdsOlderBuild: Bool { staged != nil || inventory != nil }

    /// Whether the older build in the staging folder had a file at `relative`.
    private func olderBuildHadFile(_ relative: String) -> Bool {
        staged?.entries[relative] != nil || inventory?.files.contains(relative) == true
    }

    /// Clears the way for this build's file at `relative`: an older file there is unlinked,
    /// and an older folder (a page's, where this build now publishes a file of that name)
    /// removed with all it holds. The renderer never publishes a file and a folder of one
    /// name (that is a content error), so a folder found here is the older build's; should
    /// it be one this build made for its own files, it is left, and the write fails.
    private func removeOlderEntry(_ relative: String) throws(BuildFailure) {
        let path = stagingPath + relative
        if unlink(path) == 0 { return }
        let error = errno
        if error == ENOENT || error == ENOTDIR { return }
        guard error == EISDIR || error == EPERM, !createdFolders.withLock({ $0.contains(relative) }) else {
            throw BuildFailure.system("cannot remove the older build's \(path): \(String(cString: strerror(error)))")
        }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw BuildFailure.system("cannot remove the older build's \(path): \(error.localizedDescription)")
        }
    }

    /// Files placed on other threads each make their own folder, and its parents, whichever
    /// comes first: a folder already there is no failure.
    private func makeFolder(of relative: String) throws(BuildFailure) {
        let folder = relative.prefix(beforeLastByte: UInt8(ascii: "/")) ?? ""
        guard !createdFolders.withLock({ $0.contains(folder) }) else { return }
        if inventory?.folders.contains(folder) != true { try makeFolder(folder) }
        _ = createdFolders.withLock { $0.insert(folder) }
    }

    private func makeFolder(_ folder: String) throws(BuildFailure) {
        let path = stagingPath + folder
        // One `mkdir` where the parent is there, as it is for nearly every page's folder.
        var error = mkdirReplacingOlderFile(folder, at: path)
        if error == 0 || error == EEXIST { return }
        if error == ENOENT || error == ENOTDIR, let parent = folder.prefix(beforeLastByte: UInt8(ascii: "/")) {
            try makeFolder(parent)
            error = mkdirReplacingOlderFile(folder, at: path)
            if error == 0 || error == EEXIST { return }
        }
        throw BuildFailure.system("cannot create \(path): \(String(cString: strerror(error)))")
    }

    /// `mkdir`'s error, or 0. Where the older build had a file of the folder's name (a file
    /// published where this build puts a page's folder), the file makes way; two threads
    /// making the folder at once may each find the file, or the other's folder.
    private func mkdirReplacingOlderFile(_ folder: String, at path: String) -> Int32 {
        if mkdir(path, 0o755) == 0 { return 0 }
        var error = errno
        guard error == EEXIST, olderBuildHadFile(folder) else { return error }
        for _ in 0..<3 {
            var info = stat()
            if lstat(path, &info) == 0 {
                if info.st_mode & S_IFMT == S_IFDIR { return 0 }
                if unlink(path) != 0, errno != ENOENT { return errno }
            }
            if mkdir(path, 0o755) == 0 { return 0 }
            error = errno
            guard error == EEXIST else { return error }
        }
        return error
    }

    /// Writes without Foundation's per-file sync: the staging folder is swapped in whole or
    /// not at all, so syncing each of ten thousand files buys nothing but seconds.
    static func writeFile(_ data: Data, to destination: String) throws {
        try data.withUnsafeBytes { try FileBytes.create($0, at: destination) }
    }

    /// Takes the last build's file over into the staging folder: a hard link, so its bytes
    /// and its modification time stay as they were. False when there is no such file.
    private func keep(_ relative: String, at destination: String) -> Bool {
        link(outputPath + relative, destination) == 0
    }

    /// The bookkeeping half of `write`, on the building thread, in build order: the record
    /// for the next build and the counts.
    public func record(_ placement: Placement) {
        if let inputs = placement.inputs {
            manifest.record(.init(inputs: inputs, bytes: placement.bytes), for: placement.path)
        } else {
            untracked.insert(placement.path)
        }
        if placement.kept { kept += 1 } else { written += 1 }
        if placement.wasInPrevious { madeOfPrevious += 1 }
        if placement.wasStaged { madeOfStaged += 1 }
    }

    /// Outputs of the last build this one did not make: gone once the new site is in place.
    public var removed: Int {
        guard let previous else { return 0 }
        return previous.entries.count - madeOfPrevious
    }

    /// A relative path of plain names: no `..`, `.`, empty component, backslash or NUL.
    /// Read as bytes: every output goes through it.
    static func staysInside(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            var nameLength = 0
            var dots = 0
            for byte in bytes {
                switch byte {
                case 0x5C, 0: return false
                case 0x2F:
                    guard nameLength > 0, dots != nameLength || dots > 2 else { return false }
                    nameLength = 0
                    dots = 0
                default:
                    nameLength += 1
                    if byte == 0x2E { dots += 1 }
                }
            }
            return nameLength > 0 && (dots != nameLength || dots > 2)
        }
    }

    /// Puts the staged site in place of the output folder. The previous site is left in the
    /// staging folder for the next build to update; true when there was one.
    public func commit() throws(BuildFailure) -> Bool {
        removeStagedFilesThisBuildDidNotMake()
        let manager = FileManager.default
        if !manager.fileExists(atPath: output.path) {
            guard rename(staging.path, output.path) == 0 else {
                throw BuildFailure.system("cannot move the new site to \(output.path): \(String(cString: strerror(errno)))")
            }
            return false
        }
        if playbook_exchange_paths(staging.path, output.path) == 0 { return true }
        let previous = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
        try? manager.removeItem(at: previous)
        guard rename(output.path, previous.path) == 0 else {
            throw BuildFailure.system("cannot replace \(output.path): \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, output.path) == 0 else {
            _ = rename(previous.path, output.path)
            throw BuildFailure.system("cannot move the new site to \(output.path): \(String(cString: strerror(errno)))")
        }
        return rename(previous.path, staging.path) == 0
    }

    /// An updated staging folder still holds the files of its older build that this one no
    /// longer makes, and the folders they leave empty.
    private func removeStagedFilesThisBuildDidNotMake() {
        if let inventory { removeInventoriedFilesThisBuildDidNotMake(inventory) }
        guard let staged, madeOfStaged < staged.entries.count else { return }
        for path in staged.entries.keys.filter({ manifest.entries[$0] == nil }).sortedByCodePoint() where Self.staysInside(path) {
            unlink(stagingPath + path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard rmdir(stagingPath + folder) == 0 else { break }
            }
        }
    }

    /// The same, for a staging folder found without a record: its folders that hold none of
    /// this build's files are removed too, innermost first.
    private func removeInventoriedFilesThisBuildDidNotMake(_ inventory: StagingInventory) {
        for path in inventory.files where manifest.entries[path] == nil && !untracked.contains(path) {
            unlink(stagingPath + path)
        }
        let used = Set((Array(manifest.entries.keys) + untracked).compactMap { $0.prefix(beforeLastByte: UInt8(ascii: "/")) })
        for folder in inventory.folders.subtracting(used).sortedByCodePoint().reversed() {
            rmdir(stagingPath + folder)
        }
    }

    /// Throws the staged files away; the output folder is untouched.
    public func abort() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// The swap replaces the whole folder, so it must hold nothing but an earlier build.
    private func checkOutputIsReplaceable() throws(BuildFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildFailure.system("the output path \(output.path) is a file, not a folder; remove it or pass another --output")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty && !entries.contains("index.html") {
            throw BuildFailure.system("\(output.path) is not empty and holds no generated site; the build replaces the whole folder, so pass an empty or new --output")
        }
    }
}

/// A build that could not finish: the writers' input is wrong (with every problem), the
/// CRM's data alone is (the snapshot or its history: content and templates are fine), or
/// the machine refused something (a folder not writable, a disk full).
public enum BuildFailure: Error, CustomStringConvertible {
    case input([Diagnostic])
    case data([Diagnostic])
    case system(String)

    public var description: String {
        switch self {
        case .input(let diagnostics), .data(let diagnostics):
            return diagnostics.sorted(by: Diagnostic.reportingOrder).map(\.description).joined(separator: "\n")
        case .system(let message): return "error: \(message)"
        }
    }
}
