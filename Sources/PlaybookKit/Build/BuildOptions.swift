import Foundation

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    public var contentRoot: URL
    public var templatesRoot: URL
    public var outputRoot: URL
    public var configFile: URL
    /// False when the config file was not named explicitly, so its absence means defaults.
    public var configIsRequired: Bool
    public var baseURLOverride: String?
    /// A snapshot named on the command line; it must exist. Without it the build reads the
    /// config's `pipeline.snapshot` under the content folder, when that file is there.
    public var snapshotFile: URL?
    /// "Today" for the calendar when there is no snapshot to date the site; nil is the
    /// machine's today in the site's zone. Tests pin it.
    public var today: LocalDay?
    /// The moment the build takes as now, in seconds since the epoch; nil is the clock.
    /// Tests pin it; pages only ever see its day, so one day's builds are byte-identical.
    public var now: Int?
    /// The oldest snapshot, in seconds before now, the build accepts; nil accepts any.
    public var maxSnapshotAge: Int?
    /// Build everything, ignoring the record of the last build.
    public var clean = false
    /// Where the record of the last build is kept; `.playbook/` beside the output.
    public var cacheRoot: URL
    /// For a process that ends once the build returns: the build's objects are left for the
    /// exit to reclaim, as compilers leave theirs (clang's `-disable-free`), instead of being
    /// freed one by one (a twentieth of a rebuild after one edit at 10,000 pages).
    public var leavesMemoryToExit = false

    public init(
        contentRoot: URL, templatesRoot: URL, outputRoot: URL, configFile: URL,
        configIsRequired: Bool = false, baseURLOverride: String? = nil, snapshotFile: URL? = nil
    ) {
        self.contentRoot = contentRoot.standardizedFileURL
        self.templatesRoot = templatesRoot.standardizedFileURL
        self.outputRoot = outputRoot.standardizedFileURL
        self.configFile = configFile.standardizedFileURL
        self.configIsRequired = configIsRequired
        self.baseURLOverride = baseURLOverride
        self.snapshotFile = snapshotFile?.standardizedFileURL
        self.cacheRoot = self.outputRoot.deletingLastPathComponent().appendingPathComponent(".playbook", isDirectory: true)
    }

    /// One record per output folder, so two outputs side by side do not share one.
    public var manifestFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).manifest")
    }

    /// Held by the build of this output that is running (`BuildLock`).
    public var lockFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).lock")
    }

    /// The fingerprint of the stamps of everything the build that made the output read.
    public var inputStampsFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).inputs")
    }

    /// How long before a build an input must have been last touched for its stamp to vouch
    /// for its content (some file systems' clocks are coarse). Tests shorten it.
    var racyMargin = FileStamp.racyMargin

    /// What the staging folder beside the output holds: the site before the last one.
    public var stagedManifestFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).staged")
    }

    /// What the last build learnt of each document, so the next reads only changed files.
    public var documentCacheFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).documents")
    }

    /// What the last build learnt of each history file (its trend point).
    public var historyCacheFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).history")
    }

    /// The headings the search index holds, so an edit renders one page's Markdown again.
    public var searchHeadingsFile: URL {
        cacheRoot.appendingPathComponent("\(outputRoot.lastPathComponent).headings")
    }

    /// The layout of a playbook folder: `playbook.yml`, `content/`, `site-templates/`, `public/`.
    public init(projectRoot: URL) {
        self.init(
            contentRoot: projectRoot.appendingPathComponent("content"),
            templatesRoot: projectRoot.appendingPathComponent("site-templates"),
            outputRoot: projectRoot.appendingPathComponent("public"),
            configFile: projectRoot.appendingPathComponent(SiteConfig.fileName))
    }

    /// The moment the build runs at: the pinned one, else the clock's.
    var buildMoment: Int {
        now ?? Int(Date().timeIntervalSince1970.rounded(.down))
    }

    /// The day the build runs on in `timeZone`: the pinned `today`, else the build moment's.
    func buildDay(in timeZone: TimeZone) -> LocalDay {
        today ?? LocalDateTime(Date(timeIntervalSince1970: TimeInterval(buildMoment)), in: timeZone).day
    }

    /// How a path is shown in messages (see DisplayPath).
    func display(_ url: URL) -> String {
        DisplayPath.of(url)
    }
}
