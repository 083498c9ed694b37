import Foundation

/// The stamps (size, times, inode) of everything a build reads, folded into one
/// fingerprint, as `make` tells that a target is up to date: the content and templates
/// folders, the config, the snapshot and calendar wherever they are, and what no file
/// shows: the generator, the base URL, the site's day, and git's HEAD when dates come from
/// git. When it equals the fingerprint recorded by the build that made `public/`, and every
/// output is still there, the build has nothing to do and stops before loading anything.
struct InputStamps {
    private(set) var fingerprint = Fingerprint()
    /// False when an input was touched so close to now that its stamp cannot vouch for its
    /// content (a coarse file-system clock); such a build's stamps are not recorded.
    private(set) var isSettled = true
    private let settledBefore: Int
    /// The content folder as the stamps saw it, for the loader to list the documents from.
    private(set) var contentWalk: FolderWalk?

    init(_ options: BuildOptions, generator: String) {
        settledBefore = FileStamp.now() - options.racyMargin
        fingerprint.combine(generator)
        fingerprint.combine(options.baseURLOverride ?? "")
        add(options.configFile.path)
        let text = (try? SourceText.read(options.configFile, displayPath: "").get()) ?? ""
        let config = SiteConfig.parse(text, file: "").0
        for root in [options.contentRoot, options.templatesRoot] {
            fingerprint.combine(root.path)
            let walk = FolderWalk(root: root.path)
            add(walk)
            if root == options.contentRoot { contentWalk = walk }
        }
        // History filed outside the content folder is read all the same.
        let history = options.contentRoot.appendingPathComponent(config.historyFolder).standardizedFileURL.path
        if !history.hasPrefix(options.contentRoot.path + "/") {
            fingerprint.combine(history)
            add(FolderWalk(root: history))
        }
        for file in [options.snapshotFile, options.contentRoot.appendingPathComponent(config.snapshot),
                     options.contentRoot.appendingPathComponent(config.calendarFile)].compactMap({ $0 }) {
            add(file.path)
        }
        fingerprint.combine(options.buildDay(in: config.timeZone).daysSinceEpoch)
        if config.lastUpdated == .git { fingerprint.combine(Self.gitHead(of: options.contentRoot)) }
    }

    /// Every entry of the walk, as the loader sees them; a symbolic link by its target.
    private mutating func add(_ walk: FolderWalk) {
        fingerprint.combine(walk.unlistable.count)
        for folder in walk.unlistable { fingerprint.combine(folder) }
        fingerprint.combine(walk.clashes.count)
        for path in walk.clashes { fingerprint.combine(path) }
        for entry in walk.entries {
            switch entry.kind {
            case .folder: fingerprint.combine(entry.relativePath + "/")
            case .file(let stamp): add(entry.path, stamp)
            case .link, .other: add(entry.path)
            case .unreadable: fingerprint.combine(entry.relativePath)
            }
        }
    }

    private mutating func add(_ path: String, _ stamp: FileStamp? = nil) {
        fingerprint.combine(path)
        guard let stamp = stamp ?? FileStamp(path: path) else {
            fingerprint.combine(-1)
            return
        }
        fingerprint.combine(stamp.size)
        fingerprint.combine(stamp.modified)
        fingerprint.combine(stamp.changed)
        fingerprint.combine(Int(truncatingIfNeeded: stamp.inode))
        if stamp.modified >= settledBefore || stamp.changed >= settledBefore { isSettled = false }
    }

    /// The commit checked out, or nothing outside a repository: a commit changes "last
    /// updated" dates without touching a file.
    private static func gitHead(of folder: URL) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "rev-parse", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : ""
    }

    /// The record in `.playbook/`: the fingerprint of the build that made `public/`, and the
    /// as-of time of the snapshot it showed, so a no-op build can still tell its age.
    static func recorded(in file: URL) -> (fingerprint: Fingerprint, snapshotAsOf: Int?)? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        var reader = BinaryReader([UInt8](data))
        do {
            let fingerprint = try reader.fingerprint()
            let asOf = try reader.optionalInteger()
            return reader.isAtEnd ? (fingerprint, asOf) : nil
        } catch {
            return nil
        }
    }

    func record(in file: URL, snapshotAsOf: Int?) {
        var writer = BinaryWriter()
        writer.write(fingerprint)
        writer.write(snapshotAsOf)
        try? RecordFile.writeOverSpare(writer.bytes, to: file)
    }
}
