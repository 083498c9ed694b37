import ArgumentParser
import Foundation
import PlaybookKit

struct Nightly: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract: "Import the CRM's exports, build incrementally, check every link, write a report.",
        discussion: """
            What the scheduled job runs (`make nightly`). The snapshot goes where the build reads it \
            (pipeline.snapshot) and a dated copy into pipeline.history. Exit codes: 0 published, \
            1 the content (or the import mapping, or a dead link) is wrong, 2 a system error, \
            3 the data is wrong or older than --max-snapshot-age. The report says the same as JSON.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where the site is written.", valueName: "dir"))
    var output = "public"

    @Option(help: ArgumentHelp("Tonight's CSV exports: files or folders. Without any, the snapshot in place is built.", valueName: "path"))
    var exports: [String] = []

    @Option(help: ArgumentHelp("The import mapping (YAML).", valueName: "file"))
    var mapping = "content/data/import/hubspot.yml"

    @Flag(help: "Fail the import if any row cannot be mapped.")
    var strict = false

    @Option(help: ArgumentHelp("Fail when the snapshot is older than this (e.g. 36h, 2d).", valueName: "age"))
    var maxSnapshotAge = "36h"

    @Option(help: ArgumentHelp("The report (default: OUTPUT/build-report.json; after a failure, .playbook/ beside the output).", valueName: "file"))
    var report: String?

    @Flag(help: "Build everything, ignoring the record of the last build.")
    var clean = false

    func validate() throws {
        if AgeText.seconds(maxSnapshotAge) == nil {
            throw ValidationError("--max-snapshot-age `\(maxSnapshotAge)`: \(AgeText.rule)")
        }
    }

    func run() throws {
        var options = site.buildOptions(output: output)
        options.clean = clean
        options.maxSnapshotAge = AgeText.seconds(maxSnapshotAge)
        var importJob: ImportJob?
        if !exports.isEmpty {
            let targets = NightlyJob.importTargets(for: options)
            var job = ImportJob(
                mappingFile: URL(fileURLWithPath: mapping), exports: exports.map { URL(fileURLWithPath: $0) },
                snapshotFile: targets.snapshot)
            job.historyFolder = targets.history
            job.strict = strict
            importJob = job
        }
        let reportFile = URL(fileURLWithPath: report ?? options.outputRoot.appendingPathComponent("build-report.json").path)
        let (made, writtenTo) = NightlyJob(importJob: importJob, build: options, reportFile: reportFile).run { event in
            switch event {
            case .step(let line): print(line)
            case .problem(let diagnostic): Reporter.printError(diagnostic.description)
            }
        }
        if let writtenTo { print("report: \(DisplayPath.of(writtenTo))") }
        guard let failure = made.failure else { return }
        Reporter.printError("nightly: \(made.failedStep ?? "a step") failed (\(failure.rawValue)); exit \(failure.exitCode)")
        throw ExitCode(failure.exitCode)
    }
}
