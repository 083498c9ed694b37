import Foundation
import Testing
@testable import PlaybookKit

@Suite struct ServePathTests {
    /// An output folder beside a secret file and folder that symlinks inside it point to.
    struct Output {
        let root: URL
        let output: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-serve-\(UUID().uuidString)")
            output = root.appendingPathComponent("public")
            let manager = FileManager.default
            try manager.createDirectory(at: output.appendingPathComponent("vai-tro"), withIntermediateDirectories: true)
            try manager.createDirectory(at: output.appendingPathComponent("a"), withIntermediateDirectories: true)
            try manager.createDirectory(at: root.appendingPathComponent("secret"), withIntermediateDirectories: true)
            for (path, text) in ["public/index.html": "home", "public/vai-tro/index.html": "roles", "public/b": "b",
                                 "Package.swift": "outside", "secret/passwd": "outside"] {
                try Data(text.utf8).write(to: root.appendingPathComponent(path))
            }
            try manager.createSymbolicLink(atPath: output.appendingPathComponent("leak.html").path, withDestinationPath: root.appendingPathComponent("Package.swift").path)
            try manager.createSymbolicLink(atPath: output.appendingPathComponent("leaks").path, withDestinationPath: "../secret")
        }

        func resolve(_ path: String) -> ServedPath {
            ServedPath.resolve(path, in: output)
        }

        func file(_ relative: String) -> ServedPath {
            .file(URL(fileURLWithPath: output.resolvingSymlinksInPath().path + "/" + relative))
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    @Test func foldersServeTheirIndexPage() throws {
        let output = try Output()
        defer { output.remove() }
        #expect(output.resolve("/") == output.file("index.html"))
        #expect(output.resolve("/vai-tro/") == output.file("vai-tro/index.html"))
        #expect(output.resolve("/vai%2Dtro/") == output.file("vai-tro/index.html"))
        #expect(output.resolve("/vai-tro") == .folderWithoutSlash)
        #expect(output.resolve("/a/") == .notFound)
        #expect(output.resolve("/missing.html") == .notFound)
    }

    @Test func dotSegmentsResolveInsideTheOutput() throws {
        let output = try Output()
        defer { output.remove() }
        #expect(output.resolve("/a/../b") == output.file("b"))
        #expect(output.resolve("/./a/./../vai-tro/./") == output.file("vai-tro/index.html"))
    }

    @Test(arguments: [
        "/%2e%2e/Package.swift",
        "/..%2f..%2fetc/passwd",
        "/../Package.swift",
        "/a/../../Package.swift",
        "/%2E%2E%2FPackage.swift",
        "/index.html%00.txt",
        "/b%5C..%5C..%5CPackage.swift",
        "/%zz",
        "vai-tro/",
        "/leak.html",
        "/leaks/passwd",
        "/leaks/",
    ])
    func pathsLeavingTheOutputAreRefused(path: String) throws {
        let output = try Output()
        defer { output.remove() }
        #expect(output.resolve(path) == .refused)
    }

    @Test func aMissingOutputFolderServesNothing() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-serve-missing-\(UUID().uuidString)")
        #expect(ServedPath.resolve("/", in: missing) == .notFound)
    }

    @Test func theReloadTagGoesBeforeTheLastClosingBody() {
        let tag = LiveReload.tag(build: "x-1")
        #expect(tag == #"<script src="/__playbook/reload.js" data-build="x-1" defer></script>"#)
        #expect(LiveReload.inject(into: "<p></body>x</BODY>\n</html>", build: "x-1") == "<p></body>x\(tag)\n</BODY>\n</html>")
        #expect(LiveReload.inject(into: "<p>no body end", build: "x-1") == "<p>no body end\(tag)\n")
    }

    @Test func theErrorPageEscapesTheMessages() {
        let page = BuildErrorPage.html(lines: ["content/a.md:1:1: error: <script>alert(1)</script> & more"], build: "x-2")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains(LiveReload.tag(build: "x-2")))
    }
}
