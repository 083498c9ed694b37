/// The headings of each page's Markdown, as the last build indexed them, kept in
/// `.playbook/`: the first index file lists every page's headings, and an edit to one page
/// should render that page's Markdown again, not every page's. Each entry keeps its
/// headings encoded, with their fingerprint: telling that part 0 still holds decodes
/// nothing, and the next record copies the bytes of the entries it keeps.
public struct SearchHeadingCache: Sendable {
    static let formatVersion = 3

    struct Entry: Sendable {
        /// The body the headings were read from.
        var body: Fingerprint
        var headingsFingerprint: Fingerprint
        var encodedHeadings: ArraySlice<UInt8>

        init(body: Fingerprint, headings: [SearchEntry.Heading]) {
            var writer = BinaryWriter()
            writer.write(UInt64(headings.count))
            for heading in headings {
                writer.write(heading.text)
                writer.write(heading.anchor)
            }
            self.body = body
            self.encodedHeadings = writer.bytes[...]
            self.headingsFingerprint = .of(bytes: encodedHeadings)
        }

        fileprivate init(body: Fingerprint, headingsFingerprint: Fingerprint, encodedHeadings: ArraySlice<UInt8>) {
            self.body = body
            self.headingsFingerprint = headingsFingerprint
            self.encodedHeadings = encodedHeadings
        }

        var headings: [SearchEntry.Heading]? {
            var reader = BinaryReader(Array(encodedHeadings))
            do {
                return try (0..<reader.count()).map { _ throws(BinaryReader.Damaged) in
                    SearchEntry.Heading(text: try reader.text(), anchor: try reader.text())
                }
            } catch {
                return nil
            }
        }
    }

    /// The entries and their paths in the order they were added: the pages' order, or the
    /// record's. The record keeps that order, the same for the same site, so its 10,000
    /// paths need no sorting, and is written from these arrays without a look-up each.
    private var entries: [Entry] = []
    private var paths: [String] = []
    /// Where each path's entry is.
    private var places: [String: Int] = [:]
    /// The inputs the manifest recorded for part 0, and what part 0 showed: the structure,
    /// the snapshot, the calendar and these headings. An edit that leaves every title and
    /// heading as it was then leaves part 0 as it was, without making it again.
    var headInputs = Fingerprint()
    var headContent = Fingerprint()

    public init() {}

    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        paths.reserveCapacity(count)
        places.reserveCapacity(count)
    }

    subscript(path: String) -> Entry? {
        places[path].map { entries[$0] }
    }

    /// Whether the record holds exactly these documents, in this order: then it can be
    /// updated entry by entry instead of made again.
    private func lists(_ documents: [Document]) -> Bool {
        paths.count == documents.count && zip(paths, documents).allSatisfy { $0 == $1.sourcePath }
    }

    /// Sets the path's entry; a new path goes last.
    mutating func add(_ entry: Entry, for path: String) {
        if let place = places[path] {
            entries[place] = entry
        } else {
            places[path] = entries.count
            entries.append(entry)
            paths.append(path)
        }
    }

    /// The entry of each document whose body is as it was, taken by place: nil unless the
    /// record lists exactly these documents in this order, as it does after an edit.
    func entriesByPlace(for documents: [Document]) -> [Entry?]? {
        guard lists(documents) else { return nil }
        return zip(entries, documents).map { entry, document in entry.body == document.bodyFingerprint ? entry : nil }
    }

    /// The entry for the document's body as it is now.
    func entry(for document: Document) -> Entry? {
        guard let entry = self[document.sourcePath], entry.body == document.bodyFingerprint else { return nil }
        return entry
    }

    public func encoded(generator: String) -> [UInt8] {
        var writer = BinaryWriter(format: Self.formatVersion, generator: generator)
        writer.reserveCapacity(paths.count * 64 + entries.reduce(0) { $0 + $1.encodedHeadings.count })
        writer.write(headInputs)
        writer.write(headContent)
        writer.write(UInt64(entries.count))
        for (path, entry) in zip(paths, entries) {
            writer.write(path)
            writer.write(entry.body)
            writer.write(entry.headingsFingerprint)
            writer.write(UInt64(entry.encodedHeadings.count))
            writer.write(encoded: entry.encodedHeadings)
        }
        return writer.bytes
    }

    /// Nil when damaged, of another format or of another generator.
    public static func decode(_ bytes: [UInt8], generator: String) -> SearchHeadingCache? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.opens(format: formatVersion, generator: generator) else { return nil }
            var cache = SearchHeadingCache()
            cache.headInputs = try reader.fingerprint()
            cache.headContent = try reader.fingerprint()
            let count = try reader.count()
            cache.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.text()
                let body = try reader.fingerprint()
                let headingsFingerprint = try reader.fingerprint()
                let encoded = try reader.bytes(count: try reader.count())
                cache.add(Entry(body: body, headingsFingerprint: headingsFingerprint, encodedHeadings: encoded), for: path)
            }
            return reader.isAtEnd ? cache : nil
        } catch {
            return nil
        }
    }
}
