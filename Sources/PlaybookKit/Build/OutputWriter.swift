import CSystemShims
import Foundation

/// Writes a build into a staging folder beside the output and swaps it in only when the
/// whole build succeeded: a failed or interrupted build leaves the previous site as it was.
public final class OutputWriter {
    public let output: URL
    let staging: URL
    private var createdFolders: Set<String> = [""]

    public init(output: URL) throws(BuildFailure) {
        let output = output.standardizedFileURL
        self.output = output
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
            switch file.content {
            case .text(let text):
                try Data(text.utf8).write(to: destination)
            case .copy(let source):
                try Data(contentsOf: source).write(to: destination)
            }
        } catch {
            throw BuildFailure.system("cannot write \(destination.path): \(error.localizedDescription)")
        }
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
