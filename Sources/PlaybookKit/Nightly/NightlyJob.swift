import Foundation

/// `playbook nightly`: what the scheduled job does with nobody watching. Import tonight's CRM
/// exports into the snapshot (and its history), build incrementally, refusing a snapshot
/// older than the limit, follow every link of the built site, and say what happened in a
/// report. Each step runs only when the one before succeeded; a failure leaves the
/// published site as it was (a dead link found after the swap leaves the new site in
/// `public/`, and the exit code tells the job not to publish it).
public struct NightlyJob {
    /// The import; nil builds from the snapshot already in place.
    public var importJob: ImportJob?
    public var build: BuildOptions
    public var reportFile: URL

    public init(importJob: ImportJob?, build: BuildOptions, reportFile: URL) {
        self.importJob = importJob
        self.build = build
        self.reportFile = reportFile
    }

    /// Where the import writes for a build with these options: the snapshot the build reads
    /// and the config's history folder. An unreadable config gives the defaults; the build
    /// then reports what is wrong with it.
    public static func importTargets(for options: BuildOptions) -> (snapshot: URL, history: URL) {
        let text = (try? SourceText.read(options.configFile, displayPath: "").get()) ?? ""
        let config = SiteConfig.parse(text, file: "").0
        return (
            options.snapshotFile ?? options.contentRoot.appendingPathComponent(config.snapshot),
            options.contentRoot.appendingPathComponent(config.historyFolder, isDirectory: true))
    }

    /// What to print as the job goes: a line of progress, or a problem.
    public enum Event {
        case step(String)
        case problem(Diagnostic)
    }

    /// Runs every step it can and returns the report; `report.exitCode` is the job's.
    public func run(onEvent: (Event) -> Void) -> (report: BuildReport, writtenTo: URL?) {
        let clock = ContinuousClock()
        let start = clock.now
        var report = BuildReport()
        if runSteps(&report, clock: clock, onEvent: onEvent) == false {
            for problem in report.errors.sorted(by: Diagnostic.reportingOrder) { onEvent(.problem(problem)) }
        }
        let destination = BuildReport.destination(reportFile, published: report.failure == nil, options: build)
        do {
            try BuildReport.write(report.json(total: clock.now - start), to: destination)
            return (report, destination)
        } catch {
            onEvent(.problem(.warning("cannot write the report: \(error.localizedDescription)", in: DisplayPath.of(destination))))
            return (report, nil)
        }
    }

    private func runSteps(_ report: inout BuildReport, clock: ContinuousClock, onEvent: (Event) -> Void) -> Bool {
        if let importJob {
            let started = clock.now
            let outcome = importJob.run()
            report.durations.append(("import", clock.now - started))
            switch outcome {
            case .failure(.mapping(let problems)):
                report.fail("import", .content, problems)
                return false
            case .failure(.data(let problems)):
                report.fail("import", .data, problems)
                return false
            case .failure(.system(let message)):
                report.fail("import", .system, [.error(message, in: DisplayPath.of(importJob.snapshotFile))])
                return false
            case .success(let imported):
                report.imported = imported
                for problem in imported.result.problems { onEvent(.problem(problem.diagnostic)) }
                let summary = imported.result.summary
                onEvent(.step("import: \(summary.imported) of \(summary.rowsRead) rows from \(summary.files) files, "
                    + "as of \(imported.result.asOf.rfc3339)"))
            }
        }
        do {
            let built = try SiteBuilder(options: build).build(waiting: { onEvent(.step(SiteBuilder.waitingNotice(build))) })
            report.build = built
            report.durations += built.phases
            for warning in built.warnings { onEvent(.problem(warning)) }
            onEvent(.step("build: \(built.pagesWritten) pages; \(built.filesRendered) files written, "
                + "\(built.filesUnchanged) unchanged, \(built.filesRemoved) removed"))
        } catch {
            report.fail(build: error)
            return false
        }
        let started = clock.now
        let links = OutputLinkChecker.check(output: build.outputRoot)
        report.durations.append(("links", clock.now - started))
        report.links = links
        onEvent(.step("links: \(links.linksChecked) links in \(links.pagesChecked) pages, \(links.broken.count) broken"))
        if !links.broken.isEmpty {
            report.fail("links", .content, links.broken)
            return false
        }
        return true
    }
}
