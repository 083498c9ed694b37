import Foundation
import Testing
@testable import PlaybookKit

@Suite struct DiagnosticsTests {
    @Test func checkReportsEveryMistakeAtOnce() throws {
        let site = try TestSite(fixture: "three-mistakes")
        defer { site.remove() }
        let content = site.root.path + "/content/"
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: site.options).check() }
        #expect(site.failingBuildMessages() == [
            content + "bao-cao.md: error: `bao-cao/` is also the address of \(content)Báo cáo.md; give one of them another `slug:` or file name",
            content + "hop-tuan.md:3:9: error: `weight` must be a whole number",
            content + "vai-tro.md:6:16: error: link to a missing document `lich-hop.md`; check the path (it is relative to this file)",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// Two aliases at one address are fixed by changing an alias, not a slug; a title that
    /// makes no slug is shown where it is written.
    @Test func aliasClashesAndTitlesWithoutASlugNameTheirFix() throws {
        let site = try TestSite(files: [
            "y.md": "---\ntitle: Y\naliases: [/cu/x/]\n---\n",
            "z.md": "---\ntitle: Z\naliases: [/cu/x/]\n---\n",
            "q.md": "---\ntitle: \"???\"\n---\n",
        ], config: "title: T\nlast_updated: off\nslugs: title\n")
        defer { site.remove() }
        let content = site.root.path + "/content/"
        #expect(site.failingBuildMessages() == [
            content + "q.md:2:8: error: cannot make a URL from `???`; add `slug:` with Latin letters or digits",
            content + "z.md:3:10: error: `cu/x/` is also the address of \(content)y.md; choose another alias",
        ])
    }

    /// Two documents whose names differ only in case make one address: the one that loses it
    /// is still a document, so links and the navigation say why it has no page.
    @Test func aDocumentWithoutAPageIsNotCalledMissing() throws {
        let site = try TestSite(files: [
            "_index.md": "---\ntitle: Home\n---\nĐọc [bắt đầu](bat-dau.md).\n",
            "Bat-Dau.md": "---\ntitle: a\n---\n",
            "bat-dau.md": "---\ntitle: Bắt đầu\n---\n",
        ], config: "title: T\nlast_updated: off\nnavigation: [bat-dau.md]\n")
        defer { site.remove() }
        let root = site.root.path + "/"
        #expect(site.failingBuildMessages() == [
            root + "content/_index.md:4:15: error: link to `bat-dau.md`, which has no page until the error at that document is fixed",
            root + "content/bat-dau.md: error: `bat-dau/` is also the address of \(root)content/Bat-Dau.md; give one of them another `slug:` or file name",
            root + "playbook.yml:3:13: error: `navigation` names `bat-dau.md`, which has no page until the error at that document is fixed",
        ])
    }

    @Test(arguments: [
        ("---\ntitle: A\n", "a.md:1:1: error: front matter starts with `---` on line 1 but has no closing `---` line"),
        ("---\ntitle: \"unterminated\nweight: 1\n---\n", "a.md:4:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar"),
        ("---\ntitle: A\ndraft: maybe\n---\n", "a.md:3:8: error: `draft` must be true or false"),
        ("---\ntitle: A\nrole: [inbound, sales]\n---\n", "a.md:3:7: error: unknown role `sales`; use one of inbound, outbound, bd_manager, other"),
        ("---\ntitle: A\ntitle: B\n---\n", "a.md:3:1: error: duplicate key `title`"),
        ("---\n- a\n- b\n---\n", "a.md:2:1: error: front matter must be a mapping of `key: value` lines"),
        ("\u{FEFF}---\r\ntitle: A\r\nweight: x\r\n---\r\n", "a.md:3:9: error: `weight` must be a whole number"),
    ])
    func frontMatterErrorsNameFileLineAndColumn(text: String, expected: String) {
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.first?.description == expected)
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() {
        var bytes = Data("---\ntitle: A\n---\nxin chào ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        guard case .failure(let diagnostic) = SourceText.decode(bytes, displayPath: "a.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.description == "a.md:4:10: error: the file is not valid UTF-8; save it as UTF-8")
    }

    /// The record of documents knows these keys by heart; each must be one the front matter
    /// reads, which none reads as a mapping.
    @Test func everyKeyTheRecordKnowsIsReadByTheFrontMatter() {
        for key in FrontMatter.keys {
            let (_, diagnostics) = parse("---\n\(key): {a: 1}\n---\nBody\n")
            #expect(diagnostics.count == 1, "\(key)")
        }
        #expect(parse("---\nowner: {a: 1}\n---\nBody\n").1.isEmpty)
    }

    private func parse(_ text: String) -> (Document?, [Diagnostic]) {
        switch SourceText.decode(Data(text.utf8), displayPath: "a.md") {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let decoded): return DocumentParser.parse(decoded, sourcePath: "a.md", displayPath: "a.md")
        }
    }
}
