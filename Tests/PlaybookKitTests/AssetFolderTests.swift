import Foundation
import Testing
@testable import PlaybookKit

/// The templates' `assets/` folder is published as it is, subfolders and all, as Hugo
/// publishes `static/`; a page cannot take an asset's place.
@Suite struct AssetFolderTests {
    static func siteWithOwnTemplates() throws -> TestSite {
        let site = try TestSite(files: ["_index.md": "---\ntitle: Trang chủ\n---\nChào.\n"])
        try FileManager.default.copyItem(
            at: TestSite.repositoryRoot.appendingPathComponent("site-templates"), to: site.root.appendingPathComponent("site-templates"))
        return site
    }

    @Test func aSubfolderOfAssetsIsPublishedInItsPlaceAndFollowsEdits() throws {
        let site = try Self.siteWithOwnTemplates()
        defer { site.remove() }
        try site.write("<svg>1</svg>", to: "site-templates/assets/img/dau.svg")
        try site.write("<svg>sâu</svg>", to: "site-templates/assets/img/nho/sao.svg")
        try site.build()
        #expect(try site.page("assets/img/dau.svg") == "<svg>1</svg>")
        #expect(try site.page("assets/img/nho/sao.svg") == "<svg>sâu</svg>")
        #expect(try site.page("assets/style.css") == String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("site-templates/assets/style.css"), encoding: .utf8))

        // Another size, so the stamp changes even within the file system's clock tick.
        try site.write("<svg>22</svg>", to: "site-templates/assets/img/dau.svg")
        let edited = try site.build()
        #expect(edited.filesRendered == 1)
        #expect(try site.page("assets/img/dau.svg") == "<svg>22</svg>")

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("site-templates/assets/img/nho"))
        let removed = try site.build()
        #expect(removed.filesRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/img/nho/sao.svg").path))
    }

    @Test func aLinkToAFileInsideTheAssetsFolderIsPublishedWithItsBytes() throws {
        let site = try Self.siteWithOwnTemplates()
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: site.root.path + "/site-templates/assets/giao-dien.css", withDestinationPath: "style.css")
        try site.build()
        #expect(try site.page("assets/giao-dien.css") == site.page("assets/style.css"))
    }

    @Test func aSectionPageWhereAnAssetGoesIsAnErrorAtItsDocument() throws {
        let site = try Self.siteWithOwnTemplates()
        defer { site.remove() }
        try site.write("một tệp", to: "site-templates/assets/huong-dan/index.html")
        try site.write("---\ntitle: Hướng dẫn\n---\nTrang.\n", to: "content/assets/huong-dan/_index.md")
        try site.write("---\ntitle: Được\n---\nTrang.\n", to: "content/assets/duoc.md")
        let errors = site.failingBuild().map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("content/assets/huong-dan/_index.md: error: this page would be published at `assets/huong-dan/index.html`, where the templates publish the asset `assets/huong-dan/index.html`; give it another `slug:` or file name") == true)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// A link is copied from its target, so editing the target makes the asset again; a
    /// templates folder reached through a link still has its links inside it.
    @Test func anAssetThatIsALinkFollowsItsTargetAndTheTemplatesMayBeALink() throws {
        let site = try TestSite(files: ["_index.md": "---\ntitle: Trang chủ\n---\nChào.\n"])
        defer { site.remove() }
        let theme = site.root.appendingPathComponent("chu-de")
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("site-templates"), to: theme)
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/site-templates", withDestinationPath: theme.path)
        try site.write("a\n", to: "chu-de/assets/that.txt")
        try FileManager.default.createSymbolicLink(atPath: theme.path + "/assets/lien-ket.txt", withDestinationPath: "that.txt")
        try site.build()
        #expect(try site.page("assets/lien-ket.txt") == "a\n")
        try site.write("bb\n", to: "chu-de/assets/that.txt")
        try site.build()
        #expect(try site.page("assets/lien-ket.txt") == "bb\n")
    }
}
