import Foundation
import Synchronization

/// Runs the stages in order (load, check, render, write) and reports every input problem
/// of a stage at once. Nothing reaches the output folder unless the whole build succeeds.
public struct SiteBuilder {
    public struct Report: Sendable {
        public var pagesWritten: Int
        public var filesWritten: Int
        /// Files rendered (or copied) and written anew.
        public var filesRendered: Int
        /// Files the last build wrote that still hold, kept as they were.
        public var filesUnchanged: Int
        /// Files of the last build that no longer have a source.
        public var filesRemoved: Int
        /// Why the build did not build on the last one, when it could not.
        public var fullBuildNotice: String?
        public var warnings: [Diagnostic]
        public var indexPage: URL
        /// The as-of time of the snapshot the site shows, in seconds since the epoch.
        public var snapshotAsOf: Int?
        /// Time spent per phase, in order: reading and checking, rendering and writing, swapping in.
        public var phases: [(name: String, duration: Duration)]
    }

    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site into the output folder, rendering again only what changed since the
    /// last build (unless `options.clean`). Another build of the same output is waited for,
    /// after a call of `waiting`, until it ends or `stopsWaiting` says true.
    public func build(
        progress: ((_ filesDone: Int) -> Void)? = nil, waiting: () -> Void = {}, stopsWaiting: () -> Bool = { false }
    ) throws(BuildFailure) -> Report {
        let clock = ContinuousClock()
        var phases: [(String, Duration)] = []
        var phaseStart = clock.now
        func endPhase(_ name: String) {
            phases.append((name, clock.now - phaseStart))
            phaseStart = clock.now
        }
        if let problem = outputPlacementProblem() { throw BuildFailure.input([problem]) }
        let lock = try BuildLock(options.lockFile, waiting: waiting, stopsWaiting: stopsWaiting)
        defer { withExtendedLifetime(lock) {} }
        let leftovers = Leftovers()
        defer { if options.leavesMemoryToExit { _ = Unmanaged.passRetained(leftovers) } }
        let (stamps, previousBuild) = stampsAndPreviousBuild()
        if !options.clean, let report = upToDate(stamps, previousBuild, since: phaseStart) { return report }
        let loaded = try load(read: .init(walk: stamps.contentWalk, previousDocuments: previousBuild.documents), readsSearchHeadings: true)
        guard !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            throw loaded.failure(loaded.diagnostics + renderingProblems(loaded.input))
        }
        endPhase("load")
        // Loading alone decides the document record: it is encoded while the pages render,
        // in the time they leave a core idle.
        let documentRecord = BackgroundWork(.whenIdle) { [identity = documentCacheIdentity, cache = loaded.documentCache, previous = loaded.previousDocumentCache] in
            // Only when it says something new.
            cache.isAsRecorded(in: previous) ? nil : cache.encoded(generator: identity)
        }
        let (recorded, notice) = previousManifest(previousBuild.manifest)
        let previous = options.clean ? nil : recorded
        let staged = previous == nil ? nil : previousBuild.staged
        leftovers.keep(loaded, previousBuild)
        let output = options.outputRoot
        let outputFolder = output.path + "/"
        let outputsArePresent = previous != nil && previousBuild.outputsArePresent
        let reuse: ReusePolicy = { path, inputs in
            previous?.entries[path]?.inputs == inputs && (outputsArePresent || access(outputFolder + path, F_OK) == 0)
        }
        // The staging folder is made only once some file needs writing: a rebuild where
        // nothing changed leaves the output folder, and its record, untouched.
        var writer: OutputWriter?
        // The writer as the cores see it: a page rendered once it exists is written on the
        // core that rendered it.
        let placingWriter = SharedWriter()
        var unchanged: [OutputFile] = []
        func stagingWriter() throws(BuildFailure) -> OutputWriter {
            if let writer { return writer }
            // The staging folder is about to change: until the swap, nothing records it.
            try? FileManager.default.removeItem(at: options.stagedManifestFile)
            let made = try OutputWriter(output: output, previous: previous, staged: staged, stagedIsComplete: previousBuild.stagedIsComplete)
            writer = made
            placingWriter.writer.withLock { $0 = made }
            leftovers.keep(made)
            for file in unchanged { try made.write(file) }
            unchanged = []
            return made
        }
        var pages = 0
        var files = 0
        let diagnostics: [Diagnostic]
        var renderer: SiteRenderer?
        do {
            var input = loaded.input
            input.searchHeadings = loaded.previousSearchHeadings
            renderer = SiteRenderer(input)
            // Content where generated pages go: both would be written to one path. Nothing is
            // written; the same renderer still finds the rest of the problems.
            if renderer!.diagnostics.contains(where: { $0.severity == .error }) {
                _ = try? renderer!.render { _ in }
                throw loaded.failure(loaded.diagnostics + renderer!.diagnostics)
            }
            diagnostics = loaded.diagnostics + (try renderer!.render(reuse: reuse, settle: { file throws(BuildFailure) -> PendingOutput in
                guard case .text = file.content, let writer = placingWriter.writer.withLock({ $0 }) else { return .waiting(file) }
                return .placed(try writer.place(file))
            }) { pending in
                let path: String
                switch pending {
                case .placed(let placement):
                    path = placement.path
                    try stagingWriter().record(placement)
                case .waiting(let file):
                    path = file.path
                    if writer == nil, case .unchanged = file.content {
                        unchanged.append(file)
                    } else {
                        try stagingWriter().write(file)
                    }
                }
                files += 1
                if path.hasSuffix(bytes: ".html") { pages += 1 }
                progress?(files)
            })
        } catch let failure as BuildFailure {
            writer?.abort()
            throw failure
        } catch {
            writer?.abort()
            throw BuildFailure.system("\(error)")
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            writer?.abort()
            throw loaded.failure(diagnostics)
        }
        endPhase("render")
        leftovers.keep(renderer)
        let headings = renderer?.searchHeadingsMade
        if writer == nil, let previous, Set(previous.entries.keys) == Set(unchanged.map(\.path)) {
            recordDocuments(documentRecord.result)
            if let headings { record(headings) }
            if let history = loaded.historyCache { record(history) }
            record(stamps, warnings: diagnostics, snapshot: loaded.input.pipeline?.snapshot)
            return Report(
                pagesWritten: pages, filesWritten: files, filesRendered: 0, filesUnchanged: files, filesRemoved: 0,
                fullBuildNotice: nil, warnings: diagnostics, indexPage: output.appendingPathComponent("index.html"),
                snapshotAsOf: loaded.input.pipeline?.snapshot.asOf.secondsSinceEpoch, phases: phases)
        }
        let staging = try stagingWriter()
        // The records are independent files: encoding and writing them side by side uses
        // the second core, idle once the pages are made.
        var manifestBytes: [UInt8] = []
        let records: [() -> Void] = [
            { self.recordDocuments(documentRecord.result) },
            { if let headings { self.record(headings) } },
            { if let history = loaded.historyCache { self.record(history) } },
            { manifestBytes = staging.manifest.encoded() },
        ]
        _ = records.concurrentMap { $0() }
        // The old record goes first: a build killed between the swap and the new record
        // leaves no record, and the next build makes everything, rather than trusting a
        // record of a site that is no longer there. It becomes the staging folder's record
        // once the swap has put the previous site there.
        try? FileManager.default.removeItem(at: options.inputStampsFile)
        let pendingStaged = options.stagedManifestFile.appendingPathExtension("pending")
        if rename(options.manifestFile.path, pendingStaged.path) != 0 {
            try? FileManager.default.removeItem(at: options.manifestFile)
        }
        let keptPreviousSite = try staging.commit()
        var warnings = diagnostics
        do {
            try RecordFile.writeOverSpare(manifestBytes, to: options.manifestFile)
            let stagedIsRecorded = keptPreviousSite && recorded != nil && rename(pendingStaged.path, options.stagedManifestFile.path) == 0
            if !stagedIsRecorded { try? FileManager.default.removeItem(at: pendingStaged) }
            record(stamps, warnings: warnings, snapshot: loaded.input.pipeline?.snapshot)
        } catch {
            warnings.append(.warning("cannot record this build for the next one (\(error.localizedDescription)); the next build makes everything", in: options.display(options.manifestFile)))
        }
        endPhase("swap")
        return Report(
            pagesWritten: pages, filesWritten: files, filesRendered: staging.written, filesUnchanged: staging.kept,
            filesRemoved: staging.removed, fullBuildNotice: notice, warnings: warnings,
            indexPage: output.appendingPathComponent("index.html"),
            snapshotAsOf: loaded.input.pipeline?.snapshot.asOf.secondsSinceEpoch, phases: phases)
    }

    /// An output folder inside `content/` or the templates would be read back by the next
    /// build and published again inside itself, a level deeper each time; one that holds
    /// either would be replaced, sources and all, by the site.
    private func outputPlacementProblem() -> Diagnostic? {
        let output = Self.resolvedPath(of: options.outputRoot)
        for (folder, name) in [(options.contentRoot, "the content folder"), (options.templatesRoot, "the templates folder")] {
            let source = Self.resolvedPath(of: folder)
            if output == source || output.hasPrefix(source + "/") {
                return .error("the output folder \(output) is inside \(name) (\(source)); pass an --output outside it", in: "--output")
            }
            if source.hasPrefix(output + "/") {
                return .error("the output folder \(output) holds \(name) (\(source)), and a build replaces the whole output folder; pass another --output", in: "--output")
            }
        }
        return nil
    }

    /// The path with every link in it resolved, for a path not made yet too: Foundation
    /// leaves a path alone when its last part is missing, so the nearest part that exists is
    /// resolved and the rest put back (`linkc/new` with `linkc` a link to `content`).
    static func resolvedPath(of url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.path
    }

    /// What a build made and no longer needs once it returns, held on to when the process is
    /// about to exit anyway.
    private final class Leftovers {
        private var held: [Any?] = []

        func keep(_ values: Any?...) {
            held += values
        }
    }

    /// The report of a build with nothing to do: every input's stamp is as it was for the
    /// build that made the output, and every output is still there.
    private func upToDate(_ stamps: InputStamps, _ previous: PreviousBuild, since start: ContinuousClock.Instant) -> Report? {
        guard let recorded = InputStamps.recorded(in: options.inputStampsFile), recorded.fingerprint == stamps.fingerprint,
              case .success(let manifest) = previous.manifest, previous.outputsArePresent else { return nil }
        if let limit = options.maxSnapshotAge {
            // Too old now, or never recorded: the full check says why.
            guard let asOf = recorded.snapshotAsOf, options.buildMoment - asOf <= limit else { return nil }
        }
        let files = manifest.entries.count
        return Report(
            pagesWritten: manifest.entries.keys.filter { $0.hasSuffix(".html") }.count, filesWritten: files,
            filesRendered: 0, filesUnchanged: files, filesRemoved: 0, fullBuildNotice: nil, warnings: [],
            indexPage: options.outputRoot.appendingPathComponent("index.html"), snapshotAsOf: recorded.snapshotAsOf,
            phases: [("up-to-date check", ContinuousClock.now - start)])
    }

    /// Only a build that warned of nothing is recorded, so one that stops early has nothing
    /// to say that a full build would have said; and only when every input was settled.
    private func record(_ stamps: InputStamps, warnings: [Diagnostic], snapshot: Snapshot?) {
        guard stamps.isSettled, warnings.isEmpty else { return }
        stamps.record(in: options.inputStampsFile, snapshotAsOf: snapshot?.asOf.secondsSinceEpoch)
    }

    /// The last build's record, or why there is none to build on (said unless `--clean`
    /// asked for a full build anyway).
    private func previousManifest(_ loaded: Result<BuildManifest, BuildManifest.Absence>) -> (BuildManifest?, String?) {
        switch loaded {
        case .success(let manifest): return (manifest, nil)
        case .failure(let absence):
            let firstBuild = absence == .missing && !FileManager.default.fileExists(atPath: options.outputRoot.path)
            return (nil, firstBuild || options.clean ? nil : absence.notice)
        }
    }

    /// Everything a build checks, without writing anything; returns the warnings.
    public func check() throws(BuildFailure) -> [Diagnostic] {
        let loaded = try load()
        let diagnostics = loaded.diagnostics + renderingProblems(loaded.input)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw loaded.failure(diagnostics)
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
        var documentCache: DocumentCache
        var previousDocumentCache: DocumentCache?
        /// The search headings the last build recorded, when asked for.
        var previousSearchHeadings: SearchHeadingCache?
        /// What this build learnt of the history files, for the next one.
        var historyCache: HistoryCache?
        /// How the CRM's files are shown in messages: the snapshot, the history folder's prefix.
        var dataFiles: [String]

        /// Whose problems these are: the data's when every error is in the CRM's files, so
        /// the nightly job can tell a broken export from a broken document.
        func failure(_ diagnostics: [Diagnostic]) -> BuildFailure {
            let errors = diagnostics.filter { $0.severity == .error }
            let dataOnly = !errors.isEmpty && errors.allSatisfy { error in
                dataFiles.contains { error.file == $0 || ($0.hasSuffix("/") && error.file.hasPrefix($0)) }
            }
            return dataOnly ? .data(diagnostics) : .input(diagnostics)
        }
    }

    /// What a build has read before loading: the content folder's walk and the last build's
    /// record of its documents.
    struct ReadAhead {
        var walk: FolderWalk?
        var previousDocuments: DocumentCache?
    }

    /// Loads and checks config, strings, templates and content. Throws only when nothing can
    /// be rendered (no usable templates); other problems come back with what did load, so
    /// rendering can still look for more. Without `read`, the content folder is walked and
    /// the record of its documents decoded here.
    func load(read: ReadAhead? = nil, readsSearchHeadings: Bool = false) throws(BuildFailure) -> Loaded {
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
        // The templates parse, the record of the documents (unless read ahead) and the
        // search headings' record decode, side by side.
        var previousDocuments = read?.previousDocuments
        var previousHeadings: SearchHeadingCache?
        var made: (strings: (StringsTable, [Diagnostic]), templates: (TemplateSet?, [Diagnostic]))?
        _ = [0, 1, 2].concurrentMap { part in
            switch part {
            case 0:
                let strings = StringsTable.load(language: config.language, templatesRoot: options.templatesRoot, displayRoot: templatesDisplay)
                made = (strings, TemplateSet.load(from: options.templatesRoot, displayRoot: templatesDisplay, strings: strings.0))
            case 1:
                if read == nil { previousDocuments = previousDocumentCache() }
            default:
                if readsSearchHeadings { previousHeadings = previousSearchHeadings() }
            }
        }
        let (strings, stringProblems) = made!.strings
        diagnostics += stringProblems
        let (templates, templateProblems) = made!.templates
        diagnostics += templateProblems

        let loader = ContentLoader(root: options.contentRoot, displayRoot: options.display(options.contentRoot))
        let content = loader.load(walk: read?.walk, reusing: { previousDocuments })
        diagnostics += content.diagnostics
        let (tree, treeProblems) = ContentTree.build(
            documents: content.documents, staticFiles: content.staticFiles, config: config,
            displayPath: loader.displayPath)
        diagnostics += treeProblems
        let (calendar, calendarInputs) = loadCalendar(config: config, into: &diagnostics)
        let pipeline = loadPipeline(config: config, calendar: calendar, into: &diagnostics)
        let today = siteToday(config: config, pipeline: pipeline?.0)
        let assetsRoot = options.templatesRoot.appendingPathComponent("assets")
        let assetsDisplay = options.display(assetsRoot)
        let (assets, assetProblems) = AssetFile.list(in: assetsRoot) { $0.isEmpty ? assetsDisplay : assetsDisplay + "/" + $0 }
        diagnostics += assetProblems

        guard let templates else { throw BuildFailure.input(diagnostics) }
        let publishedPaths = Array(tree.pages.keys) + Array(tree.indexDocuments.keys)
        var input = SiteRenderer.Input(
            config: config, tree: tree, templates: templates, strings: strings,
            lastUpdated: LastUpdated.dates(for: Array(publishedPaths), contentRoot: options.contentRoot, source: config.lastUpdated),
            draftPaths: Set(content.documents.filter(\.frontMatter.draft).map(\.sourcePath)),
            contentRoot: options.contentRoot,
            assets: assets,
            displayPath: loader.displayPath,
            pipeline: pipeline?.0,
            calendar: calendar,
            today: today,
            inputs: BuildInputs(
                base: baseInputs(templates: templates, strings: strings, today: today),
                snapshot: pipeline?.1, calendar: calendarInputs,
                staticFiles: Dictionary(uniqueKeysWithValues: tree.staticFiles.map {
                    ($0.sourcePath, Self.fileStamp(options.contentRoot.appendingPathComponent($0.sourcePath)))
                }),
                assets: Dictionary(uniqueKeysWithValues: assets.map { ($0.name, Self.fileStamp($0.source)) })))
        input.buildDay = options.buildDay(in: config.timeZone)
        let snapshotFile = options.snapshotFile ?? options.contentRoot.appendingPathComponent(config.snapshot)
        return Loaded(
            input: input, diagnostics: diagnostics, documentCache: content.cache, previousDocumentCache: content.previousCache,
            previousSearchHeadings: previousHeadings, historyCache: pipeline?.2, dataFiles: [options.display(snapshotFile), options.display(options.contentRoot.appendingPathComponent(config.historyFolder)) + "/"])
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

/// Held by reference: a closure cannot capture a `Mutex` itself.
private final class SharedWriter: Sendable {
    let writer = Mutex<OutputWriter?>(nil)
}

/// A file on its way out of the renderer: already in the staging folder, or still to write.
private enum PendingOutput {
    case placed(OutputWriter.Placement)
    case waiting(OutputFile)
}
