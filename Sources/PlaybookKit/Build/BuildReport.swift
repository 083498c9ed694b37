import Foundation

/// What one `playbook build` did, as JSON for the job that ran it: whether it published,
/// how many files it wrote, kept and removed, what it warned of, the snapshot's as-of time
/// and how long each phase took. Written beside the site or wherever the job asks.
public enum BuildReport {
    /// The exit codes `playbook build` ends with, by what went wrong.
    public static func exitCode(for failure: BuildFailure) -> Int32 {
        switch failure {
        case .input: 1
        case .system: 2
        case .data: 3
        }
    }

    public static func json(succeeded report: SiteBuilder.Report, total: Duration) -> String {
        JSONText.object([
            ("status", JSONText.quoted("published")),
            ("exit_code", "0"),
            ("snapshot_as_of", asOfText(report.snapshotAsOf)),
            ("pages", JSONText.number(report.pagesWritten)),
            ("files", JSONText.object([
                ("written", JSONText.number(report.filesRendered)),
                ("unchanged", JSONText.number(report.filesUnchanged)),
                ("removed", JSONText.number(report.filesRemoved)),
            ])),
            ("full_build_notice", report.fullBuildNotice.map(JSONText.quoted) ?? "null"),
            ("warnings", diagnosticsJSON(report.warnings)),
            ("errors", "[]"),
            ("durations_ms", durationsJSON(report.phases, total: total)),
        ], multiline: true) + "\n"
    }

    public static func json(failed failure: BuildFailure, total: Duration) -> String {
        let diagnostics: [Diagnostic]
        let kind: String
        switch failure {
        case .input(let found): (diagnostics, kind) = (found, "content")
        case .data(let found): (diagnostics, kind) = (found, "data")
        case .system(let message): (diagnostics, kind) = ([.error(message, in: "")], "system")
        }
        return JSONText.object([
            ("status", JSONText.quoted("failed")),
            ("exit_code", String(exitCode(for: failure))),
            ("failure", JSONText.quoted(kind)),
            ("warnings", diagnosticsJSON(diagnostics.filter { $0.severity == .warning })),
            ("errors", diagnosticsJSON(diagnostics.filter { $0.severity == .error })),
            ("durations_ms", durationsJSON([], total: total)),
        ], multiline: true) + "\n"
    }

    /// Replaces the report at `file` whole, so a reader never sees half of one.
    public static func write(_ json: String, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(json.utf8).write(to: file, options: .atomic)
    }

    private static func asOfText(_ seconds: Int?) -> String {
        seconds.map { JSONText.quoted(Instant(secondsSinceEpoch: $0, offsetSeconds: 0).rfc3339) } ?? "null"
    }

    private static func diagnosticsJSON(_ diagnostics: [Diagnostic]) -> String {
        JSONText.array(diagnostics.sorted(by: Diagnostic.reportingOrder).map { diagnostic in
            JSONText.object([
                ("file", JSONText.quoted(diagnostic.file)),
                ("line", JSONText.number(diagnostic.line)),
                ("column", JSONText.number(diagnostic.column)),
                ("message", JSONText.quoted(diagnostic.message)),
            ])
        })
    }

    private static func durationsJSON(_ phases: [(name: String, duration: Duration)], total: Duration) -> String {
        JSONText.object(phases.map { ($0.name, String(milliseconds($0.duration))) } + [("total", String(milliseconds(total)))])
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
