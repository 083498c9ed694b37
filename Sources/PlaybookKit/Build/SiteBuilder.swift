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
        let (input, warnings) = try load()
        let writer = try OutputWriter(output: options.outputRoot)
        var renderer = SiteRenderer(input)
        var pages = 0
        var files = 0
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try renderer.render { file in
                try writer.write(file)
                files += 1
                if file.path.hasSuffix(".html") { pages += 1 }
            }
        } catch let failure as BuildFailure {
            writer.abort()
            throw failure
        } catch {
            writer.abort()
            throw BuildFailure.system("\(error)")
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            writer.abort()
            throw BuildFailure.input(warnings + diagnostics)
        }
        try writer.commit()
        return Report(
            pagesWritten: pages, filesWritten: files, warnings: warnings + diagnostics,
            indexPage: options.outputRoot.appendingPathComponent("index.html"))
    }

    /// Everything a build checks, without writing anything; returns the warnings.
    public func check() throws(BuildFailure) -> [Diagnostic] {
        let (input, warnings) = try load()
        var renderer = SiteRenderer(input)
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try renderer.render { _ in }
        } catch {
            throw BuildFailure.system("\(error)")
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw BuildFailure.input(warnings + diagnostics)
        }
        return warnings + diagnostics
    }

    /// Loads and checks config, strings, templates and content; throws every error found.
    func load() throws(BuildFailure) -> (SiteRenderer.Input, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var config = loadConfig(into: &diagnostics)
        if let override = options.baseURLOverride {
            config.baseURL = SiteConfig.normalizedBaseURL(override)
            if config.baseURL == nil {
                diagnostics.append(.error(SiteConfig.baseURLRule.replacingOccurrences(of: "`base_url`", with: "the value"), in: "--base-url"))
            }
        }
        let templatesDisplay = options.display(options.templatesRoot)
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

        guard let templates, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw BuildFailure.input(diagnostics)
        }
        let publishedPaths = Array(tree.pages.keys) + Array(tree.indexDocuments.keys)
        let input = SiteRenderer.Input(
            config: config, tree: tree, templates: templates, strings: strings,
            lastUpdated: LastUpdated.dates(for: Array(publishedPaths), contentRoot: options.contentRoot, source: config.lastUpdated),
            draftPaths: Set(content.documents.filter(\.frontMatter.draft).map(\.sourcePath)),
            contentRoot: options.contentRoot,
            assetsRoot: options.templatesRoot.appendingPathComponent("assets"),
            displayPath: loader.displayPath)
        return (input, diagnostics)
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
