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
        /// The meeting series of the calendar file, if the content has one.
        public var calendar: [MeetingSeries]
        /// The day the site is dated: the snapshot's as-of day, else today.
        public var today: LocalDay

        public init(
            config: SiteConfig, tree: ContentTree, templates: TemplateSet, strings: StringsTable,
            lastUpdated: [String: Date], draftPaths: Set<String>, contentRoot: URL, assetsRoot: URL,
            displayPath: @escaping (String) -> String, pipeline: PipelineInput? = nil,
            calendar: [MeetingSeries] = [], today: LocalDay
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
            self.calendar = calendar
            self.today = today
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
    /// The calendar's starts and checklists, when the content has a calendar file.
    let calendar: CalendarContext?
    /// Review pages by series id and meeting start: only these get linked.
    let reviewOccasions: [String: [LocalDateTime: ReviewOccasion]]
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
        var calendarProblems: [Diagnostic] = []
        self.calendar = input.calendar.isEmpty ? nil : CalendarContext(
            series: input.calendar, today: input.today, tree: input.tree, markdown: markdown, diagnostics: &calendarProblems)
        self.reviewOccasions = calendar.flatMap { calendar in
            input.pipeline.map { _ in Self.reviewOccasions(calendar) }
        } ?? [:]
        self.diagnostics = orderDiagnostics + calendarProblems + Self.generatedPathProblems(input)
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
        if let calendar {
            for file in calendarFiles(calendar) { try emit(file) }
            if let kpi {
                for file in reviewFiles(kpi, calendar) { try emit(file) }
            }
        }
        try emit(notFoundPage())
        try emit(sitemap())
        for file in try assetFiles() { try emit(file) }
        for file in tree.staticFiles {
            try emit(OutputFile(path: file.sourcePath, content: .copy(input.contentRoot.appendingPathComponent(file.sourcePath))))
        }
        return diagnostics
    }

    /// What stops the generated pages (pipeline, calendar, reviews): a missing layout, or
    /// content published where they go.
    static func generatedPathProblems(_ input: Input) -> [Diagnostic] {
        var layouts: [String] = []
        var reserved: [String] = []
        if input.pipeline != nil {
            layouts += KPIView.layouts
            reserved += KPIPaths.reservedTopLevel
        }
        if !input.calendar.isEmpty {
            layouts += ["calendar", "series"] + (input.pipeline == nil ? [] : ["review"])
            reserved += [CalendarPaths.root, CalendarPaths.reviews, "api"]
        }
        let missing = layouts.filter { input.templates.sources[$0] == nil }.map { layout in
            Diagnostic.error("missing the `\(layout)` layout; add layouts/\(layout).mustache (see the shipped site-templates/)", in: "site-templates")
        }
        return missing + reservedPathClashes(tree: input.tree, reserved: reserved, displayPath: input.displayPath)
    }

    /// Content published where generated pages go would be overwritten by them.
    static func reservedPathClashes(tree: ContentTree, reserved names: [String], displayPath: (String) -> String) -> [Diagnostic] {
        let reserved = { (urlPath: String) in
            names.contains { urlPath == $0 || urlPath.hasPrefix($0 + "/") }
        }
        let pages = tree.pages.values.filter { reserved($0.urlPath) }.map(\.document.sourcePath)
        let sections = tree.sections.values.filter { !$0.folder.isEmpty && reserved($0.urlPath) }.map { $0.indexDocument ?? $0.folder }
        return (pages + sections).sorted().map { path in
            .error("the address of this document is taken by generated pages (\(Set(names).sorted().map { $0 + "/" }.joined(separator: ", "))); move or rename it", in: displayPath(path))
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
