import Foundation

/// Runs the stages in order (load, check, render, write) and reports every input problem
/// of a stage at once. Nothing reaches the output folder unless the whole build succeeds.
public struct SiteBuilder {
    public struct Report: Sendable {
        public var pagesWritten: Int
        public var filesWritten: Int
        public var warnings: [Diagnostic]
        public var indexPage: URL
    }

    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site into the output folder.
    public func build() throws(BuildFailure) -> Report {
        let loaded = try load()
        guard !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure.input(loaded.diagnostics + renderingProblems(loaded.input))
        }
        let writer = try OutputWriter(output: options.outputRoot)
        var pages = 0
        var files = 0
        let diagnostics: [Diagnostic]
        do {
            var renderer = SiteRenderer(loaded.input)
            diagnostics = loaded.diagnostics + (try renderer.render { file in
                try writer.write(file)
                files += 1
                if file.path.hasSuffix(".html") { pages += 1 }
            })
        } catch let failure as BuildFailure {
            writer.abort()
            throw failure
        } catch {
            writer.abort()
            throw BuildFailure.system("\(error)")
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            writer.abort()
            throw BuildFailure.input(diagnostics)
        }
        try writer.commit()
        return Report(
            pagesWritten: pages, filesWritten: files, warnings: diagnostics,
            indexPage: options.outputRoot.appendingPathComponent("index.html"))
    }

    /// Everything a build checks, without writing anything; returns the warnings.
    public func check() throws(BuildFailure) -> [Diagnostic] {
        let loaded = try load()
        let diagnostics = loaded.diagnostics + renderingProblems(loaded.input)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw BuildFailure.input(diagnostics)
        }
        return diagnostics
    }

    /// What rendering finds (broken links), without writing, so that a build with input
    /// errors still reports all of them at once.
    private func renderingProblems(_ input: SiteRenderer.Input) -> [Diagnostic] {
        var renderer = SiteRenderer(input)
        return (try? renderer.render { _ in }) ?? []
    }

    struct Loaded {
        var input: SiteRenderer.Input
        var diagnostics: [Diagnostic]
    }

    /// Loads and checks config, strings, templates and content. Throws only when nothing can
    /// be rendered (no usable templates); other problems come back with what did load, so
    /// rendering can still look for more.
    func load() throws(BuildFailure) -> Loaded {
        var diagnostics: [Diagnostic] = []
        var config = loadConfig(into: &diagnostics)
        if let override = options.baseURLOverride {
            config.baseURL = SiteConfig.normalizedBaseURL(override)
            if config.baseURL == nil {
                diagnostics.append(.error(SiteConfig.baseURLRule.replacingOccurrences(of: "`base_url`", with: "the value"), in: "--base-url"))
            }
        }
        let templatesDisplay = options.display(options.templatesRoot)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.templatesRoot.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure.input(diagnostics + [
                .error("the templates folder does not exist; pass --templates DIR or run `playbook init` for a starting set", in: templatesDisplay),
            ])
        }
        let (strings, stringProblems) = StringsTable.load(
            language: config.language, templatesRoot: options.templatesRoot, displayRoot: templatesDisplay)
        diagnostics += stringProblems
        let (templates, templateProblems) = TemplateSet.load(
            from: options.templatesRoot, displayRoot: templatesDisplay, strings: strings)
        diagnostics += templateProblems

        let loader = ContentLoader(root: options.contentRoot, displayRoot: options.display(options.contentRoot))
        let content = loader.load()
        diagnostics += content.diagnostics
        let (tree, treeProblems) = ContentTree.build(
            documents: content.documents, staticFiles: content.staticFiles, config: config,
            displayPath: loader.displayPath)
        diagnostics += treeProblems
        let pipeline = loadPipeline(config: config, into: &diagnostics)
        let calendar = loadCalendar(config: config, into: &diagnostics)

        guard let templates else { throw BuildFailure.input(diagnostics) }
        let publishedPaths = Array(tree.pages.keys) + Array(tree.indexDocuments.keys)
        let input = SiteRenderer.Input(
            config: config, tree: tree, templates: templates, strings: strings,
            lastUpdated: LastUpdated.dates(for: Array(publishedPaths), contentRoot: options.contentRoot, source: config.lastUpdated),
            draftPaths: Set(content.documents.filter(\.frontMatter.draft).map(\.sourcePath)),
            contentRoot: options.contentRoot,
            assetsRoot: options.templatesRoot.appendingPathComponent("assets"),
            displayPath: loader.displayPath,
            pipeline: pipeline,
            calendar: calendar,
            today: siteToday(config: config, pipeline: pipeline))
        return Loaded(input: input, diagnostics: diagnostics)
    }

    private func loadConfig(into diagnostics: inout [Diagnostic]) -> SiteConfig {
        let display = options.display(options.configFile)
        guard FileManager.default.fileExists(atPath: options.configFile.path) else {
            if options.configIsRequired {
                diagnostics.append(.error("the configuration file does not exist", in: display))
            }
            return SiteConfig()
        }
        switch SourceText.read(options.configFile, displayPath: display) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return SiteConfig()
        case .success(let text):
            let (config, problems) = SiteConfig.parse(text, file: display)
            diagnostics += problems
            return config
        }
    }
}
