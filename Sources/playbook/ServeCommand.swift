import ArgumentParser
import Foundation
import PlaybookKit

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1, rebuild on every change and reload the open pages.",
        discussion: """
            Watches the content and templates folders, the config file and the snapshot. Pages get \
            the live-reload script as they are served; the output folder holds what `build` writes. \
            Ctrl-C stops.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The port on 127.0.0.1; 0 takes any free one.")
    var port: UInt16 = 8080

    @Option(help: ArgumentHelp("Where the site is written; replaced whole after each build that succeeds.", valueName: "dir"))
    var output = "public"

    func run() throws {
        do {
            try PreviewServer(options: site.buildOptions(output: output), port: port)
                .runUntilInterrupted(onEvent: Self.show)
        } catch let failure as BuildFailure {
            throw Reporter.exitCode(for: failure)
        } catch {
            Reporter.printError("error: \(error)")
            throw ExitCode(2)
        }
    }

    private static func show(_ event: PreviewEvent) {
        switch event {
        case .built(let report, let changes, let duration):
            Reporter.printWarnings(report.warnings)
            let written = "\(report.pagesWritten) pages (\(report.filesWritten) files) in \(Reporter.text(of: duration))"
            say(changes.isEmpty ? "Wrote \(written)." : "\(describe(changes)) changed: wrote \(written).")
        case .failed(let failure, let changes, let duration):
            failure.reportLines.forEach(Reporter.printError)
            let took = Reporter.text(of: duration)
            say(changes.isEmpty
                ? "The first build failed in \(took); the browser shows the errors until a build succeeds."
                : "\(describe(changes)) changed: the build failed in \(took); the browser shows the errors.")
        case .serving(let address):
            say("Serving \(address) (Ctrl-C stops).")
        case .waiting(let notice):
            say(notice)
        }
    }

    /// Unbuffered, so that each line shows as it happens, also through a pipe or in a file.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// `content/a.md`, `content/a.md, content/b.md`, or the first two and how many more.
    private static func describe(_ changes: [String]) -> String {
        guard changes.count > 3 else { return changes.joined(separator: ", ") }
        return changes.prefix(2).joined(separator: ", ") + " and \(changes.count - 2) more"
    }
}
