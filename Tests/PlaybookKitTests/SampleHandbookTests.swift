import Foundation
import Testing
@testable import PlaybookKit

@Suite struct SampleHandbookTests {
    /// The config, the home text and each section's `_index.md` come with every corpus.
    private static let filesBesideDocuments = 2 + SampleHandbook.sectionCount

    private func documents(of handbook: SampleHandbook) -> [SampleHandbook.File] {
        handbook.files.filter { $0.path.hasSuffix(".md") && !$0.path.hasSuffix("/_index.md") }
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws {
        let options = SampleHandbookOptions(pages: 60, seed: 3)
        let first = try SampleHandbook(options: options).files
        #expect(try SampleHandbook(options: options).files == first)
        var reseeded = options
        reseeded.seed = 4
        let other = try SampleHandbook(options: reseeded).files
        #expect(other.map(\.path) != first.map(\.path))
        #expect(other.map(\.text) != first.map(\.text))
    }

    @Test(arguments: [1, 2, 19, 20, 21, 200])
    func writesTheRequestedNumberOfDocuments(pages: Int) throws {
        let handbook = try SampleHandbook(options: SampleHandbookOptions(pages: pages))
        #expect(handbook.documentCount == pages)
        #expect(documents(of: handbook).count == pages)
        #expect(handbook.files.count == pages + Self.filesBesideDocuments)
    }

    @Test func documentsAreAboutTwoAndAHalfKilobytesWithEverythingAHandbookPageHas() throws {
        let documents = documents(of: try SampleHandbook(options: SampleHandbookOptions(pages: 400)))
        let averageBytes = documents.map(\.text.utf8.count).reduce(0, +) / documents.count
        #expect((2_200...2_700).contains(averageBytes))
        for document in documents {
            let text = document.text
            for part in ["---\ntitle: \"", "\ndescription: \"", "\nweight: ", "\nrole: [", "\n## ", "\n### ", "\n| --- |"] {
                #expect(text.contains(part), "\(document.path) has no `\(part)`")
            }
            #expect(text.contains("\n- [ ] ") || text.contains("\n- [x] "), "\(document.path) has no task list")
            let links = text.components(separatedBy: ".md)").count - 1
            #expect((2...3).contains(links), "\(document.path) has \(links) links")
        }
    }

    /// Small handbooks fill the twenty sections evenly; larger ones keep a few documents in
    /// each top-level section, whose documents every page below it lists, and put the rest
    /// in the subsections. Weights number each section's documents from 1, so Hugo and we
    /// read them in one order.
    @Test(arguments: [(20, 1, 1), (400, SampleHandbook.documentsPerTopLevelSection, 24)])
    func documentsFillTwentySectionsTwoLevelsDeep(pages: Int, perTopLevelSection: Int, perSubsection: Int) throws {
        let documents = documents(of: try SampleHandbook(options: SampleHandbookOptions(pages: pages)))
        let sections = Dictionary(grouping: documents) { $0.path.split(separator: "/").dropLast().joined(separator: "/") }
        #expect(sections.count == 20)
        for (folder, documents) in sections {
            let isTopLevel = folder.split(separator: "/").count == 2
            #expect(documents.count == (isTopLevel ? perTopLevelSection : perSubsection), "\(folder)")
            let weights = documents.compactMap { document in
                document.text.split(separator: "\n").first { $0.hasPrefix("weight: ") }.flatMap { Int($0.dropFirst(8)) }
            }
            #expect(weights.sorted() == Array(1...documents.count), "\(folder)")
        }
    }

    @Test func aGeneratedCorpusBuildsWithNoDiagnosticsAndNoBrokenLinks() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        // The generator writes only into a new folder.
        try FileManager.default.removeItem(at: site.root)
        try SampleHandbook(options: SampleHandbookOptions(pages: 200)).write(to: site.root)
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings.prefix(5))")
        let sectionPages = SampleHandbook.sectionCount + 1
        #expect(report.pagesWritten == 200 + sectionPages + 1, "documents, sections with home, and 404.html")
        let (broken, checked) = SiteLinks.broken(in: try TestSite.snapshot(of: site.output))
        #expect(broken.isEmpty, "\(broken.prefix(10))")
        #expect(checked > 5_000)
    }

    @Test func itWritesOnlyIntoANewOrEmptyFolder() throws {
        let site = try TestSite(files: ["kept.md": "# Kept\n"])
        defer { site.remove() }
        #expect(throws: SampleWriteFailure.self) {
            try SampleHandbook(options: SampleHandbookOptions(pages: 3)).write(to: site.root)
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/_index.md").path))
    }

    @Test(arguments: [0, -1, SampleHandbookOptions.mostPages + 1])
    func aPageCountOutOfRangeIsRefusedWithItsName(pages: Int) {
        let error = #expect(throws: InvalidSampleOptions.self) { try SampleHandbook(options: SampleHandbookOptions(pages: pages)) }
        #expect(error?.description.hasPrefix("pages must be a whole number from 1 to 100000") == true)
    }
}
