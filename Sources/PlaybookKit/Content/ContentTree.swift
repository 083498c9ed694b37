import Foundation

/// The playbook as sections and documents with their final URL paths, checked for the
/// mistakes that only show once every file is known: URL clashes, unknown sections,
/// aliases that would leave the site.
public struct ContentTree: Sendable {
    public struct Section: Sendable, Equatable {
        /// Folder relative to `content/`; `""` is the home section.
        public var folder: String
        /// URL path of the section's index page, `""` for home, else `vai-tro` style.
        public var urlPath: String
        public var title: String
        public var description: String?
        public var weight: Int
        /// The section's `_index.md`, if any.
        public var indexDocument: String?
        /// Source paths of the section's documents, in reading order.
        public var documents: [String] = []
        /// Folders of the sections directly below, in reading order.
        public var subsections: [String] = []
    }

    /// A class, and immutable: every stage looks pages up by path, and a copy of a struct
    /// retained each of its fields, from both cores at once.
    public final class Page: Sendable, Equatable {
        public let document: Document
        public let urlPath: String
        public let section: String
        public let aliases: [String]

        init(document: Document, urlPath: String, section: String, aliases: [String]) {
            self.document = document
            self.urlPath = urlPath
            self.section = section
            self.aliases = aliases
        }

        public static func == (lhs: Page, rhs: Page) -> Bool {
            lhs.document == rhs.document && lhs.urlPath == rhs.urlPath && lhs.section == rhs.section && lhs.aliases == rhs.aliases
        }
    }

    /// Every section by folder.
    public private(set) var sections: [String: Section] = [:]
    /// Every published document page by source path.
    public private(set) var pages: [String: Page] = [:]
    /// The values of `pages` in code-point order of their paths, the order of every listing
    /// of all pages: walked in order without a look-up by path each.
    public private(set) var pagesInOrder: [Page] = []
    public private(set) var staticFiles: [StaticFile]
    /// Every published `_index.md` by source path.
    public private(set) var indexDocuments: [String: Document] = [:]
    /// Documents that have no page because of an error at them (an address another document
    /// has, none at all, one too long): a link to one is not to a missing document.
    public private(set) var unplaced: Set<String> = []

    public var home: Section { sections[""]! }

    /// Documents on the new-hire path, in step order.
    public var onboardingPath: [Page] {
        pages.values.filter { $0.document.frontMatter.onboarding != nil }
            .sorted { ($0.document.frontMatter.onboarding!, $0.document.sourcePath) < ($1.document.frontMatter.onboarding!, $1.document.sourcePath) }
    }

    public static func build(
        documents: [Document], staticFiles: [StaticFile], config: SiteConfig, displayPath: @escaping (String) -> String
    ) -> (ContentTree, [Diagnostic]) {
        var builder = Builder(config: config, displayPath: displayPath)
        return builder.build(documents: documents, staticFiles: staticFiles)
    }
}

extension ContentTree {
    fileprivate struct Builder {
        let config: SiteConfig
        let displayPath: (String) -> String
        var diagnostics: [Diagnostic] = []
        /// Which source claimed each output URL path first.
        var claimedPaths: [String: String] = [:]
        /// Each section's pages with their sort keys (weight, folded title), by folder: kept
        /// beside the pages, not looked up by path again for every comparison.
        var sortKeys: [String: [(weight: Int, title: String, path: String)]] = [:]
        var unplaced: Set<String> = []

        mutating func build(documents: [Document], staticFiles: [StaticFile]) -> (ContentTree, [Diagnostic]) {
            // The CRM's files are never published, wherever the config puts them.
            var tree = ContentTree(staticFiles: staticFiles.filter { !config.holdsPipelineData($0.sourcePath) })
            let published = documents.filter { !$0.frontMatter.draft }
            let indexDocuments = Dictionary(published.filter(\.isSectionIndex).map { ($0.folder, $0) }, uniquingKeysWith: { first, _ in first })
            var folders: Set<String> = [""]
            for folder in Set(published.map(\.folder)) {
                var folder = folder
                while !folder.isEmpty, folders.insert(folder).inserted {
                    folder = parentFolder(of: folder)
                }
            }
            for folder in folders.sorted() {
                tree.sections[folder] = makeSection(folder: folder, index: indexDocuments[folder])
                if let index = indexDocuments[folder] { tree.indexDocuments[index.sourcePath] = index }
            }
            for folder in folders.sorted() where !folder.isEmpty {
                claim(tree.sections[folder]!.urlPath, by: indexDocuments[folder]?.sourcePath ?? folder + "/")
            }
            // What a page's URL path starts with, by section: made once, so each page's path
            // is one concatenation.
            let sectionPrefixes = tree.sections.mapValues { $0.urlPath.isEmpty ? "" : $0.urlPath + "/" }
            // Where each page goes and how it sorts depend on its document alone: worked out
            // on every core, once; only the claims on URL paths are made one by one.
            let pageDocuments = published.filter { !$0.isSectionIndex }
            let slugs = config.slugs
            let placements = pageDocuments.concurrentMap { Self.placement(of: $0, slugs: slugs, sectionPrefixes: sectionPrefixes) }
            tree.pages.reserveCapacity(placements.count)
            claimedPaths.reserveCapacity(claimedPaths.count + placements.count)
            var madePages: [Page] = []
            madePages.reserveCapacity(placements.count)
            // A section's pages mostly come one after another: their sort keys are gathered
            // per run of one section, not filed by section page by page.
            var run: (section: String, keys: [(weight: Int, title: String, path: String)])?
            for (document, placement) in zip(pageDocuments, placements) {
                guard let page = makePage(document, placement, sectionPrefixes: sectionPrefixes) else {
                    unplaced.insert(document.sourcePath)
                    continue
                }
                tree.pages[document.sourcePath] = page
                madePages.append(page)
                if run?.section != page.section {
                    if let run { sortKeys[run.section, default: []] += run.keys }
                    run = (page.section, [])
                }
                run!.keys.append((document.frontMatter.weight ?? 0, placement.title, document.sourcePath))
            }
            if let run { sortKeys[run.section, default: []] += run.keys }
            let withAliases = madePages.filter { !$0.document.frontMatter.aliases.isEmpty }
            for page in withAliases.sorted(by: { $0.document.sourcePath < $1.document.sourcePath }) {
                tree.pages[page.document.sourcePath] = Page(
                    document: page.document, urlPath: page.urlPath, section: page.section, aliases: aliases(of: page.document))
            }
            for folder in folders where !folder.isEmpty {
                tree.sections[parentFolder(of: folder)]!.subsections.append(folder)
            }
            order(&tree)
            tree.unplaced = unplaced
            // In the walk's order the pages are nearly sorted already, which the sort notices.
            tree.pagesInOrder = madePages.map { $0.document.frontMatter.aliases.isEmpty ? $0 : tree.pages[$0.document.sourcePath]! }
                .sortedByCodePoint(of: \.document.sourcePath)
            return (tree, diagnostics)
        }

        private func parentFolder(of folder: String) -> String {
            folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? ""
        }

        private mutating func makeSection(folder: String, index: Document?) -> Section {
            let name = String(folder.split(separator: "/").last ?? "")
            var urlPath = ""
            if !folder.isEmpty {
                let parent = parentFolder(of: folder)
                let parentPath = parent.isEmpty ? "" : makeSectionURLPath(parent)
                let slug = index?.frontMatter.slug.map(TextFolding.slug) ?? TextFolding.slug(name)
                if slug.isEmpty {
                    diagnostics.append(.error("cannot make a URL from the folder name; rename it with Latin letters or digits", in: displayPath(folder)))
                }
                urlPath = parentPath.isEmpty ? slug : parentPath + "/" + slug
                if slug.utf8.count > SitePath.maximumNameLength {
                    let slugPosition = index?.frontMatter.positions["slug"]
                    diagnostics.append(.error(
                        Self.overlongNameMessage(slug[...], what: "the address of this section", fix: slugPosition == nil ? "shorten the folder's name" : "shorten the `slug:`"),
                        in: displayPath(index?.sourcePath ?? folder), at: slugPosition))
                }
            }
            let title = index?.frontMatter.title ?? (folder.isEmpty ? config.title : Document.readableTitle(fromName: name))
            return Section(
                folder: folder, urlPath: urlPath, title: title,
                description: index?.frontMatter.description, weight: index?.frontMatter.weight ?? 0,
                indexDocument: index?.sourcePath)
        }

        /// A name of an address longer than a file name may be.
        static func overlongNameMessage(_ name: Substring, what: String, fix: String = "shorten the `slug:` or the title it is made from") -> String {
            "\(what) has a name of \(name.utf8.count) bytes (`\(name.prefix(40))…`), over the \(SitePath.maximumNameLength) a file name may have here; \(fix)"
        }

        private func makeSectionURLPath(_ folder: String) -> String {
            folder.split(separator: "/").map { TextFolding.slug(String($0)) }.joined(separator: "/")
        }

        private static func slugSource(of document: Document, slugs: SiteConfig.SlugSource) -> String {
            if let explicit = document.frontMatter.slug { return explicit }
            if slugs == .title, let title = document.frontMatter.title { return title }
            return document.stem
        }

        /// Where a page goes and how it sorts, from its document alone.
        private struct Placement {
            var slug: String
            /// The folded title, the page's sort key after its weight.
            var title: String
            var section: String
            /// The document names a section that is not a folder of content/; it stays in its own.
            var namesUnknownSection: Bool
            var urlPath: String
        }

        /// `sectionPrefixes`: what each section's pages' URL paths start with, by folder.
        private static func placement(of document: Document, slugs: SiteConfig.SlugSource, sectionPrefixes: [String: String]) -> Placement {
            var section = document.folder
            var namesUnknownSection = false
            if let named = document.frontMatter.section {
                let folder = named.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
                if sectionPrefixes[folder] != nil { section = folder } else { namesUnknownSection = true }
            }
            let slug = TextFolding.slug(slugSource(of: document, slugs: slugs))
            return Placement(
                slug: slug, title: TextFolding.fold(document.title), section: section, namesUnknownSection: namesUnknownSection,
                urlPath: sectionPrefixes[section]! + slug)
        }

        private mutating func makePage(_ document: Document, _ placement: Placement, sectionPrefixes: [String: String]) -> Page? {
            if placement.namesUnknownSection, let named = document.frontMatter.section {
                let known = sectionPrefixes.keys.filter { !$0.isEmpty }.sorted().joined(separator: ", ")
                diagnostics.append(.error("unknown section `\(named)`; use a folder of content/: \(known)", in: displayPath(document.sourcePath), at: document.frontMatter.positions["section"]))
            }
            guard !placement.slug.isEmpty else {
                diagnostics.append(.error("cannot make a URL from `\(Self.slugSource(of: document, slugs: config.slugs))`; add `slug:` with Latin letters or digits", in: displayPath(document.sourcePath), at: slugPosition(of: document)))
                return nil
            }
            // The section's part of the address is its own, checked with the section.
            if placement.slug.utf8.count > SitePath.maximumNameLength {
                diagnostics.append(.error(Self.overlongNameMessage(placement.slug[...], what: "the address of this page"), in: displayPath(document.sourcePath), at: slugPosition(of: document)))
                return nil
            }
            guard claim(placement.urlPath, by: document.sourcePath, position: document.frontMatter.positions["slug"]) else { return nil }
            return Page(document: document, urlPath: placement.urlPath, section: placement.section, aliases: [])
        }

        /// Where the text a page's slug is made from stands: its `slug:`, or its title when
        /// the config makes slugs from titles.
        private func slugPosition(of document: Document) -> SourcePosition? {
            document.frontMatter.positions["slug"] ?? (config.slugs == .title ? document.frontMatter.positions["title"] : nil)
        }

        /// Records that `source` writes `urlPath`; a second claim is an error naming both.
        @discardableResult
        private mutating func claim(
            _ urlPath: String, by source: String, position: @autoclosure () -> SourcePosition? = nil,
            fix: String = "give one of them another `slug:` or file name"
        ) -> Bool {
            // One look-up where the path is free, as nearly every one is.
            if let owner = claimedPaths.updateValue(source, forKey: urlPath) {
                claimedPaths[urlPath] = owner
                diagnostics.append(.error("`\(urlPath)/` is also the address of \(displayPath(owner)); \(fix)", in: displayPath(source), at: position()))
                return false
            }
            return true
        }

        private mutating func aliases(of document: Document) -> [String] {
            var accepted: [String] = []
            for alias in document.frontMatter.aliases {
                let position = document.frontMatter.positions["aliases"]
                guard let path = SitePath.normalized(alias) else {
                    diagnostics.append(.error("alias `\(alias)` must be a path inside the site, without `..`, `.` or `\\`", in: displayPath(document.sourcePath), at: position))
                    continue
                }
                if let name = SitePath.overlongName(in: path) {
                    diagnostics.append(.error(Self.overlongNameMessage(name, what: "an alias", fix: "shorten the alias"), in: displayPath(document.sourcePath), at: position))
                    continue
                }
                if claim(path, by: document.sourcePath, position: position, fix: "choose another alias") { accepted.append(path) }
            }
            return accepted
        }

        private func order(_ tree: inout ContentTree) {
            // Keys are made once per entry: folding titles inside the comparator folded each
            // title n log n times, a sixth of a large handbook's loading.
            let sectionKeys = tree.sections.mapValues { section in (section.weight, TextFolding.fold(section.title)) }
            for (folder, documents) in sortKeys {
                tree.sections[folder]!.documents = documents.sorted { ($0.weight, $0.title, $0.path) < ($1.weight, $1.title, $1.path) }.map(\.path)
            }
            for folder in tree.sections.keys {
                let subsections = tree.sections[folder]!.subsections.map { (key: sectionKeys[$0]!, folder: $0) }
                tree.sections[folder]!.subsections = subsections.sorted { ($0.key.0, $0.key.1, $0.folder) < ($1.key.0, $1.key.1, $1.folder) }.map(\.folder)
            }
        }
    }

    init(staticFiles: [StaticFile]) {
        self.staticFiles = staticFiles
    }
}
