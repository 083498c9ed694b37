import Foundation
import Testing
@testable import PlaybookKit

/// The bad-input catalogue (docs/RELIABILITY.md): each folder of `Fixtures/bad-inputs/` holds
/// files laid over a small site that builds (`_base/`), its input kind, and what the build
/// must say of them in `expected`: `exit N` and every error line, paths relative to the site
/// (or `ok` and any warnings, for input that is odd but fine, such as a byte-order mark). Every case must fail
/// with exactly those lines and leave the previous `public/` byte for byte, or build.
/// `PLAYBOOK_RECORD_CATALOGUE=1` writes what the build says into `expected`, to review.
@Suite struct BadInputCatalogueTests {
    static let folder = TestSite.fixturesRoot.appendingPathComponent("bad-inputs")
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()

    /// A copy of `_base` with its own templates, built once.
    static func baseSite() throws -> TestSite {
        let site = try TestSite(fixture: "bad-inputs/_base")
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("site-templates"), to: site.root.appendingPathComponent("site-templates"))
        try site.build()
        return site
    }

    /// `exit 1` and the sorted error lines of a build, or `ok` and its warnings.
    static func outcome(of site: TestSite) -> String {
        do {
            let warnings = try SiteBuilder(options: site.options).build().warnings.sorted(by: Diagnostic.reportingOrder)
                .map { $0.description.replacingOccurrences(of: site.root.path + "/", with: "") }
            return (["ok"] + warnings).joined(separator: "\n")
        } catch {
            let (code, diagnostics): (Int32, [Diagnostic]) = switch error {
            case .input(let found): (1, found)
            case .data(let found): (3, found)
            case .system(let message): (2, [.error(message, in: "")])
            }
            let lines = diagnostics.filter { $0.severity == .error }.sorted(by: Diagnostic.reportingOrder)
                .map { $0.description.replacingOccurrences(of: site.root.path + "/", with: "") }
            return (["exit \(code)"] + lines).joined(separator: "\n")
        }
    }

    @Test func reliabilityDocListsEveryCaseWithItsFirstMessage() throws {
        let doc = try String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("docs/RELIABILITY.md"), encoding: .utf8)
        #expect(Self.cases.count + GeneratedBadInputTests.cases.count + GeneratedBadInputTests.permissionCases.count >= 40)
        for name in Self.cases {
            let expected = try String(contentsOf: Self.folder.appendingPathComponent("\(name)/expected"), encoding: .utf8)
            let lines = expected.split(separator: "\n").map(String.init)
            let row = doc.split(separator: "\n").first { $0.contains("| `\(name)` |") }
            #expect(row?.contains("| \(lines[0]) |") == true, "RELIABILITY.md has no row for \(name) with \(lines[0])")
            if lines.count > 1 { #expect(row?.contains(lines[1]) == true, "RELIABILITY.md's row for \(name) does not say \(lines[1])") }
        }
        for badInput in GeneratedBadInputTests.cases + GeneratedBadInputTests.permissionCases {
            #expect(doc.contains("| `\(badInput.name)` |"), "RELIABILITY.md has no row for \(badInput.name)")
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func eachBadInputIsReportedAndLeavesTheSite(name: String) throws {
        let site = try Self.baseSite()
        defer { site.remove() }
        let before = try TestSite.snapshot(of: site.output)
        let overlay = Self.folder.appendingPathComponent(name).appendingPathComponent("overlay")
        for path in try FileManager.default.subpathsOfDirectory(atPath: overlay.path).sorted() {
            var isFolder: ObjCBool = false
            let source = overlay.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let target = site.root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: source, to: target)
        }
        let found = Self.outcome(of: site)
        let expectedFile = Self.folder.appendingPathComponent(name).appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["PLAYBOOK_RECORD_CATALOGUE"] != nil {
            try Data((found + "\n").utf8).write(to: expectedFile)
            Issue.record("\(name): recorded, not checked; review the file and run again without PLAYBOOK_RECORD_CATALOGUE")
        }
        let expected = (try? String(contentsOf: expectedFile, encoding: .utf8))?.trimmingCharacters(in: .newlines) ?? "(no expected file)"
        #expect(found == expected)
        if !found.hasPrefix("ok") {
            #expect(try TestSite.snapshot(of: site.output) == before, "the failed build touched public/")
        }
        // `output`, for cases that build: `+ PATH: TEXT` must be in the built file, `- PATH: TEXT` must not.
        let outputFile = Self.folder.appendingPathComponent(name).appendingPathComponent("output")
        for line in ((try? String(contentsOf: outputFile, encoding: .utf8)) ?? "").split(separator: "\n") {
            let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { Issue.record("\(name)/output: unreadable line `\(line)`"); continue }
            let page = (try? site.page(parts[0])) ?? ""
            #expect(page.contains(parts[1]) == line.hasPrefix("+"), "\(name): \(parts[0]) \(line.hasPrefix("+") ? "lacks" : "holds") `\(parts[1])`")
        }
    }
}

/// The catalogue's cases too large or too odd for a fixture folder: made on the spot.
@Suite struct GeneratedBadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (TestSite) throws -> Void
        var expected: String

        var testDescription: String { name }
    }

    static let isRoot = geteuid() == 0

    /// The lines of the shipped Vietnamese strings table, each ending in a newline.
    static let stringsTableLines = ((try? String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("site-templates/i18n/vi.yml"), encoding: .utf8)) ?? "")
        .filter { $0 == "\n" }.count

    static let cases: [Case] = [
        Case(name: "md-10mb-single-line", apply: { site in
            try site.write("---\ntitle: C\n---\n" + String(repeating: "a", count: 10_000_000) + "\n", to: "content/c.md")
        }, expected: "ok"),
        Case(name: "md-10000-deep-lists", apply: { site in
            try site.write("---\ntitle: C\n---\n" + String(repeating: "- ", count: 10_000) + "x\n", to: "content/c.md")
        }, expected: "ok"),
        Case(name: "md-10000-deep-block-quotes", apply: { site in
            try site.write("---\ntitle: C\n---\n" + String(repeating: "> ", count: 10_000) + "x\n", to: "content/c.md")
        }, expected: "ok"),
        Case(name: "snapshot-50mb-one-error-at-the-end", apply: { site in
            var text = "{\"schema_version\": 1, \"as_of\": \"2026-11-23T06:00:00+07:00\",\n \"reps\": [{\"id\": \"an\", \"name\": \"An\", \"role\": \"inbound\"}],\n"
            text += " \"customers\": [{\"id\": \"c1\", \"name\": \"C\", \"rep\": \"an\"}],\n \"deals\": [], \"activities\": [],\n \"leads\": [\n"
            let lead = "  {\"id\": \"l%d\", \"rep\": \"an\", \"company\": \"Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Sao Mai số %d\", \"status\": \"warm\", \"created\": \"2026-11-01\"},\n"
            for index in 0..<320_000 { text += String(format: lead, index, index) }
            text += "  {\"id\": \"l-last\", \"rep\": \"an\", \"company\": \"X\", \"status\": \"nóng\", \"created\": \"2026-11-01\"}\n ]}\n"
            try site.write(text, to: "content/data/pipeline.json")
        }, expected: "exit 3\ncontent/data/pipeline.json:320006:59: error: leads[320000].status: `nóng` is not one of new, warm, cold, qualified, converted, lost"),
        Case(name: "fs-symlink-loop", apply: { site in
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/vong-a", withDestinationPath: "vong-b")
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/vong-b", withDestinationPath: "vong-a")
        }, expected: """
            exit 1
            content/vong-a: error: symbolic link points nowhere (or into a loop); remove it or fix its target
            content/vong-b: error: symbolic link points nowhere (or into a loop); remove it or fix its target
            """),
        Case(name: "fs-symlink-outside-content", apply: { site in
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/ngoai.md", withDestinationPath: "/etc/hostname")
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/len", withDestinationPath: "..")
        }, expected: """
            exit 1
            content/len: error: symbolic link points outside the content folder; copy the file in instead
            content/ngoai.md: error: symbolic link points outside the content folder; copy the file in instead
            """),
        Case(name: "fm-slug-too-long-for-a-file-name", apply: { site in
            try site.write("---\ntitle: C\nslug: \(String(repeating: "a", count: 300))\n---\n", to: "content/c.md")
        }, expected: """
            exit 1
            content/c.md:3:7: error: the address of this page has a name of 300 bytes (`\(String(repeating: "a", count: 40))…`), over the 250 a file name may have here; shorten the `slug:` or the title it is made from
            """),
        Case(name: "fs-symlink-outside-content-data", apply: { site in
            try FileManager.default.createDirectory(atPath: site.root.path + "/content/data/history", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/content/data/history/2026-11-21.json", withDestinationPath: "/etc/hostname")
        }, expected: """
            exit 3
            content/data/history/2026-11-21.json: error: symbolic link points outside the content folder; copy the file in instead
            """),
        Case(name: "template-strings-duplicate-key", apply: { site in
            let handle = try FileHandle(forWritingTo: site.root.appendingPathComponent("site-templates/i18n/vi.yml"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("on_this_page: Trên trang\n".utf8))
            try handle.close()
        }, expected: """
            exit 1
            site-templates/i18n/vi.yml:\(stringsTableLines + 1):1: error: duplicate key `on_this_page`
            """),
        Case(name: "fs-symlink-outside-assets", apply: { site in
            try FileManager.default.createSymbolicLink(atPath: site.root.path + "/site-templates/assets/ngoai.txt", withDestinationPath: "/etc/hostname")
        }, expected: """
            exit 1
            site-templates/assets/ngoai.txt: error: symbolic link points outside the assets folder; copy the file in instead
            """),
    ]

    /// Permissions mean nothing to root: these are skipped there (Tests/cli/run.sh builds them as `nobody`).
    static let permissionCases: [Case] = [
        Case(name: "fs-unreadable-file", apply: { site in
            try site.write("---\ntitle: C\n---\n", to: "content/c.md")
            chmod(site.root.path + "/content/c.md", 0)
        }, expected: "exit 1\ncontent/c.md: error: cannot read the file (The operation could not be completed. You don’t have permission.); check that it exists and is readable"),
        Case(name: "fs-read-only-output-folder", apply: { site in
            try site.write("---\ntitle: C\n---\n", to: "content/c.md")
            chmod(site.root.path, 0o555)
        }, expected: "exit 2 check that the folder above the output is writable"),
    ]

    @Test(.timeLimit(.minutes(2)), arguments: cases)
    func eachGeneratedBadInputIsReportedAndLeavesTheSite(badInput: Case) throws {
        try Self.check(badInput)
    }

    @Test(.enabled(if: !isRoot), .timeLimit(.minutes(1)), arguments: permissionCases)
    func eachPermissionProblemIsReportedAndLeavesTheSite(badInput: Case) throws {
        try Self.check(badInput)
    }

    static func check(_ badInput: Case) throws {
        let site = try BadInputCatalogueTests.baseSite()
        defer {
            chmod(site.root.path, 0o755)
            site.remove()
        }
        let before = try TestSite.snapshot(of: site.output)
        try badInput.apply(site)
        let found = BadInputCatalogueTests.outcome(of: site)
        #expect(found == badInput.expected || (badInput.expected.hasPrefix("exit 2 ") && found.hasPrefix("exit 2\n")
            && found.contains(badInput.expected.dropFirst(7))), "\(found)")
        if !found.hasPrefix("ok") {
            #expect(try TestSite.snapshot(of: site.output) == before, "the failed build touched public/")
        }
    }

    @Test func anOutputPathThatIsAFileIsASystemError() throws {
        let site = try BadInputCatalogueTests.baseSite()
        defer { site.remove() }
        var options = site.options
        options.outputRoot = site.root.appendingPathComponent("tep")
        try site.write("not a folder", to: "tep")
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: options).build() }
        let message = (try? SiteBuilder(options: options).build()).map { _ in "" } ?? BadInputCatalogueTests.failureText(options)
        #expect(message.hasSuffix("tep is a file, not a folder; remove it or pass another --output"))
    }

    /// Whether this machine lets the tests mount a tmpfs (root, with the capability to).
    static let canMountTmpfs: Bool = {
        guard isRoot else { return false }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-mount-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
              run("/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path) else { return false }
        return run("/bin/umount", folder.path)
    }()

    static func run(_ tool: String, _ arguments: String...) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// A full disk, on a 1 MB tmpfs mounted for the test: a system error, the site whole.
    @Test(.enabled(if: canMountTmpfs)) func aFullDiskIsASystemErrorAndLeavesTheSite() throws {
        let site = try BadInputCatalogueTests.baseSite()
        defer { site.remove() }
        let disk = site.root.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        try #require(Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.path))
        defer { _ = Self.run("/bin/umount", disk.path) }
        var options = site.options
        options.outputRoot = disk.appendingPathComponent("public")
        options.cacheRoot = disk.appendingPathComponent(".playbook")
        _ = try SiteBuilder(options: options).build()
        let before = try TestSite.snapshot(of: options.outputRoot)
        try site.write("---\ntitle: C\n---\n" + String(repeating: "chữ ", count: 300_000) + "\n", to: "content/c.md")
        let message = BadInputCatalogueTests.failureText(options)
        #expect(message.contains("No space left on device"))
        #expect(try TestSite.snapshot(of: options.outputRoot) == before)
        #expect(!FileManager.default.fileExists(atPath: disk.appendingPathComponent(".public.staging").path))
    }
}

extension BadInputCatalogueTests {
    /// The message of a build that fails for a reason of the machine; empty otherwise.
    static func failureText(_ options: BuildOptions) -> String {
        do {
            _ = try SiteBuilder(options: options).build()
            return ""
        } catch {
            guard case .system(let message) = error else { return "" }
            return message
        }
    }
}
