import Foundation

/// What the last successful build wrote: for each output, the fingerprints of its inputs and
/// of its bytes. The next build re-renders only outputs whose inputs changed and rewrites
/// only files whose bytes changed. Kept in the cache folder (`.playbook/`), never published.
public struct BuildManifest: Sendable, Equatable {
    public static let formatVersion = 2

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

    /// The first bytes of a record, before its format number.
    static let magic = Array("playbook build record\n".utf8)

    public static func load(from url: URL) -> Result<BuildManifest, Absence> {
        guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.missing) }
        return decode([UInt8](data))
    }

    static func decode(_ bytes: [UInt8]) -> Result<BuildManifest, Absence> {
        guard bytes.starts(with: magic) else { return .failure(.unreadable) }
        var reader = BinaryReader(Array(bytes.dropFirst(magic.count)))
        do {
            let version = try reader.integer()
            guard version == formatVersion else { return .failure(.otherVersion(version)) }
            var manifest = BuildManifest()
            let count = try reader.count()
            manifest.entries.reserveCapacity(count)
            for _ in 0..<count {
                manifest.entries[try reader.text()] = Entry(inputs: try reader.fingerprint(), bytes: try reader.fingerprint())
            }
            return reader.isAtEnd ? .success(manifest) : .failure(.unreadable)
        } catch {
            return .failure(.unreadable)
        }
    }

    /// The record's bytes: the magic line, the format, then each output in path order.
    public func encoded(version: Int = formatVersion) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(version)
        writer.write(UInt64(entries.count))
        for path in entries.keys.sortedByCodePoint() {
            writer.write(path)
            writer.write(entries[path]!.inputs)
            writer.write(entries[path]!.bytes)
        }
        return Self.magic + writer.bytes
    }
}
