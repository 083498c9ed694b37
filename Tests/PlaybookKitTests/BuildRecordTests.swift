import Foundation
import Testing
@testable import PlaybookKit

/// The records in `.playbook/` are read on every build: they must come back as written, and
/// a cut or damaged one must read as nothing (a full build), never as a crash.
@Suite struct BuildRecordTests {
    static func sampleFrontMatter() -> FrontMatter {
        var frontMatter = FrontMatter()
        frontMatter.title = "Quy trình hằng tuần"
        frontMatter.description = "Danh sách kiểm tra sáng thứ 2"
        frontMatter.weight = -3
        frontMatter.section = "quy-trinh"
        frontMatter.roles = [.inbound, .bdManager]
        frontMatter.draft = true
        frontMatter.aliases = ["/cu/hang-tuan/", "/x/"]
        frontMatter.slug = "hang-tuan"
        frontMatter.onboarding = 4
        frontMatter.glossary = true
        // `owner` is a key the front matter does not read: the record keeps its place too.
        frontMatter.positions = [
            "title": SourcePosition(line: 2, column: 8), "slug": SourcePosition(line: 9, column: 7), "owner": SourcePosition(line: 10, column: 8),
        ]
        return frontMatter
    }

    static func sampleDocumentCache() -> DocumentCache {
        var cache = DocumentCache(recordedAt: 1_700_000_000_000_000_000)
        cache.entries["quy-trinh/hang-tuan.md"] = DocumentCache.Entry(
            stamp: FileStamp(size: 2_454, modified: 1_600_000_000_123_456_789, changed: 1_600_000_000_223_456_789, inode: 42, device: 2049),
            frontMatter: sampleFrontMatter(), bodyFirstLine: 12,
            frontMatterFingerprint: .of("front"), bodyFingerprint: .of("body"))
        cache.entries["a.md"] = DocumentCache.Entry(
            stamp: FileStamp(size: 0, modified: 0, changed: 0, inode: 0, device: 0),
            frontMatter: FrontMatter(), bodyFirstLine: 1, frontMatterFingerprint: Fingerprint(), bodyFingerprint: Fingerprint())
        return cache
    }

    @Test func theDocumentRecordComesBackAsWritten() throws {
        let cache = Self.sampleDocumentCache()
        let decoded = try #require(DocumentCache.decode(cache.encoded(generator: "g"), generator: "g"))
        #expect(decoded.entries == cache.entries)
        #expect(decoded.recordedAt == cache.recordedAt)
        #expect(DocumentCache.decode(cache.encoded(generator: "g"), generator: "another build") == nil)
    }

    /// A record decoded and written again copies each entry's bytes; it is the same record,
    /// and says nothing new until an entry is not the one taken over.
    @Test func aRecordTakenOverIsWrittenAgainByteForByte() throws {
        let bytes = Self.sampleDocumentCache().encoded(generator: "g")
        let decoded = try #require(DocumentCache.decode(bytes, generator: "g"))
        #expect(decoded.encoded(generator: "g") == bytes)
        #expect(decoded.isAsRecorded(in: decoded))
        #expect(!Self.sampleDocumentCache().isAsRecorded(in: decoded))
        #expect(!decoded.isAsRecorded(in: nil))
        var edited = decoded
        edited.entries["a.md"] = DocumentCache.Entry(
            stamp: FileStamp(size: 1, modified: 0, changed: 0, inode: 0, device: 0),
            frontMatter: FrontMatter(), bodyFirstLine: 1, frontMatterFingerprint: Fingerprint(), bodyFingerprint: Fingerprint())
        #expect(!edited.isAsRecorded(in: decoded))
        let reread = try #require(DocumentCache.decode(edited.encoded(generator: "g"), generator: "g"))
        #expect(reread.entries == edited.entries)
        var dropped = decoded
        dropped.entries["a.md"] = nil
        #expect(!dropped.isAsRecorded(in: decoded))
    }

    @Test func everyCutOfARecordReadsAsNothing() throws {
        let documents = Self.sampleDocumentCache().encoded(generator: "g")
        for length in 0..<documents.count {
            #expect(DocumentCache.decode(Array(documents.prefix(length)), generator: "g") == nil, "cut at \(length)")
        }
        var manifest = BuildManifest()
        manifest.record(.init(inputs: .of("a"), bytes: .of("b")), for: "index.html")
        manifest.record(.init(inputs: .of("c"), bytes: .of("d")), for: "vai-tro/index.html")
        let manifestBytes = manifest.encoded()
        #expect(try BuildManifest.decode(manifestBytes).get() == manifest)
        for length in 0..<manifestBytes.count {
            #expect(throws: BuildManifest.Absence.self, "cut at \(length)") { try BuildManifest.decode(Array(manifestBytes.prefix(length))).get() }
        }
        var headings = SearchHeadingCache()
        headings.add(.init(body: .of("y"), headings: []), for: "b.md")
        headings.add(.init(body: .of("x"), headings: [.init(text: "Sáng thứ 2", anchor: "sang-thu-2")]), for: "a.md")
        let headingBytes = headings.encoded(generator: "g")
        let decoded = SearchHeadingCache.decode(headingBytes, generator: "g")
        #expect(decoded?["a.md"]?.headings == [.init(text: "Sáng thứ 2", anchor: "sang-thu-2")])
        #expect(decoded?.encoded(generator: "g") == headingBytes)
        for length in 0..<headingBytes.count {
            #expect(SearchHeadingCache.decode(Array(headingBytes.prefix(length)), generator: "g") == nil, "cut at \(length)")
        }
    }

    /// The headings record updated in place: a page's entry replaced keeps its place.
    @Test func aHeadingsEntryAddedAgainReplacesItInPlace() throws {
        var headings = SearchHeadingCache()
        headings.add(.init(body: .of("1"), headings: [.init(text: "Cũ", anchor: "cu")]), for: "a.md")
        headings.add(.init(body: .of("2"), headings: []), for: "b.md")
        headings.add(.init(body: .of("3"), headings: [.init(text: "Mới", anchor: "moi")]), for: "a.md")
        let decoded = try #require(SearchHeadingCache.decode(headings.encoded(generator: "g"), generator: "g"))
        #expect(decoded["a.md"]?.headings == [.init(text: "Mới", anchor: "moi")])
        #expect(decoded["a.md"]?.body == .of("3"))
        var again = SearchHeadingCache()
        again.add(.init(body: .of("3"), headings: [.init(text: "Mới", anchor: "moi")]), for: "a.md")
        again.add(.init(body: .of("2"), headings: []), for: "b.md")
        #expect(decoded.encoded(generator: "g") == again.encoded(generator: "g"))
    }

    /// The loader keeps the last record's entries and changes those of files it read again:
    /// after an edit, an addition and a removal, the record it makes is the one a load
    /// without any record makes, byte for byte.
    @Test func aRecordUpdatedEntryByEntryIsTheRecordMadeAnew() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: Một\n---\nA.\n", "b/c.md": "---\ntitle: Hai\nweight: 2\n---\nC.\n", "b/d.md": "D.\n",
        ])
        defer { site.remove() }
        let loader = ContentLoader(root: site.root.appendingPathComponent("content"), displayRoot: "content")
        var hourAgo = [timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0)]
        func ageFiles() throws {
            for path in ["a.md", "b/c.md", "b/d.md", "b/e.md"] {
                _ = utimensat(AT_FDCWD, site.root.appendingPathComponent("content/" + path).path, &hourAgo, 0)
            }
        }
        try ageFiles()
        var cache = loader.load().cache
        // Ageing the files changed their status-change times: record as if long after.
        cache.recordedAt += 60_000_000_000
        func expectUpdatedIsFresh(_ paths: [String]) {
            var updated = loader.load(reusing: { cache }).cache
            var fresh = loader.load().cache
            #expect(updated.entries.keys.sorted() == paths)
            #expect(updated.entries == fresh.entries)
            updated.recordedAt = 0
            fresh.recordedAt = 0
            #expect(updated.encoded(generator: "g") == fresh.encoded(generator: "g"))
        }
        // Every recorded file still there: the record's entries are kept and changed.
        try site.write("---\ntitle: Một, sửa\n---\nA.\n", to: "content/a.md")
        try site.write("---\ntitle: Năm\n---\nE.\n", to: "content/b/e.md")
        expectUpdatedIsFresh(["a.md", "b/c.md", "b/d.md", "b/e.md"])
        // A recorded file gone: the entries are made anew.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/b/d.md"))
        expectUpdatedIsFresh(["a.md", "b/c.md", "b/e.md"])
    }

    /// Flipped bytes may decode to something (a record has no checksum) but never trap.
    @Test func damagedBytesNeverTrap() {
        let bytes = Self.sampleDocumentCache().encoded(generator: "g")
        var random = SampleRandom(seed: 3, stream: 0)
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0...random.below(4) {
                damaged[random.below(damaged.count)] = UInt8(random.below(256))
            }
            _ = DocumentCache.decode(damaged, generator: "g")
            _ = BuildManifest.decode(BuildManifest.magic + damaged)
            _ = SearchHeadingCache.decode(damaged, generator: "g")
        }
    }

    @Test func anEntryIsTrustedOnlyForTheSameStampLastTouchedWellBeforeItWasRecorded() {
        let now = FileStamp.now()
        let old = FileStamp(size: 10, modified: now - 60_000_000_000, changed: now - 60_000_000_000, inode: 7, device: 1)
        var cache = DocumentCache(recordedAt: now)
        cache.entries["a.md"] = DocumentCache.Entry(
            stamp: old, frontMatter: FrontMatter(), bodyFirstLine: 1, frontMatterFingerprint: Fingerprint(), bodyFingerprint: Fingerprint())
        #expect(cache.entry(for: "a.md", stamp: old) != nil)
        var grown = old
        grown.size = 11
        #expect(cache.entry(for: "a.md", stamp: grown) == nil)
        var touched = old
        touched.changed += 1
        #expect(cache.entry(for: "a.md", stamp: touched) == nil)
        // Saved in the same second the recording build read it: it could have changed after.
        var racy = cache
        let recent = FileStamp(size: 10, modified: now - 1_000_000, changed: now - 1_000_000, inode: 7, device: 1)
        racy.entries["a.md"] = DocumentCache.Entry(
            stamp: recent, frontMatter: FrontMatter(), bodyFirstLine: 1, frontMatterFingerprint: Fingerprint(), bodyFingerprint: Fingerprint())
        #expect(racy.entry(for: "a.md", stamp: recent) == nil)
    }

    @Test func aRecordedDocumentIsTakenFromTheRecordAndItsBodyReadFromTheFile() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: Trên đĩa\n---\n## Mục\nThân bài.\n"])
        defer { site.remove() }
        let file = site.root.appendingPathComponent("content/a.md").path
        var hourAgo = [timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0), timespec(tv_sec: time(nil) - 3_600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, file, &hourAgo, 0) == 0)
        let loader = ContentLoader(root: site.root.appendingPathComponent("content"), displayRoot: "content")
        var cache = loader.load().cache
        #expect(cache.entries["a.md"] != nil)
        // Setting the time back changed the file's status-change time: record as if long after.
        cache.recordedAt += 60_000_000_000
        let recorded = try #require(cache.entries["a.md"])
        var frontMatter = recorded.frontMatter
        frontMatter.title = "Từ bản ghi"
        cache.entries["a.md"] = DocumentCache.Entry(
            stamp: recorded.stamp, frontMatter: frontMatter, bodyFirstLine: recorded.bodyFirstLine,
            frontMatterFingerprint: recorded.frontMatterFingerprint, bodyFingerprint: recorded.bodyFingerprint)
        let loaded = loader.load(reusing: { cache })
        #expect(loaded.documents.map(\.title) == ["Từ bản ghi"])
        #expect(loaded.documents.first?.body == "## Mục\nThân bài.\n")
        // Written again with the same size and modification time: the change time differs.
        try site.write("---\ntitle: Trên đĩa\n---\n## Mục\nThân BÀI.\n", to: "content/a.md")
        #expect(utimensat(AT_FDCWD, file, &hourAgo, 0) == 0)
        let reloaded = loader.load(reusing: { cache })
        #expect(reloaded.documents.map(\.title) == ["Trên đĩa"])
        #expect(reloaded.documents.first?.body == "## Mục\nThân BÀI.\n")
    }
}
