import Foundation
import Testing
@testable import PlaybookKit

/// The one walk of the content folder that both the up-to-date check and the loader use, the
/// byte-order sort the records rely on, and the look at whether every output is still there.
@Suite struct FolderWalkTests {
    static func makeFolder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func entriesComeDepthFirstInCodePointOrderWithoutDotNames() throws {
        let root = try Self.makeFolder([
            "b.md": "b", "a/z.md": "z", "a/Ä.md": "ä", "a/B.md": "B", ".git/config": "x", "a/.hidden.md": "h",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let walk = FolderWalk(root: root.path)
        #expect(walk.entries.map(\.relativePath) == ["a", "a/B.md", "a/z.md", "a/Ä.md", "b.md"])
        #expect(walk.entries.map(\.path) == walk.entries.map { root.path + "/" + $0.relativePath })
        #expect(walk.entries[0].kind == .folder)
        guard case .file(let stamp) = walk.entries[4].kind else {
            Issue.record("b.md is not a file: \(walk.entries[4].kind)")
            return
        }
        #expect(stamp.size == 1)
        #expect(walk.unlistable.isEmpty)
    }

    @Test func aDecomposedNameIsKnownByItsComposedFormAndFoundOnDisk() throws {
        let decomposed = "ca\u{0302}\u{0309}m-nang.md"
        let root = try Self.makeFolder([decomposed: "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        let entry = try #require(FolderWalk(root: root.path).entries.first)
        #expect(Array(entry.relativePath.unicodeScalars) == Array("cẩm-nang.md".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(entry.path.hasSuffix("/" + decomposed) && Array(entry.path.utf8).suffix(decomposed.utf8.count) == Array(decomposed.utf8))
        #expect(FileManager.default.fileExists(atPath: entry.path))
    }

    @Test func aLinkIsNotFollowedAndAMissingRootIsUnlistable() throws {
        let root = try Self.makeFolder(["real/a.md": "a"])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked").path, withDestinationPath: root.appendingPathComponent("real").path)
        let walk = FolderWalk(root: root.path)
        #expect(walk.entries.map(\.relativePath) == ["linked", "real", "real/a.md"])
        #expect(walk.entries[0].kind == .link)
        #expect(FolderWalk(root: root.appendingPathComponent("missing").path).unlistable == [""])
    }

    @Test func aDocumentWithADecomposedFileNameIsBuilt() throws {
        let site = try TestSite(files: ["ca\u{0302}\u{0309}m-nang.md": "---\ntitle: Cẩm nang\n---\nĐọc kỹ trước ngày đầu.\n"])
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.isEmpty)
        let page = try FileManager.default.contentsOfDirectory(atPath: site.output.path).filter { $0.hasPrefix("c") }
        #expect(page.count == 1)
        #expect(try site.page(page[0] + "/index.html").contains("Đọc kỹ trước ngày đầu."))
    }

    @Test func twoNamesTheSameOnceComposedAreReportedNotGuessedBetween() throws {
        let composed = "cẩm-nang.md".precomposedStringWithCanonicalMapping
        let decomposed = composed.decomposedStringWithCanonicalMapping
        // One dictionary cannot hold both: Swift's strings compare equal when canonically so.
        let site = try TestSite(files: [composed: "---\ntitle: Một\n---\nMột.\n"])
        defer { site.remove() }
        try site.write("---\ntitle: Hai\n---\nHai.\n", to: "content/" + decomposed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content").path).count == 2)
        let walk = FolderWalk(root: site.root.appendingPathComponent("content").path)
        #expect(walk.entries.count == 1)
        #expect(walk.clashes == [composed])
        let failure = #expect(throws: BuildFailure.self) { try site.build() }
        #expect(failure.map { "\($0)" }?.contains("content/cẩm-nang.md: error: another entry in this folder has the same name once its accents are composed") == true)
    }

    @Test(arguments: [
        ("a/b.md", "md"), ("a/B.MD", "md"), ("notes.md.", "md"), ("x.yml.", "yml"), ("abc", ""),
        ("a/b.c/d", ""), ("md.", "md"), ("a..md", "md"), ("đ/ảnh.PNG", "png"),
    ])
    func aFileExtensionIsTheLastOfItsNameWithoutTrailingDots(path: String, fileExtension: String) {
        #expect(ContentLoader.fileExtension(of: path) == fileExtension)
    }

    @Test func outputPresenceHoldsOnlySoManyFoldersOpen() throws {
        let count = OutputPresence.maximumOpenFolders + 40
        let paths = (0..<count).map { "phan-\($0)/trang/index.html" }
        let root = try Self.makeFolder(Dictionary(uniqueKeysWithValues: paths.map { ($0, "") }))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(OutputPresence.allPresent(paths, below: root))
        try FileManager.default.removeItem(at: root.appendingPathComponent(paths.last!))
        #expect(!OutputPresence.allPresent(paths, below: root))
    }

    @Test func codePointOrderIsTheOrderOfScalarsAndStable() {
        let texts = ["b", "", "ä", "a/b", "a", "Z", "ab", "a-b", "𝔸", "z", "ä", "a b", "ờ", "ơ"]
        #expect(texts.sortedByCodePoint() == texts.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        #expect(texts.sortedByCodePoint() == texts.sorted())
        let pairs = [("b", 0), ("a", 1), ("b", 2), ("a", 3)]
        #expect(pairs.sortedByCodePoint(of: \.0).map(\.1) == [1, 3, 0, 2])
        #expect([String]().sortedByCodePoint().isEmpty)
    }

    @Test func outputPresenceSeesADeletedFileAtAnyDepth() throws {
        let root = try Self.makeFolder(["index.html": "", "a/index.html": "", "a/b/index.html": "", "a/b/c/d.html": ""])
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = ["index.html", "a/index.html", "a/b/index.html", "a/b/c/d.html"]
        #expect(OutputPresence.allPresent(paths, below: root))
        #expect(!OutputPresence.allPresent(paths + ["a/b/gone.html"], below: root))
        #expect(!OutputPresence.allPresent(paths + ["x/y/z.html"], below: root))
        try FileManager.default.removeItem(at: root.appendingPathComponent("a/b/c/d.html"))
        #expect(!OutputPresence.allPresent(paths, below: root))
        #expect(!OutputPresence.allPresent([], below: root.appendingPathComponent("missing")))
    }
}
