import Foundation
import Testing
@testable import PlaybookKit

@Suite struct OutputSafetyTests {
    @Test func scriptInATitleComesOutEscaped() throws {
        let site = try TestSite(files: [
            "_index.md": "---\ntitle: Home\n---\nSee [x](x.md).\n",
            "x.md": "---\ntitle: <script>alert(1)</script>\ndescription: \"\\\" onmouseover=\\\"alert(2)\"\n---\n<script>alert(3)</script>\n\n<img src=x onerror=alert(4)>\n",
        ])
        defer { site.remove() }
        try site.build()
        for path in ["x/index.html", "index.html"] {
            let html = try site.page(path)
            #expect(!html.contains("<script>alert"), "\(path) carries a live script")
            #expect(!html.contains("onerror=alert"))
            #expect(!html.contains("\" onmouseover"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
        #expect(try site.page("x/index.html").contains("<!-- raw HTML omitted -->"))
    }

    @Test func slugsAndAliasesCannotLeaveTheOutput() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\nslug: ../../escaped\naliases: [/old/a/]\n---\n",
        ])
        defer { site.remove() }
        try site.build()
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("escaped/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("old/a/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.deletingLastPathComponent().appendingPathComponent("escaped").path))
        #expect(try site.page("old/a/index.html").contains("url=../../escaped/index.html"))

        // An alias is kept as written, escapes and all, unless they spell a step out.
        try site.write("---\ntitle: A\naliases: [\"giam-gia-50%\", \"cu%20trang\"]\n---\n", to: "content/a.md")
        try site.build()
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("giam-gia-50%/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("cu%20trang/index.html").path))

        try site.write("---\ntitle: A\naliases: [\"../../x\", \"a/./b\", \"c\\\\d\", \"%2e%2e/%2E%2E/x\"]\n---\n", to: "content/a.md")
        let errors = site.failingBuild()
        #expect(errors.count == 4)
        #expect(errors.allSatisfy { $0.message.contains("must be a path inside the site") && $0.line == 3 })
    }

    @Test func theWriterRefusesPathsOutsideTheOutput() {
        for path in ["../x", "a/../../x", "/etc/passwd", "a//b", "./a", "a\\..\\b", ""] {
            #expect(!OutputWriter.staysInside(path), "\(path) was accepted")
        }
        #expect(OutputWriter.staysInside("vai-tro/bd-manager/index.html"))
    }

    @Test func aFailedBuildLeavesThePreviousSiteByteIdentical() throws {
        let site = try TestSite(files: [
            "a.md": "---\ntitle: A\n---\nSee [b](b.md).\n",
            "b.md": "---\ntitle: B\n---\nText.\n",
            "z.md": "---\ntitle: Z\n---\nText.\n",
        ])
        defer { site.remove() }
        try site.build()
        let before = try TestSite.snapshot(of: site.output)
        // z.md renders last: pages before it are already staged when the broken link stops the build.
        try site.write("---\ntitle: Z changed\n---\n[gone](missing.md)\n", to: "content/z.md")
        try site.write("---\ntitle: A changed\n---\nNew text.\n", to: "content/a.md")
        #expect(site.failingBuild().count == 1)
        #expect(try TestSite.snapshot(of: site.output) == before)
        // No staging folder is left behind; `.playbook/` is the first build's record.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(siblings.sorted() == [".playbook", "content", "playbook.yml", "public"])
    }

    @Test func anOutputFolderThatIsNotASiteIsNotReplaced() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        try site.write("keep me", to: "public/notes.txt")
        #expect(throws: BuildFailure.self) { try site.build() }
        #expect(try String(contentsOf: site.output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    /// Inside `content/`, the next build would publish the last site again a level deeper,
    /// and so on; holding `content/`, the swap would replace it with the site.
    @Test func anOutputFolderInsideOrAroundTheSourcesIsRefused() throws {
        let site = try TestSite(files: ["a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        // A link to content/ with a folder still to make below it is inside content/ too.
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/lien-ket", withDestinationPath: "content")
        for output in ["content/out", "content", site.root.path, "lien-ket/moi"] {
            var options = site.options
            options.outputRoot = output.hasPrefix("/") ? URL(fileURLWithPath: output) : site.root.appendingPathComponent(output)
            let message: String
            do {
                _ = try SiteBuilder(options: options).build()
                message = "built"
            } catch {
                message = error.description
            }
            #expect(message.hasPrefix("--output: error: the output folder "), "\(output): \(message)")
            #expect(message.contains(output == site.root.path ? "holds the content folder" : "is inside the content folder"), "\(output): \(message)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/out").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["content", "lien-ket", "playbook.yml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path + "/content") == ["a.md"])
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        try site.write(try String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("playbook.yml"), encoding: .utf8), to: "playbook.yml")
        try site.build()
        let first = try TestSite.snapshot(of: site.output)
        try site.build()
        let second = try TestSite.snapshot(of: site.output)
        #expect(first.count > 15)
        #expect(first == second)
    }
}
