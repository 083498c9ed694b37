import Foundation

/// What the last successful build wrote: for each output, the fingerprints of its inputs and
/// of its bytes. The next build re-renders only outputs whose inputs changed and rewrites
/// only files whose bytes changed. Kept in the cache folder (`.playbook/`), never published.
public struct BuildManifest: Sendable, Equatable {
    public static let formatVersion = 3

    public struct Entry: Sendable, Equatable {
        public var inputs: Fingerprint
        public var bytes: Fingerprint
    }

    public private(set) var entries: [String: Entry] = [:]
    /// The paths in the order they were recorded, which the record keeps: a build emits its
    /// outputs in the same order every time, so the record is the same for the same site
    /// without sorting 10,000 paths.
    private(set) var paths: [String] = []

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
        self.paths = entries.keys.sortedByCodePoint()
    }

    public static func == (lhs: BuildManifest, rhs: BuildManifest) -> Bool {
        lhs.entries == rhs.entries
    }

    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        paths.reserveCapacity(count)
    }

    /// Sets the path's entry; a new path goes last.
    public mutating func record(_ entry: Entry, for path: String) {
        if entries.updateValue(entry, forKey: path) == nil { paths.append(path) }
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
        guard let bytes = FileBytes.read(url.path) else { return .failure(.missing) }
        return decode(bytes)
    }

    static func decode(_ bytes: [UInt8]) -> Result<BuildManifest, Absence> {
        guard bytes.starts(with: magic) else { return .failure(.unreadable) }
        var reader = BinaryReader(bytes, from: magic.count)
        do {
            let version = try reader.integer()
            guard version == formatVersion else { return .failure(.otherVersion(version)) }
            var manifest = BuildManifest()
            let count = try reader.count()
            manifest.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.text()
                manifest.record(Entry(inputs: try reader.fingerprint(), bytes: try reader.fingerprint()), for: path)
            }
            return reader.isAtEnd ? .success(manifest) : .failure(.unreadable)
        } catch {
            return .failure(.unreadable)
        }
    }

    /// The record's bytes: the magic line, the format, then each output in the order recorded.
    public func encoded(version: Int = formatVersion) -> [UInt8] {
        var writer = BinaryWriter(opening: Self.magic)
        writer.reserveCapacity(Self.magic.count + paths.count * 80)
        writer.write(version)
        writer.write(UInt64(entries.count))
        for path in paths {
            let entry = entries[path]!
            writer.write(path)
            writer.write(entry.inputs)
            writer.write(entry.bytes)
        }
        return writer.bytes
    }
}
