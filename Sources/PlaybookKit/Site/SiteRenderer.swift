import Foundation

/// Renders every page of the handbook from the checked content tree. It reads nothing from
/// disk but the files it is told to copy; what it writes goes to `emit`, one file at a time.
public struct SiteRenderer {
    public struct Input {
        public var config: SiteConfig
        public var tree: ContentTree
        public var templates: TemplateSet
        public var strings: StringsTable
        public var lastUpdated: [String: Date]
        /// Source paths of draft documents, so a link to one gets a precise error.
        public var draftPaths: Set<String>
        public var contentRoot: URL
        public var assetsRoot: URL
        public var displayPath: (String) -> String
        /// The snapshot and its figures; nil builds the handbook alone.
        public var pipeline: PipelineInput?

        public init(
            config: SiteConfig, tree: ContentTree, templates: TemplateSet, strings: StringsTable,
            lastUpdated: [String: Date], draftPaths: Set<String>, contentRoot: URL, assetsRoot: URL,
            displayPath: @escaping (String) -> String, pipeline: PipelineInput? = nil
        ) {
            self.config = config
            self.tree = tree
            self.templates = templates
            self.strings = strings
            self.lastUpdated = lastUpdated
            self.draftPaths = draftPaths
            self.contentRoot = contentRoot
            self.assetsRoot = assetsRoot
            self.displayPath = displayPath
            self.pipeline = pipeline
        }
    }

    let input: Input
    let markdown: MarkdownRenderer
    let links: LinkResolver
    let dates: DateText
    let navigationOrder: [String]
    /// The new-hire path, computed once: every document page looks itself up in it.
    let onboardingPath: [ContentTree.Page]
    /// The pipeline's shared lookups, when the build has a snapshot.
    let kpi: KPIContext?
    private(set) var diagnostics: [Diagnostic] = []

    public init(_ input: Input) {
        self.input = input
        self.markdown = MarkdownRenderer(allowsRawHTML: input.config.allowsRawHTML)
        self.links = LinkResolver(tree: input.tree, draftPaths: input.draftPaths)
        self.dates = DateText(timeZone: input.config.timeZone)
        let (order, orderDiagnostics) = Self.topLevelOrder(tree: input.tree, config: input.config)
        self.navigationOrder = order
        self.onboardingPath = input.tree.onboardingPath
        self.kpi = input.pipeline.map(KPIContext.init)
        self.diagnostics = orderDiagnostics + (kpi == nil ? [] : Self.pipelineProblems(input))
    }

    /// Renders the whole site; returns the problems found (broken links and the like).
    public mutating func render(emit: (OutputFile) throws -> Void) throws -> [Diagnostic] {
        let tree = input.tree
        try emit(homePage())
        for folder in tree.sections.keys.sorted() where !folder.isEmpty {
            try emit(sectionPage(tree.sections[folder]!))
        }
        for path in tree.pages.keys.sorted() {
            try emit(documentPage(tree.pages[path]!))
        }
        for path in tree.pages.keys.sorted() {
            for file in aliasPages(tree.pages[path]!) { try emit(file) }
        }
        if let kpi {
            for file in kpiFiles(kpi) { try emit(file) }
        }
        try emit(notFoundPage())
        try emit(sitemap())
        for file in try assetFiles() { try emit(file) }
        for file in tree.staticFiles {
            try emit(OutputFile(path: file.sourcePath, content: .copy(input.contentRoot.appendingPathComponent(file.sourcePath))))
        }
        return diagnostics
    }

    /// What stops the pipeline pages: a missing layout, or content published where they go.
    static func pipelineProblems(_ input: Input) -> [Diagnostic] {
        let missing = KPIView.layouts.filter { input.templates.sources[$0] == nil }.map { layout in
            Diagnostic.error("missing the `\(layout)` layout the pipeline pages need; add layouts/\(layout).mustache or turn the pipeline off (`pipeline: {enabled: false}`)", in: "site-templates")
        }
        return missing + reservedPathClashes(tree: input.tree, displayPath: input.displayPath)
    }

    /// Content published where the pipeline pages go would be overwritten by them.
    static func reservedPathClashes(tree: ContentTree, displayPath: (String) -> String) -> [Diagnostic] {
        let reserved = { (urlPath: String) in
            KPIPaths.reservedTopLevel.contains { urlPath == $0 || urlPath.hasPrefix($0 + "/") }
        }
        let pages = tree.pages.values.filter { reserved($0.urlPath) }.map(\.document.sourcePath)
        let sections = tree.sections.values.filter { !$0.folder.isEmpty && reserved($0.urlPath) }.map { $0.indexDocument ?? $0.folder }
        return (pages + sections).sorted().map { path in
            .error("the address of this document is taken by the pipeline pages (kpi/ and api/); move or rename it", in: displayPath(path))
        }
    }

    /// Renders a document's Markdown for a page at `url`, reporting broken links at their
    /// place in the source file.
    mutating func renderMarkdown(of document: Document, url: SiteURL) -> RenderedMarkdown {
        var broken: [Diagnostic] = []
        let links = self.links
        let display = input.displayPath(document.sourcePath)
        let rendered = markdown.render(document.body) { link in
            switch links.resolve(link.destination, from: document.sourcePath, url: url) {
            case .keep: return .keep
            case .replace(let href): return .replace(href)
            case .broken(let message):
                let position = SourcePosition(line: document.bodyFirstLine, column: 1).offsetting(by: link.position)
                broken.append(.error(message, in: display, at: position))
                return .keep
            }
        }
        diagnostics += broken
        for marker in rendered.metricMarkers {
            let position = SourcePosition(line: document.bodyFirstLine, column: 1).offsetting(by: marker.position)
            for problem in MetricRow.problems(in: marker) {
                diagnostics.append(.error(problem, in: display, at: position))
            }
        }
        return rendered
    }
}
