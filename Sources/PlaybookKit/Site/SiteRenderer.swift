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
        /// The templates' assets, published under `assets/`.
        public var assets: [AssetFile]
        public var displayPath: (String) -> String
        /// The snapshot and its figures; nil builds the handbook alone.
        public var pipeline: PipelineInput?
        /// The meeting series of the calendar file, if the content has one.
        public var calendar: [MeetingSeries]
        /// The day the site is dated: the snapshot's as-of day, else today.
        public var today: LocalDay
        /// The day the build runs on, which the pipeline pages state the snapshot's age
        /// against; the site's day unless told otherwise.
        public var buildDay: LocalDay
        /// Fingerprints of the raw inputs, for incremental builds.
        public var inputs: BuildInputs
        /// The headings the last build indexed, for the index's first file when it is made again.
        public var searchHeadings: SearchHeadingCache?

        public init(
            config: SiteConfig, tree: ContentTree, templates: TemplateSet, strings: StringsTable,
            lastUpdated: [String: Date], draftPaths: Set<String>, contentRoot: URL, assets: [AssetFile],
            displayPath: @escaping (String) -> String, pipeline: PipelineInput? = nil,
            calendar: [MeetingSeries] = [], today: LocalDay, inputs: BuildInputs = BuildInputs()
        ) {
            self.config = config
            self.tree = tree
            self.templates = templates
            self.strings = strings
            self.lastUpdated = lastUpdated
            self.draftPaths = draftPaths
            self.contentRoot = contentRoot
            self.assets = assets
            self.displayPath = displayPath
            self.pipeline = pipeline
            self.calendar = calendar
            self.today = today
            self.buildDay = today
            self.inputs = inputs
        }
    }

    let input: Input
    let markdown: MarkdownRenderer
    let links: LinkResolver
    let dates: DateText
    let navigationOrder: [String]
    /// The new-hire path, computed once: every document page looks itself up in it.
    let onboardingPath: [ContentTree.Page]
    /// The terms documents with `glossary: true` link, when the glossary document exists.
    let glossary: Glossary?
    /// The pipeline's shared lookups, when the build has a snapshot.
    let kpi: KPIContext?
    /// The calendar's starts and checklists, when the content has a calendar file.
    let calendar: CalendarContext?
    /// Review pages by series id and meeting start: only these get linked.
    let reviewOccasions: [String: [LocalDateTime: ReviewOccasion]]
    /// What every page's navigation, links and lists are made from: the base inputs and
    /// each document's path and front matter.
    let structure: Fingerprint
    /// Every document's date, for the outputs that list them (home, sections, sitemap).
    let documentDates: Fingerprint
    /// Each distinct sidebar, made and rendered once for all the pages that show it.
    let sidebars = RenderCache<SidebarKey, Sidebar>()
    /// Each section's trail, the same for every page of one depth in it.
    let trails = RenderCache<TrailKey, [LinkView]>()
    /// Where each document stands among its section's, made once per section a build renders
    /// a page of: looked for page by page, a section of 600 documents took 300 comparisons
    /// for each of its pages.
    let sectionPositions = RenderCache<String, [String: Int]>()
    private(set) var diagnostics: [Diagnostic] = []
    /// What the pages rendered in this build found in their Markdown, by source path: the
    /// search index reads it instead of rendering each body a second time.
    var searchOutlines: [String: SearchOutline] = [:]
    /// The headings this render indexed, when it made the index's first file again: the
    /// record for the next build.
    public internal(set) var searchHeadingsMade: SearchHeadingCache?

    public init(_ input: Input) {
        self.input = input
        self.markdown = MarkdownRenderer(allowsRawHTML: input.config.allowsRawHTML)
        self.links = LinkResolver(tree: input.tree, draftPaths: input.draftPaths)
        self.dates = DateText(timeZone: input.config.timeZone)
        let (order, orderDiagnostics) = Self.topLevelOrder(tree: input.tree, config: input.config)
        self.navigationOrder = order
        self.onboardingPath = input.tree.onboardingPath
        self.glossary = Glossary(tree: input.tree, config: input.config, markdown: markdown)
        self.kpi = input.pipeline.map(KPIContext.init)
        var calendarProblems: [Diagnostic] = []
        self.calendar = input.calendar.isEmpty ? nil : CalendarContext(
            series: input.calendar, today: input.today, tree: input.tree, markdown: markdown, diagnostics: &calendarProblems)
        self.reviewOccasions = calendar.flatMap { calendar in
            input.pipeline.map { _ in Self.reviewOccasions(calendar) }
        } ?? [:]
        self.structure = Self.structure(of: input)
        self.documentDates = Self.documentDates(of: input)
        self.diagnostics = orderDiagnostics + calendarProblems + Self.generatedPathProblems(input)
            + Self.assetPathClashes(input)
            + Self.missingGlossaryWarning(input, glossary: glossary)
    }

    /// Renders the whole site; returns the problems found (broken links and the like). An
    /// output that `reuse` says the previous build made from the same inputs is not rendered
    /// again: it is emitted as `.unchanged`.
    public mutating func render(reuse: ReusePolicy = { _, _ in false }, emit: (OutputFile) throws -> Void) throws -> [Diagnostic] {
        try render(reuse: reuse, settle: { $0 }, emit: emit)
    }

    /// `render(reuse:emit:)`, with each file first handed to `settle`, which may run on any
    /// core, several files at once: for a page rendered on a core, on that core. What it
    /// makes of each file is emitted in order, on this thread.
    public mutating func render<Settled>(
        reuse: ReusePolicy, settle: (OutputFile) throws -> Settled, emit emitSettled: (Settled) throws -> Void
    ) throws -> [Diagnostic] {
        let tree = input.tree
        // A file of content/ published as it is must not land where a page or a generated
        // file does, nor where either needs a folder, nor inside a folder whose name either
        // takes as a file: the two would overwrite each other, or one could not be written.
        // Static files go last, so every other output is looked for among their paths, and
        // their folders, as it goes out.
        let staticPaths = Set(tree.staticFiles.map(\.sourcePath))
        let staticFolders = Set(staticPaths.flatMap(Self.folders(of:)))
        var takenStaticPaths: [String: String] = [:]
        var foldersTakenAsFiles: Set<String> = []
        // Aliases, the only addresses that may hold a `.`, go after every other page and
        // generated file, and each is looked for among their paths first.
        let pagesWithAliases = tree.pagesInOrder.filter { !$0.aliases.isEmpty }
        var emittedPaths: Set<String> = []
        func take(_ path: String) {
            if !pagesWithAliases.isEmpty { emittedPaths.insert(path) }
            guard !staticPaths.isEmpty else { return }
            if staticPaths.contains(path) { takenStaticPaths[path] = "a page or a generated file" }
            // The first page in the folder names it.
            for folder in Self.folders(of: path) where staticPaths.contains(folder) && takenStaticPaths[folder] == nil {
                takenStaticPaths[folder] = "the folder of `\(path)`"
            }
            if staticFolders.contains(path) { foldersTakenAsFiles.insert(path) }
        }
        func emit(_ file: OutputFile) throws {
            take(file.path)
            try emitSettled(settle(file))
        }
        let home = SiteURL.outputPath(of: "")
        let homeDocument = tree.home.indexDocument.flatMap { tree.indexDocuments[$0] }
        let homeInputs = inputs(structure, documentDates, input.inputs.calendar, body: homeDocument, bodies: glossaryDependency(of: homeDocument))
        if reuse(home, homeInputs) {
            try emit(Self.unchanged(home, homeInputs))
        } else {
            let page = homePage()
            diagnostics += page.problems
            if let outline = page.outline, let homeDocument { searchOutlines[homeDocument.sourcePath] = outline }
            try emit(page.file.made(from: homeInputs))
        }
        // Sections and documents, the bulk of a handbook, render on every core; their files
        // and problems come back in order, so output and messages stay the same.
        var planned: [(path: String, inputs: Fingerprint, render: (() -> RenderedPage)?)] = []
        // Shared by reference: a closure holding the renderer itself copied all its fields,
        // a retain and a release of each on both cores for every page.
        let pages = SharedRenderer(self)
        for folder in tree.sections.keys.sorted() where !folder.isEmpty {
            let section = tree.sections[folder]!
            let path = SiteURL.outputPath(of: section.urlPath)
            let index = section.indexDocument.flatMap { tree.indexDocuments[$0] }
            let made = inputs(structure, documentDates, body: index, bodies: glossaryDependency(of: index))
            planned.append((path, made, reuse(path, made) ? nil : { pages.renderer.sectionPage(section) }))
        }
        // Deciding, page by page, that a page still holds is most of a rebuild after one
        // edit: it too runs on every core.
        planned += tree.pagesInOrder.concurrentMap { page in
            let output = SiteURL.outputPath(of: page.urlPath)
            let made = pages.renderer.documentInputs(page.document)
            return (output, made, reuse(output, made) ? nil : { pages.renderer.documentPage(page) })
        }
        // Only the pages to make again go to the cores; those that still hold are emitted
        // between them, in their place, without a hand-over each.
        var emitted = 0
        func emitUnchanged(upTo end: Int) throws {
            while emitted < end {
                try emit(Self.unchanged(planned[emitted].path, planned[emitted].inputs))
                emitted += 1
            }
        }
        let rendered = planned.indices.filter { planned[$0].render != nil }
        try rendered.concurrentForEach({ index in
            let page = planned[index].render!()
            let file = page.file.made(from: planned[index].inputs)
            return (page.problems, page.outline, file.path, Result { try settle(file) })
        }) { index, page in
            try emitUnchanged(upTo: index)
            let (problems, outline, path, settled) = page
            diagnostics += problems
            if let outline { searchOutlines[outline.sourcePath] = outline }
            take(path)
            try emitSettled(settled.get())
            emitted += 1
        }
        try emitUnchanged(upTo: planned.count)
        if let kpi {
            // With history, the "what changed" pages show the weekly meetings' titles and times.
            let made = inputs(structure, input.inputs.snapshot, kpi.history == nil ? nil : input.inputs.calendar)
            try emitGroup(kpiOutputPaths(kpi), made, reuse: reuse, emit: emit) { kpiFiles(kpi) }
        }
        if let calendar {
            try emitGroup(calendarOutputPaths(calendar), inputs(structure, input.inputs.calendar), reuse: reuse, emit: emit) {
                calendarFiles(calendar)
            }
            if let kpi {
                let checklists = calendar.entries.compactMap { $0.checklistPage?.document }
                let made = inputs(structure, input.inputs.calendar, input.inputs.snapshot, bodies: checklists)
                let paths = calendar.entries.flatMap { reviews(of: $0.series).map { SiteURL.outputPath(of: $0.path) } }
                try emitGroup(paths, made, reuse: reuse, emit: emit) { reviewFiles(kpi, calendar) }
            }
        }
        // The sitemap, one template over every page, is made on another core while this one
        // makes the search index's titles and headings.
        let closingPaths = ["404.html", "sitemap.xml"]
        let closingInputs = inputs(structure, documentDates)
        let closingFiles = closingPaths.allSatisfy({ reuse($0, closingInputs) }) ? nil : BackgroundWork { [pages] in
            [pages.renderer.notFoundPage(), pages.renderer.sitemap()]
        }
        try emitSearchIndex(reuse: reuse, emit: emit)
        if let closingFiles {
            for file in closingFiles.result { try emit(file.made(from: closingInputs)) }
        } else {
            for path in closingPaths { try emit(Self.unchanged(path, closingInputs)) }
        }
        for asset in input.assets {
            let made = inputs(input.inputs.assets[asset.name])
            try emit(reuse(asset.outputPath, made)
                ? Self.unchanged(asset.outputPath, made)
                : OutputFile(path: asset.outputPath, content: .copy(asset.source)).made(from: made))
        }
        for page in pagesWithAliases {
            let clashes = page.aliases.compactMap { Self.aliasClash($0, emitted: emittedPaths) }
            guard clashes.isEmpty else {
                let position = page.document.frontMatter.positions["aliases"]
                diagnostics += clashes.map { Diagnostic.error($0, in: input.displayPath(page.document.sourcePath), at: position) }
                continue
            }
            try emitGroup(page.aliases.map(SiteURL.outputPath(of:)), structure, reuse: reuse, emit: emit) { aliasPages(page) }
        }
        for file in tree.staticFiles {
            if let taker = takenStaticPaths[file.sourcePath] {
                diagnostics.append(.error(
                    "this file would be published at `\(file.sourcePath)`, where the site already puts \(taker); rename or move it",
                    in: input.displayPath(file.sourcePath)))
                continue
            }
            if let folder = Self.folders(of: file.sourcePath).first(where: foldersTakenAsFiles.contains) {
                diagnostics.append(.error(
                    "this file would be published in `\(folder)/`, which the site already publishes as a file; rename or move it",
                    in: input.displayPath(file.sourcePath)))
                continue
            }
            let made = inputs(input.inputs.staticFiles[file.sourcePath])
            try emitSettled(settle(reuse(file.sourcePath, made)
                ? Self.unchanged(file.sourcePath, made)
                : OutputFile(path: file.sourcePath, content: .copy(input.contentRoot.appendingPathComponent(file.sourcePath)), inputs: made)))
        }
        return diagnostics
    }

    /// Outputs made together from the same inputs: all reused, or all made again.
    func emitGroup(
        _ paths: [String], _ made: Fingerprint, reuse: ReusePolicy, emit: (OutputFile) throws -> Void, _ make: () -> [OutputFile]
    ) throws {
        if !paths.isEmpty, paths.allSatisfy({ reuse($0, made) }) {
            for path in paths { try emit(Self.unchanged(path, made)) }
        } else {
            for file in make() { try emit(file.made(from: made)) }
        }
    }

    static func unchanged(_ path: String, _ inputs: Fingerprint) -> OutputFile {
        OutputFile(path: path, content: .unchanged, inputs: inputs)
    }

    /// Why an alias cannot be published, given the paths published before it: its page
    /// would stand where another file is, or in a folder named like one.
    static func aliasClash(_ alias: String, emitted: Set<String>) -> String? {
        let path = SiteURL.outputPath(of: alias)
        if emitted.contains(path) {
            return "alias `\(alias)` would be published at `\(path)`, where the site already puts a page or a generated file; choose another alias"
        }
        guard let folder = folders(of: path).first(where: emitted.contains) else { return nil }
        return "alias `\(alias)` would be published in `\(folder)/`, which the site already publishes as a file; choose another alias"
    }

    /// The folders an output path lies in, outermost first: `a/b/index.html` is in `a` and `a/b`.
    static func folders(of path: String) -> [String] {
        var folders: [String] = []
        var index = path.utf8.startIndex
        while let slash = path.utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
            folders.append(String(path[..<slash]))
            index = path.utf8.index(after: slash)
        }
        return folders
    }

    /// What stops the generated pages (pipeline, calendar, reviews): a missing layout, or
    /// content published where they go.
    static func generatedPathProblems(_ input: Input) -> [Diagnostic] {
        var layouts: [String] = []
        var reserved: [String] = []
        if input.pipeline != nil {
            layouts += KPIView.layouts + (input.pipeline?.history?.sinceMeetings.isEmpty ?? true ? [] : ["kpi-changes"])
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

    /// Pages published where the templates publish an asset (`assets/foo/index.html` beside
    /// an asset `assets/foo`): the two could not both be written. Only pages under `assets/`
    /// are looked at, so the check costs nothing on the pages of a large handbook.
    static func assetPathClashes(_ input: Input) -> [Diagnostic] {
        let assets = Dictionary(input.assets.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        guard !assets.isEmpty else { return [] }
        let tree = input.tree
        let underAssets = { (urlPath: String) in urlPath == "assets" || urlPath.hasPrefix(bytes: "assets/") }
        let pages = tree.pagesInOrder.filter { underAssets($0.urlPath) }.map { ($0.urlPath, $0.document.sourcePath) }
        let sections = tree.sections.values.filter { underAssets($0.urlPath) }.map { ($0.urlPath, $0.indexDocument ?? $0.folder) }
        return (pages + sections).sorted { $0.1 < $1.1 }.compactMap { urlPath, source in
            let path = SiteURL.outputPath(of: urlPath)
            let clash = assets[path].map { ("at `\(path)`", $0) } ?? folders(of: path).lazy.compactMap { folder in assets[folder].map { ("in `\(folder)/`", $0) } }.first
            return clash.map { place, asset in
                .error("this page would be published \(place), where the templates publish the asset `\(asset.outputPath)`; give it another `slug:` or file name", in: input.displayPath(source))
            }
        }
    }

    /// A page and the problems its Markdown showed (broken links, unknown metrics, images
    /// without alt text).
    typealias RenderedPage = (file: OutputFile, problems: [Diagnostic], outline: SearchOutline?)

    /// Renders a document's Markdown for a page at `url`, with the broken links, bad metric
    /// markers and images without alt text it holds at their place in the source file. It
    /// changes nothing, so pages can be rendered side by side.
    func renderMarkdown(of document: Document, url: SiteURL) -> (RenderedMarkdown, [Diagnostic]) {
        var problems: [Diagnostic] = []
        let links = self.links
        let display = input.displayPath(document.sourcePath)
        let inFile = { (position: SourcePosition) in SourcePosition(line: document.bodyFirstLine, column: 1).offsetting(by: position) }
        let rendered = markdown.render(document.body, linkingFirstUsesOf: glossaryTerms(for: document, url: url)) { destination in
            links.resolve(destination, from: document.sourcePath, url: url)
        }
        for link in rendered.brokenLinks {
            problems.append(.error(link.message, in: display, at: inFile(link.position)))
        }
        for marker in rendered.metricMarkers {
            for problem in MetricRow.problems(in: marker) {
                problems.append(.error(problem, in: display, at: inFile(marker.position)))
            }
        }
        // A warning, not an error: the page still works for those who see the image.
        for image in rendered.images where image.alt.allSatisfy(\.isWhitespace) {
            problems.append(.warning(
                "image without alt text; describe it for screen readers: ![mô tả](\(image.source))", in: display, at: inFile(image.position)))
        }
        return (rendered, problems)
    }
}

/// The renderer behind one reference, for the closures that render pages side by side.
/// Unchecked: read only, by every core at once; the renderer it holds is a copy that nothing
/// changes.
private final class SharedRenderer: @unchecked Sendable {
    let renderer: SiteRenderer

    init(_ renderer: SiteRenderer) {
        self.renderer = renderer
    }
}
