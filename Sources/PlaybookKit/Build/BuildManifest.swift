import Foundation

/// What the last successful build wrote: for each output, the fingerprints of its inputs and
/// of its bytes. The next build re-renders only outputs whose inputs changed and rewrites
/// only files whose bytes changed. Kept in the cache folder (`.playbook/`), never published.
public struct BuildManifest: Sendable, Equatable {
    public static let formatVersion = 1

    public struct Entry: Sendable, Equatable {
        public var inputs: Fingerprint
        public var bytes: Fingerprint
    }

    public var entries: [String: Entry] = [:]

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// Why there is no manifest to build on, in the one line `build` prints.
    public enum Absence: Error, Sendable, Equatable {
        case missing
        case unreadable
        case otherVersion(Int)

        public var notice: String {
            switch self {
            case .missing: return "no record of an earlier build: building everything"
            case .unreadable: return "the record of the earlier build is damaged: building everything"
            case .otherVersion(let version): return "the record of the earlier build has format \(version), not \(BuildManifest.formatVersion): building everything"
            }
        }
    }

    public static func load(from url: URL) -> Result<BuildManifest, Absence> {
        guard let data = try? Data(contentsOf: url) else { return .failure(.missing) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let version = object["version"] as? Int else { return .failure(.unreadable) }
        guard version == formatVersion else { return .failure(.otherVersion(version)) }
        guard let outputs = object["outputs"] as? [String: String] else { return .failure(.unreadable) }
        var manifest = BuildManifest()
        for (path, value) in outputs {
            let parts = value.split(separator: " ")
            guard parts.count == 2, let inputs = Fingerprint(hex: String(parts[0])), let bytes = Fingerprint(hex: String(parts[1])) else {
                return .failure(.unreadable)
            }
            manifest.entries[path] = Entry(inputs: inputs, bytes: bytes)
        }
        return .success(manifest)
    }

    /// Written through a temporary file and a rename: a reader sees the old or the new one.
    public func write(to url: URL) throws {
        let outputs = entries.keys.sorted().map { path in
            (path, JSONText.quoted(entries[path]!.inputs.description + " " + entries[path]!.bytes.description))
        }
        let text = JSONText.object([("version", String(Self.formatVersion)), ("outputs", JSONText.object(outputs, multiline: true))], multiline: true)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
