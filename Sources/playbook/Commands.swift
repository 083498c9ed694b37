import ArgumentParser
import Foundation
import PlaybookExample
import PlaybookKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generate the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where the site is written; replaced whole, only when the build succeeds.", valueName: "dir"))
    var output = "public"

    @Flag(help: "Build everything, ignoring the record of the last build (.playbook/).")
    var clean = false

    @Flag(help: "Also print the time each phase took.")
    var verbose = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var options = site.buildOptions(output: output)
        options.clean = clean
        let progress = ProgressLine()
        defer { progress?.finish() }
        do {
            let report = try SiteBuilder(options: options).build(progress: progress.map { line in { line.show(filesDone: $0) } })
            progress?.finish()
            Reporter.printWarnings(report.warnings)
            if let notice = report.fullBuildNotice { print("Note: \(notice).") }
            print("Wrote \(report.pagesWritten) pages (\(report.filesWritten) files) in \(Reporter.text(of: clock.now - start)): "
                + "\(report.filesRendered) rendered, \(report.filesUnchanged) unchanged, \(report.filesRemoved) removed.")
            if verbose {
                for phase in report.phases { print("  \(phase.name): \(Reporter.text(of: phase.duration))") }
            }
            print("Open \(report.indexPage.path)")
        } catch {
            throw Reporter.exitCode(for: error)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check config, templates and content; write nothing.")

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
