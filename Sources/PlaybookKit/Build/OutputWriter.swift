import CSystemShims
import Foundation

/// Writes a build into a staging folder beside the output and swaps it in only when the
/// whole build succeeded: a failed or interrupted build leaves the previous site as it was.
public final class OutputWriter {
    public let output: URL
    let staging: URL
    private var createdFolders: Set<String> = [""]
    /// The last build's record; its files can be taken over instead of written again.
    private let previous: BuildManifest?
    /// What this build wrote, the record for the next one.
    public private(set) var manifest = BuildManifest()
    /// Files rendered and written, and files taken over from the last build unchanged.
    public private(set) var written = 0
    public private(set) var kept = 0

    public init(output: URL, previous: BuildManifest? = nil) throws(BuildFailure) {
        let output = output.standardizedFileURL
        self.output = output
        self.previous = previous
        self.staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).staging", isDirectory: true)
        try checkOutputIsReplaceable()
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure.system("cannot create \(staging.path): \(error.localizedDescription); check that the folder above the output is writable")
        }
    }

    /// Writes one file under the staging folder; a path that would leave it is refused.
    public func write(_ file: OutputFile) throws(BuildFailure) {
        guard Self.staysInside(file.path) else {
            throw BuildFailure.system("refusing to write `\(file.path)`: outside the output folder")
        }
        let relative = file.path
        let destination = staging.appendingPathComponent(relative)
        let folder = relative.split(separator: "/").dropLast().joined(separator: "/")
        do {
            if !createdFolders.contains(folder) {
                try FileManager.default.createDirectory(
                    at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                createdFolders.insert(folder)
            }
            let earlier = previous?.entries[relative]
            switch file.content {
            case .unchanged:
                guard let earlier, keep(relative, at: destination) else {
                    throw BuildFailure.system("the last build's \(relative) is gone from \(output.path); run `playbook build --clean`")
                }
                record(relative, inputs: file.inputs ?? earlier.inputs, bytes: earlier.bytes, kept: true)
            case .text(let text):
                let data = Data(text.utf8)
                var bytes = Fingerprint()
                bytes.combine(data)
                // Same bytes as last time: keep the old file, and its time, for rsync and hosts.
                if earlier?.bytes == bytes, keep(relative, at: destination) {
                    record(relative, inputs: file.inputs, bytes: bytes, kept: true)
                } else {
                    try Self.writeFile(data, to: destination)
                    record(relative, inputs: file.inputs, bytes: bytes, kept: false)
                }
            case .copy(let source):
                let bytes = file.inputs ?? Fingerprint()
                if file.inputs != nil, earlier?.bytes == bytes, keep(relative, at: destination) {
                    record(relative, inputs: file.inputs, bytes: bytes, kept: true)
                } else {
                    try Self.writeFile(Data(contentsOf: source), to: destination)
                    record(relative, inputs: file.inputs, bytes: bytes, kept: false)
                }
            }
        } catch let failure as BuildFailure {
            throw failure
        } catch {
            throw BuildFailure.system("cannot write \(destination.path): \(error.localizedDescription)")
        }
    }

    /// Writes without Foundation's per-file sync: the staging folder is swapped in whole or
    /// not at all, so syncing each of ten thousand files buys nothing but seconds.
    static func writeFile(_ data: Data, to destination: URL) throws {
        let descriptor = open(destination.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
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

    /// Takes the last build's file over into the staging folder: a hard link, so its bytes
    /// and its modification time stay as they were. False when there is no such file.
    private func keep(_ relative: String, at destination: URL) -> Bool {
        link(output.appendingPathComponent(relative).path, destination.path) == 0
    }

    private func record(_ path: String, inputs: Fingerprint?, bytes: Fingerprint, kept: Bool) {
        if let inputs { manifest.entries[path] = .init(inputs: inputs, bytes: bytes) }
        if kept { self.kept += 1 } else { written += 1 }
    }

    /// Outputs of the last build this one did not make: gone once the new site is in place.
    public var removed: Int {
        guard let previous else { return 0 }
        return previous.entries.keys.filter { manifest.entries[$0] == nil }.count
    }

    /// A relative path of plain names: no `..`, `.`, empty component, backslash or NUL.
    static func staysInside(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Puts the staged site in place of the output folder.
    public func commit() throws(BuildFailure) {
        let manager = FileManager.default
        if !manager.fileExists(atPath: output.path) {
            guard rename(staging.path, output.path) == 0 else {
                throw BuildFailure.system("cannot move the new site to \(output.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        if playbook_exchange_paths(staging.path, output.path) == 0 {
            try? manager.removeItem(at: staging)
            return
        }
        let previous = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
        try? manager.removeItem(at: previous)
        guard rename(output.path, previous.path) == 0 else {
            throw BuildFailure.system("cannot replace \(output.path): \(String(cString: strerror(errno)))")
        }
        guard rename(staging.path, output.path) == 0 else {
            _ = rename(previous.path, output.path)
            throw BuildFailure.system("cannot move the new site to \(output.path): \(String(cString: strerror(errno)))")
        }
        try? manager.removeItem(at: previous)
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

/// A build that could not finish: the user's input is wrong (with every problem), or the
/// machine refused something (a folder not writable, a disk full).
public enum BuildFailure: Error, CustomStringConvertible {
    case input([Diagnostic])
    case system(String)

    public var description: String {
        switch self {
        case .input(let diagnostics): return diagnostics.sorted(by: Diagnostic.reportingOrder).map(\.description).joined(separator: "\n")
        case .system(let message): return "error: \(message)"
        }
    }
}
