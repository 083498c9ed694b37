/// The headings of each page's Markdown, as the last build indexed them, kept in
/// `.playbook/`: the first index file lists every page's headings, and an edit to one page
/// should render that page's Markdown again, not every page's.
public struct SearchHeadingCache: Sendable, Equatable {
    static let formatVersion = 1

    struct Entry: Sendable, Equatable {
        /// The body the headings were read from.
        var body: Fingerprint
        var headings: [SearchEntry.Heading]
    }

    /// By document source path.
    var entries: [String: Entry] = [:]

    public init() {}

    func headings(of document: Document) -> [SearchEntry.Heading]? {
        guard let entry = entries[document.sourcePath], entry.body == document.bodyFingerprint else { return nil }
        return entry.headings
    }

    public func encoded(generator: String) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(UInt64(Self.formatVersion))
        writer.write(generator)
        writer.write(UInt64(entries.count))
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            writer.write(path)
            writer.write(entry.body)
            writer.write(UInt64(entry.headings.count))
            for heading in entry.headings {
                writer.write(heading.text)
                writer.write(heading.anchor)
            }
        }
        return writer.bytes
    }

    /// Nil when damaged, of another format or of another generator.
    public static func decode(_ bytes: [UInt8], generator: String) -> SearchHeadingCache? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.unsigned() == UInt64(formatVersion), try reader.text() == generator else { return nil }
            var cache = SearchHeadingCache()
            let count = try reader.count()
            cache.entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.text()
                var entry = Entry(body: try reader.fingerprint(), headings: [])
                for _ in 0..<(try reader.count()) {
                    entry.headings.append(SearchEntry.Heading(text: try reader.text(), anchor: try reader.text()))
                }
                cache.entries[path] = entry
            }
            return reader.isAtEnd ? cache : nil
        } catch {
            return nil
        }
    }
}
