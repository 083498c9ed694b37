/// What loading learnt of each Markdown file, kept in `.playbook/` between builds: a file
/// whose stamp (size, times, inode) is as recorded is not read or parsed again, and its body
/// is read only if a page needs it. Only files that loaded without a problem are recorded,
/// so every message is found again on every build.
public struct DocumentCache: Sendable {
    static let formatVersion = 1

    /// A class, and immutable: each entry passes from the record to the loader to the next
    /// record, and copying a front matter's counted fields at each step was nearly half of
    /// taking 10,000 documents from the record.
    public final class Entry: Sendable, Equatable {
        let stamp: FileStamp
        let frontMatter: FrontMatter
        let bodyFirstLine: Int
        let frontMatterFingerprint: Fingerprint
        let bodyFingerprint: Fingerprint
        /// The entry's bytes in the record it was decoded from: the next record copies them
        /// instead of encoding the entry again, and an entry that has them was taken over.
        fileprivate let recorded: ArraySlice<UInt8>?

        init(
            stamp: FileStamp, frontMatter: FrontMatter, bodyFirstLine: Int, frontMatterFingerprint: Fingerprint,
            bodyFingerprint: Fingerprint, recorded: ArraySlice<UInt8>? = nil
        ) {
            self.stamp = stamp
            self.frontMatter = frontMatter
            self.bodyFirstLine = bodyFirstLine
            self.frontMatterFingerprint = frontMatterFingerprint
            self.bodyFingerprint = bodyFingerprint
            self.recorded = recorded
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.stamp == rhs.stamp && lhs.frontMatter == rhs.frontMatter && lhs.bodyFirstLine == rhs.bodyFirstLine
                && lhs.frontMatterFingerprint == rhs.frontMatterFingerprint && lhs.bodyFingerprint == rhs.bodyFingerprint
        }
    }

    /// By source path, relative to `content/`.
    public internal(set) var entries: [String: Entry] = [:] {
        didSet { order = nil }
    }
    /// The order to record the entries in, when the loader knows it: the walk's, the same
    /// for the same files. Without it the paths are sorted, and sorting 10,000 paths taken
    /// from a dictionary was most of writing the record again.
    private var order: [String]?
    /// When the build that recorded the entries began to look at the files.
    var recordedAt: Int

    public init(recordedAt: Int = FileStamp.now()) {
        self.recordedAt = recordedAt
    }

    /// Sets the entries and the order to record them in, which holds each path once.
    mutating func set(_ entries: [String: Entry], inOrder order: [String]) {
        self.entries = entries
        self.order = order.count == entries.count ? order : nil
    }

    /// The recorded entry for the file at `path`, if the file is surely as it was then.
    func entry(for path: String, stamp: FileStamp) -> Entry? {
        guard let entry = entries[path], entry.stamp == stamp,
              stamp.modified < recordedAt - FileStamp.racyMargin, stamp.changed < recordedAt - FileStamp.racyMargin else { return nil }
        return entry
    }

    /// Whether this record says what `previous` says: every entry taken over from it, and
    /// none dropped. Then the record on disk need not be written again.
    func isAsRecorded(in previous: DocumentCache?) -> Bool {
        guard let previous, entries.count == previous.entries.count else { return false }
        return entries.values.allSatisfy { $0.recorded != nil }
    }

    /// The record for `generator`: entries made by another build of the generator are
    /// dropped, since it may parse front matter differently.
    public func encoded(generator: String) -> [UInt8] {
        var writer = BinaryWriter(format: Self.formatVersion, generator: generator)
        writer.write(recordedAt)
        writer.write(UInt64(entries.count))
        for path in order ?? entries.keys.sortedByCodePoint() {
            let entry = entries[path]!
            writer.write(path)
            if let recorded = entry.recorded {
                writer.write(encoded: recorded)
                continue
            }
            writer.write(entry.stamp)
            writer.write(entry.bodyFirstLine)
            writer.write(entry.frontMatterFingerprint)
            writer.write(entry.bodyFingerprint)
            Self.write(entry.frontMatter, into: &writer)
        }
        return writer.bytes
    }

    /// Nil when the record is damaged, of another format or of another generator: the build
    /// then reads every file, as a first build does.
    public static func decode(_ bytes: [UInt8], generator: String) -> DocumentCache? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.opens(format: formatVersion, generator: generator) else { return nil }
            var cache = DocumentCache(recordedAt: try reader.integer())
            let count = try reader.count()
            cache.entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.text()
                let (fields, recorded) = try reader.reading { reader throws(BinaryReader.Damaged) in
                    let stamp = try reader.fileStamp()
                    let bodyFirstLine = try reader.integer()
                    let frontMatterFingerprint = try reader.fingerprint()
                    let bodyFingerprint = try reader.fingerprint()
                    return (
                        stamp: stamp, bodyFirstLine: bodyFirstLine, frontMatterFingerprint: frontMatterFingerprint,
                        bodyFingerprint: bodyFingerprint, frontMatter: try readFrontMatter(from: &reader))
                }
                cache.entries[path] = Entry(
                    stamp: fields.stamp, frontMatter: fields.frontMatter, bodyFirstLine: fields.bodyFirstLine,
                    frontMatterFingerprint: fields.frontMatterFingerprint, bodyFingerprint: fields.bodyFingerprint, recorded: recorded)
            }
            return reader.isAtEnd ? cache : nil
        } catch {
            return nil
        }
    }

    private static func write(_ frontMatter: FrontMatter, into writer: inout BinaryWriter) {
        writer.write(frontMatter.title)
        writer.write(frontMatter.description)
        writer.write(frontMatter.weight)
        writer.write(frontMatter.section)
        writer.write(UInt64(frontMatter.roles.count))
        for role in frontMatter.roles { writer.write(role.rawValue) }
        writer.write(frontMatter.draft)
        writer.write(UInt64(frontMatter.aliases.count))
        for alias in frontMatter.aliases { writer.write(alias) }
        writer.write(frontMatter.slug)
        writer.write(frontMatter.onboarding)
        writer.write(frontMatter.glossary)
        writer.write(UInt64(frontMatter.positions.count))
        for (key, position) in frontMatter.positions.pairs {
            writer.write(key)
            writer.write(position.line)
            writer.write(position.column)
        }
    }

    private static let roleNames = TextTable(Role.allCases.map(\.rawValue))
    private static let keyNames = TextTable(FrontMatter.keys)

    private static func readFrontMatter(from reader: inout BinaryReader) throws(BinaryReader.Damaged) -> FrontMatter {
        var frontMatter = FrontMatter()
        frontMatter.title = try reader.optionalText()
        frontMatter.description = try reader.optionalText()
        frontMatter.weight = try reader.optionalInteger()
        frontMatter.section = try reader.optionalText()
        let roles = try reader.count()
        frontMatter.roles.reserveCapacity(roles)
        for _ in 0..<roles {
            guard let index = try reader.text(in: roleNames).index else { throw BinaryReader.Damaged() }
            frontMatter.roles.append(Role.allCases[index])
        }
        frontMatter.draft = try reader.flag()
        for _ in 0..<(try reader.count()) { frontMatter.aliases.append(try reader.text()) }
        frontMatter.slug = try reader.optionalText()
        frontMatter.onboarding = try reader.optionalInteger()
        frontMatter.glossary = try reader.flag()
        let positions = try reader.count()
        frontMatter.positions.reserveCapacity(positions)
        for _ in 0..<positions {
            // Written from the positions as they were, each key once: appended, not looked for.
            frontMatter.positions.append(try reader.text(in: keyNames).text, SourcePosition(line: try reader.integer(), column: try reader.integer()))
        }
        return frontMatter
    }
}
