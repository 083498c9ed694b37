import Foundation

/// What one build, or one nightly run (import, build, link check), did, as JSON for the job
/// that ran it: whether the site was published, the exit code and whose fault a failure
/// was, the snapshot's as-of time, files written, kept and removed, the import's rows, dead
/// links, warnings, errors and how long each step took. Schema in docs/nightly.md.
public struct BuildReport {
    public enum Failure: String, Sendable {
        case content, data, system

        public var exitCode: Int32 {
            switch self {
            case .content: 1
            case .system: 2
            case .data: 3
            }
        }

        public init(_ failure: BuildFailure) {
            switch failure {
            case .input: self = .content
            case .data: self = .data
            case .system: self = .system
            }
        }
    }

    public var failure: Failure?
    /// The step that failed: `import`, `build` or `links`.
    public var failedStep: String?
    public var build: SiteBuilder.Report?
    public var imported: ImportJob.Outcome?
    public var links: OutputLinkChecker.Result?
    public var warnings: [Diagnostic] = []
    public var errors: [Diagnostic] = []
    /// Each step's time, in order; a build's phases are listed under their own names.
    public var durations: [(name: String, duration: Duration)] = []

    public init() {}

    public var exitCode: Int32 { failure?.exitCode ?? 0 }

    /// Records a failed step: its problems, and whose they are.
    public mutating func fail(_ step: String, _ kind: Failure, _ problems: [Diagnostic]) {
        failure = kind
        failedStep = step
        warnings += problems.filter { $0.severity == .warning }
        errors += problems.filter { $0.severity == .error }
    }

    public mutating func fail(build failure: BuildFailure) {
        switch failure {
        case .input(let problems), .data(let problems): fail("build", Failure(failure), problems)
        case .system(let message): fail("build", .system, [.error(message, in: "")])
        }
    }

    public func json(total: Duration) -> String {
        let asOf = build?.snapshotAsOf ?? imported?.result.asOf.secondsSinceEpoch
        return JSONText.object([
            ("status", JSONText.quoted(failure == nil ? "published" : "failed")),
            ("exit_code", String(exitCode)),
            ("failure", failure.map { JSONText.quoted($0.rawValue) } ?? "null"),
            ("failed_step", failedStep.map(JSONText.quoted) ?? "null"),
            ("snapshot_as_of", asOf.map { JSONText.quoted(Instant(secondsSinceEpoch: $0, offsetSeconds: 0).rfc3339) } ?? "null"),
            ("pages", JSONText.number(build?.pagesWritten)),
            ("files", build.map { build in
                JSONText.object([
                    ("written", JSONText.number(build.filesRendered)),
                    ("unchanged", JSONText.number(build.filesUnchanged)),
                    ("removed", JSONText.number(build.filesRemoved)),
                ])
            } ?? "null"),
            ("full_build_notice", build?.fullBuildNotice.map(JSONText.quoted) ?? "null"),
            ("import", imported.map(Self.importJSON) ?? "null"),
            ("links", links.map { links in
                JSONText.object([
                    ("pages", JSONText.number(links.pagesChecked)),
                    ("checked", JSONText.number(links.linksChecked)),
                    ("broken", JSONText.number(links.broken.count)),
                ])
            } ?? "null"),
            ("warnings", Self.diagnosticsJSON(warnings + (build?.warnings ?? []))),
            ("errors", Self.diagnosticsJSON(errors)),
            ("durations_ms", JSONText.object(
                durations.map { ($0.name, String(Self.milliseconds($0.duration))) } + [("total", String(Self.milliseconds(total)))])),
        ], multiline: true) + "\n"
    }

    /// Writes the report whole through a temporary file, so a reader never sees half of one.
    public static func write(_ json: String, to file: URL) throws {
        try RecordFile.write(Array(json.utf8), to: file)
    }

    /// Where the report goes: `requested`, unless the run failed and `requested` is inside
    /// the output folder, which a failed build leaves as it was (and a job does not publish
    /// after a dead link); then the cache folder beside it (`.playbook/`).
    public static func destination(_ requested: URL, published: Bool, options: BuildOptions) -> URL {
        let file = requested.standardizedFileURL
        // Through links too: a link to the output folder is the output folder.
        let folder = file.deletingLastPathComponent().resolvingSymlinksInPath().path + "/"
        let output = options.outputRoot.resolvingSymlinksInPath().path
        guard !published, folder.hasPrefix(output + "/") else { return file }
        return options.cacheRoot.appendingPathComponent(file.lastPathComponent)
    }

    private static func importJSON(_ outcome: ImportJob.Outcome) -> String {
        let summary = outcome.result.summary
        return JSONText.object([
            ("files", JSONText.number(summary.files)),
            ("rows_read", JSONText.number(summary.rowsRead)),
            ("imported", JSONText.number(summary.imported)),
            ("skipped", JSONText.number(summary.rowsRead - summary.imported - summary.leftOut)),
            ("left_out", JSONText.number(summary.leftOut)),
            ("skipped_by_reason", JSONText.object(summary.skipped.map { ($0.reason, JSONText.number($0.rows)) })),
            ("problems", diagnosticsJSON(outcome.result.problems.map(\.diagnostic))),
            ("history_file", outcome.historyFile.map { JSONText.quoted(DisplayPath.of($0)) } ?? "null"),
        ])
    }

    private static func diagnosticsJSON(_ diagnostics: [Diagnostic]) -> String {
        JSONText.array(diagnostics.sorted(by: Diagnostic.reportingOrder).map { diagnostic in
            JSONText.object([
                ("file", JSONText.quoted(diagnostic.file)),
                ("line", JSONText.number(diagnostic.line)),
                ("column", JSONText.number(diagnostic.column)),
                ("severity", JSONText.quoted(diagnostic.severity.rawValue)),
                ("message", JSONText.quoted(diagnostic.message)),
            ])
        })
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
