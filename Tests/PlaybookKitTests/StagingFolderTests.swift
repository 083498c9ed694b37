import Foundation
import Testing
@testable import PlaybookKit

/// The swap leaves the previous site in the staging folder, and the next build updates it
/// file by file. Whatever state that folder is in, the site swapped in is the whole new one.
@Suite struct StagingFolderTests {
    static func makeSite() throws -> TestSite {
        var files: [String: String] = [:]
        for page in 0..<6 {
            files["phan/trang-\(page).md"] = "---\ntitle: Trang \(page)\nweight: \(page)\n---\n## Mục\nNội dung \(page).\n"
        }
        return try TestSite(files: files)
    }

    /// Built twice, so the staging folder holds the first build and its record.
    static func siteWithAStagingFolder() throws -> TestSite {
        let site = try makeSite()
        try site.build()
        try site.write("---\ntitle: Trang 1\nweight: 1\n---\nMột.\n", to: "content/phan/trang-1.md")
        try site.build()
        return site
    }

    static func inode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
    }

    /// A clean build of the site from nothing, into a folder of its own: its files and folders.
    static func cleanBuild(of site: TestSite) throws -> [String: Data] {
        var clean = site.options
        clean.outputRoot = site.root.appendingPathComponent("clean")
        clean.clean = true
        try? FileManager.default.removeItem(at: clean.outputRoot)
        try? FileManager.default.removeItem(at: OutputWriter.stagingFolder(for: clean.outputRoot))
        _ = try SiteBuilder(options: clean).build()
        return try TestSite.tree(of: clean.outputRoot)
    }

    @Test func aRebuildAfterAnEditKeepsEveryOtherFileAndRecordsTheStagingFolder() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        try site.build()
        try site.write("---\ntitle: Trang 1\nweight: 1\n---\n## Mục\nSửa lần một.\n", to: "content/phan/trang-1.md")
        try site.build()
        let staging = OutputWriter.stagingFolder(for: site.output)
        #expect(FileManager.default.fileExists(atPath: staging.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.options.stagedManifestFile.path))
        let untouched = site.output.appendingPathComponent("phan/trang-4/index.html")
        let before = try Self.inode(untouched)
        try site.write("---\ntitle: Trang 2\nweight: 2\n---\n## Mục\nSửa lần hai.\n", to: "content/phan/trang-2.md")
        let report = try site.build()
        #expect(report.filesRendered == 2)
        #expect(try Self.inode(untouched) == before)
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    @Test func aStagingFolderChangedByHandStillGivesTheWholeNewSite() throws {
        let site = try Self.siteWithAStagingFolder()
        defer { site.remove() }
        let staging = OutputWriter.stagingFolder(for: site.output)
        try FileManager.default.removeItem(at: staging.appendingPathComponent("phan/trang-3/index.html"))
        try site.write("---\ntitle: Trang 5\nweight: 5\n---\nNăm.\n", to: "content/phan/trang-5.md")
        try site.build()
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    @Test func withoutItsRecordTheStagingFolderStillGivesTheWholeNewSite() throws {
        let site = try Self.siteWithAStagingFolder()
        defer { site.remove() }
        // Another file in its place (never written into: the two folders share unchanged files).
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".public.staging/phan/trang-0/index.html"))
        try site.write("stale", to: ".public.staging/phan/trang-0/index.html")
        try FileManager.default.removeItem(at: site.options.stagedManifestFile)
        try site.write("---\ntitle: Trang 2\nweight: 2\n---\nHai.\n", to: "content/phan/trang-2.md")
        try site.build()
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    /// A staged file no other name links to is written in place (no inode freed and another
    /// made); one the output folder shares is never written into. A handle opened on each
    /// before the build tells which: it reads what was written into its file.
    @Test func aStagedFileOnlyTheStagingFolderHoldsIsWrittenInPlaceAndASharedOneIsNot() throws {
        let site = try Self.siteWithAStagingFolder()
        defer { site.remove() }
        let staging = OutputWriter.stagingFolder(for: site.output)
        let unshared = try FileHandle(forReadingFrom: staging.appendingPathComponent("phan/trang-1/index.html"))
        let shared = try FileHandle(forReadingFrom: staging.appendingPathComponent("phan/trang-2/index.html"))
        defer {
            try? unshared.close()
            try? shared.close()
        }
        let sharedBytes = try shared.readToEnd()

        // A new title changes every page's sidebar: the home page renders first, on this
        // thread, and makes the staging writer, so the pages after it are placed by the cores
        // that render them.
        try site.write("---\ntitle: Trang một\nweight: 1\n---\n## Mục\nSửa lần hai.\n", to: "content/phan/trang-1.md")
        try site.build()
        try unshared.seek(toOffset: 0)
        try shared.seek(toOffset: 0)
        let newPage = try Data(contentsOf: site.output.appendingPathComponent("phan/trang-1/index.html"))
        #expect(String(decoding: newPage, as: UTF8.self).contains("Sửa lần hai."))
        #expect(try unshared.readToEnd() == newPage)
        #expect(try shared.readToEnd() == sharedBytes)
        #expect(try Data(contentsOf: staging.appendingPathComponent("phan/trang-2/index.html")) == sharedBytes)
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    /// Something other than a regular file where a staged page was (here a FIFO, which
    /// would block an open for writing) is replaced, not written into, and never waited on.
    @Test func aFIFOWhereAStagedPageWasIsReplaced() throws {
        let site = try Self.siteWithAStagingFolder()
        defer { site.remove() }
        let staged = OutputWriter.stagingFolder(for: site.output).appendingPathComponent("phan/trang-1/index.html")
        try FileManager.default.removeItem(at: staged)
        #expect(mkfifo(staged.path, 0o644) == 0)
        try site.write("---\ntitle: Trang 1\nweight: 1\n---\n## Mục\nSửa lần ba.\n", to: "content/phan/trang-1.md")
        try site.build()
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    /// A page's folder and a file of `content/` with the page's name take each other's place
    /// from build to build: whichever the staging folder's older build holds makes way.
    @Test func aPageAndAFileOfItsNameTakeEachOthersPlaceAcrossBuilds() throws {
        let site = try Self.siteWithAStagingFolder()
        defer { site.remove() }
        let page = "content/phan/trang-5.md"
        let pageText = try String(contentsOf: site.root.appendingPathComponent(page), encoding: .utf8)
        var steps: [String] = []
        for step in 0..<6 {
            if step % 3 == 0 {
                let toFile = step == 0
                if toFile {
                    try FileManager.default.removeItem(at: site.root.appendingPathComponent(page))
                    try site.write("a file of the page's name\n", to: "content/phan/trang-5")
                } else {
                    try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/phan/trang-5"))
                    try site.write(pageText, to: page)
                }
                steps.append(toFile ? "page to file" : "file to page")
            } else {
                try site.write("---\ntitle: Trang 1\nweight: 1\n---\nLần \(step).\n", to: "content/phan/trang-1.md")
                steps.append("edit")
            }
            try site.build()
            #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site), "after \(steps)")
        }
    }

    /// Built with `--clean` twice, the staging folder holds a whole older site that shares no
    /// file with the output, and its record is not trusted: a third clean build writes over
    /// its files in place and removes what it no longer makes, a stray file and folder too.
    @Test func aCleanBuildWritesOverTheStagingFolderItFindsAndRemovesTheRest() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        var clean = site.options
        clean.clean = true
        _ = try SiteBuilder(options: clean).build()
        _ = try SiteBuilder(options: clean).build()
        let staging = OutputWriter.stagingFolder(for: site.output)
        let staged = try FileHandle(forReadingFrom: staging.appendingPathComponent("phan/trang-1/index.html"))
        defer { try? staged.close() }
        try site.write("stray", to: ".public.staging/phan/stray.txt")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("trong/sau"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/phan/trang-4.md"))
        try site.write("---\ntitle: Trang 1\nweight: 1\n---\nViết đè.\n", to: "content/phan/trang-1.md")
        _ = try SiteBuilder(options: clean).build()
        let page = try Data(contentsOf: site.output.appendingPathComponent("phan/trang-1/index.html"))
        #expect(String(decoding: page, as: UTF8.self).contains("Viết đè."))
        #expect(try staged.readToEnd() == page)
        for leftover in ["phan/stray.txt", "phan/trang-4", "trong"] {
            #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(leftover).path), "\(leftover)")
        }
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    /// A link in a staging folder without a record is never written through: the folder is
    /// deleted and made anew, and the folder the link points to stays as it was.
    @Test func aLinkInAStagingFolderWithoutARecordIsNotFollowed() throws {
        let site = try Self.siteWithAStagingFolder()
        defer { site.remove() }
        let outside = site.root.appendingPathComponent("ngoai")
        try site.write("sentinel", to: "ngoai/giu.txt")
        let staging = OutputWriter.stagingFolder(for: site.output)
        try FileManager.default.removeItem(at: staging.appendingPathComponent("phan"))
        try FileManager.default.createSymbolicLink(at: staging.appendingPathComponent("phan"), withDestinationURL: outside)
        var clean = site.options
        clean.clean = true
        _ = try SiteBuilder(options: clean).build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["giu.txt"])
        #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site))
    }

    /// Sixty files of `content/` become folders of six sections each, and back, build after
    /// build: the sections' pages of one folder render side by side on the cores, and each
    /// core finds the older build's file where the folder goes (or the other core's folder).
    @Test func manyFilesTurnedIntoFoldersAtOnceMakeWayOnEveryCore() throws {
        let site = try Self.makeSite()
        defer { site.remove() }
        let names = (0..<60).map { "d\($0)" }
        func asFiles() throws {
            for name in names {
                try? FileManager.default.removeItem(at: site.root.appendingPathComponent("content/\(name)"))
                try site.write("tệp \(name)\n", to: "content/\(name)")
            }
        }
        func asFolders() throws {
            for name in names {
                try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/\(name)"))
                for section in 0..<6 {
                    try site.write("---\ntitle: Phần \(name) \(section)\n---\nChữ.\n", to: "content/\(name)/x\(section)/_index.md")
                }
            }
        }
        try asFiles()
        try site.build()
        for round in 0..<4 {
            try round % 2 == 0 ? asFolders() : asFiles()
            try site.build()
            #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site), "round \(round)")
            try site.write("---\ntitle: Trang 1\nweight: 1\n---\nVòng \(round).\n", to: "content/phan/trang-1.md")
            try site.build()
            #expect(try TestSite.tree(of: site.output) == Self.cleanBuild(of: site), "round \(round), after an edit")
        }
    }

    /// The writer removes an older build's folder where this build puts a file, but never a
    /// folder this build made for its own files: the file then fails, naming the folder.
    @Test func aFolderThisBuildMadeIsNeverRemovedForAFileOfItsName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-writer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        // An older build's file, in a staging folder with no record: the writer lists it.
        try FileManager.default.createDirectory(at: OutputWriter.stagingFolder(for: output), withIntermediateDirectories: true)
        try Data("older\n".utf8).write(to: OutputWriter.stagingFolder(for: output).appendingPathComponent("cu.txt"))
        let writer = try OutputWriter(output: output)
        try writer.write(OutputFile(path: "ho-so/index.html", content: .text("<p>x</p>\n")))
        let failure = #expect(throws: BuildFailure.self) {
            try writer.write(OutputFile(path: "ho-so", content: .text("a file where this build's folder is\n")))
        }
        #expect(failure.map { "\($0)" }?.contains("ho-so") == true)
        let page = OutputWriter.stagingFolder(for: output).appendingPathComponent("ho-so/index.html")
        #expect(try String(contentsOf: page, encoding: .utf8) == "<p>x</p>\n")
    }
}
