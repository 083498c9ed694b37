import Foundation
import Testing
@testable import PlaybookKit

/// The shipped playbook's new-hire path and glossary: what a new hire reads, in which order,
/// and where the words they meet are explained.
@Suite struct ShippedOnboardingTests {
    static func shippedTree() throws -> ContentTree {
        let repository = TestSite.repositoryRoot
        let config = SiteConfig.parse(
            try String(contentsOf: repository.appendingPathComponent("playbook.yml"), encoding: .utf8), file: "playbook.yml").0
        let loader = ContentLoader(root: repository.appendingPathComponent("content"), displayRoot: "content")
        let loaded = loader.load()
        return ContentTree.build(documents: loaded.documents, staticFiles: loaded.staticFiles, config: config, displayPath: loader.displayPath).0
    }

    static let path = [
        "bat-dau.md", "thuat-ngu.md", "vai-tro/inbound-sales.md", "vai-tro/outbound-sales.md", "vai-tro/bd-manager.md",
        "quy-trinh/cac-moc-thoi-gian.md", "ban-hang/phan-bo-thoi-gian.md", "ban-hang/hieu-khach-hang.md",
        "quy-trinh/hang-tuan.md", "quy-trinh/hang-thang.md", "quy-trinh/hang-quy.md", "so-lieu/cach-tinh.md",
    ]

    @Test func thePathRunsFromTheStartPageThroughRolesRhythmAndRoutinesToTheNumbers() throws {
        #expect(try Self.shippedTree().onboardingPath.map(\.document.sourcePath) == Self.path)
    }

    /// The start page spells the path out as a numbered list; it must not drift from it.
    @Test func theStartPageListsThePathInOrder() throws {
        let start = try #require(try Self.shippedTree().pages["bat-dau.md"]).document.body
        let list = start[try #require(start.range(of: "## Thứ tự nên đọc")).lowerBound...]
        let linked = list.split(separator: "\n").filter { $0.first?.isNumber == true }.compactMap { line -> String? in
            guard let open = line.range(of: "]("), let close = line[open.upperBound...].firstIndex(of: ")") else { return nil }
            return String(line[open.upperBound..<close])
        }
        #expect(linked == Self.path)
    }

    @Test func rolesAndRoutinesLinkTheGlossary() throws {
        let tree = try Self.shippedTree()
        #expect(tree.pages[SiteConfig().glossaryPage] != nil)
        let optedIn = tree.pages.values.filter(\.document.frontMatter.glossary).map(\.document.sourcePath).sorted()
        #expect(optedIn == [
            "quy-trinh/cac-moc-thoi-gian.md", "quy-trinh/hang-quy.md", "quy-trinh/hang-thang.md", "quy-trinh/hang-tuan.md",
            "vai-tro/bd-manager.md", "vai-tro/inbound-sales.md", "vai-tro/outbound-sales.md",
        ])
    }
}
