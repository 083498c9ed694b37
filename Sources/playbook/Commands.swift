import ArgumentParser
import Foundation
import PlaybookExample
import PlaybookKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Generate the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where the site is written; replaced whole, only when the build succeeds.", valueName: "dir"))
    var output = "public"

    @Flag(help: "Build everything, ignoring the record of the last build (.playbook/).")
    var clean = false

    @Flag(help: "Also print the time each phase took, and the allocator in use.")
    var verbose = false

    @Option(help: ArgumentHelp(
        "Fail (exit 3) when the snapshot's as_of is older than this, e.g. 36h or 2d: old numbers are not republished.",
        valueName: "age"))
    var maxSnapshotAge: String?

    @Option(help: ArgumentHelp(
        "Write what the build did as JSON here, e.g. public/build-report.json (after a failure, into .playbook/ instead, leaving the site as it was).",
        valueName: "file"))
    var report: String?

    func validate() throws {
        if let maxSnapshotAge, AgeText.seconds(maxSnapshotAge) == nil {
            throw ValidationError("--max-snapshot-age `\(maxSnapshotAge)`: \(AgeText.rule)")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var options = site.buildOptions(output: output)
        options.clean = clean
        options.maxSnapshotAge = maxSnapshotAge.flatMap(AgeText.seconds)
        options.leavesMemoryToExit = true
        let progress = ProgressLine()
        defer { progress?.finish() }
        do {
            let report = try SiteBuilder(options: options).build(
                progress: progress.map { line in { line.show(filesDone: $0) } },
                waiting: { Reporter.printError(SiteBuilder.waitingNotice(options)) })
            progress?.finish()
            if let reportFile {
                var made = BuildReport()
                made.build = report
                made.durations = report.phases
                writeReport(made, published: true, to: reportFile, options: options, total: clock.now - start)
            }
            Reporter.printWarnings(report.warnings)
            if let notice = report.fullBuildNotice { print("Note: \(notice).") }
            print("Wrote \(report.pagesWritten) pages (\(report.filesWritten) files) in \(Reporter.text(of: clock.now - start)): "
                + "\(report.filesRendered) rendered, \(report.filesUnchanged) unchanged, \(report.filesRemoved) removed.")
            if verbose {
                for phase in report.phases { print("  \(phase.name): \(Reporter.text(of: phase.duration))") }
                print("  allocator: \(Allocator.name)")
            }
            print("Open \(report.indexPage.path)")
        } catch {
            progress?.finish()
            if let reportFile {
                var made = BuildReport()
                made.fail(build: error)
                writeReport(made, published: false, to: reportFile, options: options, total: clock.now - start)
            }
            throw Reporter.exitCode(for: error)
        }
    }

    private var reportFile: URL? {
        report.map { URL(fileURLWithPath: $0) }
    }

    private func writeReport(_ made: BuildReport, published: Bool, to requested: URL, options: BuildOptions, total: Duration) {
        let file = BuildReport.destination(requested, published: published, options: options)
        do {
            try BuildReport.write(made.json(total: total), to: file)
            if file != requested.standardizedFileURL { Reporter.printError("note: the report is in \(file.path): the site was left as it was") }
        } catch {
            Reporter.printError("warning: cannot write the build report \(file.path): \(error.localizedDescription)")
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check config, templates and content; write nothing.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        do {
            let warnings = try SiteBuilder(options: site.buildOptions(output: "public")).check()
            Reporter.printWarnings(warnings)
            print("No errors.")
        } catch {
            throw Reporter.exitCode(for: error)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new playbook in DIR from the built-in example.")

    @Argument(help: ArgumentHelp("The folder to create; it must not exist or be empty.", valueName: "dir"))
    var directory: String

    func run() throws {
        guard let example = ExamplePlaybook.root else {
            Reporter.printError("error: the built-in example is missing; it is installed beside the playbook binary by `swift build`")
            throw ExitCode(2)
        }
        let target = URL(fileURLWithPath: directory)
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: target.path), !existing.isEmpty {
            Reporter.printError("error: \(directory) is not empty; choose a new folder")
            throw ExitCode(1)
        }
        do {
            try manager.createDirectory(at: target, withIntermediateDirectories: true)
            for entry in ExamplePlaybook.entries {
                try manager.copyItem(at: example.appendingPathComponent(entry), to: target.appendingPathComponent(entry))
            }
        } catch {
            Reporter.printError("error: cannot create the playbook in \(directory): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        print("Created a playbook in \(directory). Next: cd \(directory) && playbook build")
    }
}
