import ArgumentParser
import Foundation
import PlaybookKit

/// The folder options `build`, `check` and `serve` share.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of Markdown documents.", valueName: "dir"))
    var content = "content"

    @Option(help: ArgumentHelp("Folder of Mustache templates, strings tables and assets.", valueName: "dir"))
    var templates = "site-templates"

    @Option(help: ArgumentHelp("The site configuration file (default: playbook.yml, optional).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The address the site is published at, e.g. https://example.com/playbook/ (overrides base_url).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("The pipeline snapshot (default: content/data/pipeline.json when it exists).", valueName: "file"))
    var snapshot: String?

    func buildOptions(output: String) -> BuildOptions {
        BuildOptions(
            contentRoot: URL(fileURLWithPath: content),
            templatesRoot: URL(fileURLWithPath: templates),
            outputRoot: URL(fileURLWithPath: output),
            configFile: URL(fileURLWithPath: config ?? SiteConfig.fileName),
            configIsRequired: config != nil,
            baseURLOverride: baseURL,
            snapshotFile: snapshot.map { URL(fileURLWithPath: $0) })
    }
}

/// Prints diagnostics the way compilers do and turns a failure into an exit code:
/// 1 for mistakes in the content, 2 for problems of the machine (permissions, disk), 3 for
/// a snapshot that is wrong or too old while the content is fine.
enum Reporter {
    static func printWarnings(_ diagnostics: [Diagnostic]) {
        for warning in diagnostics.sorted(by: Diagnostic.reportingOrder) where warning.severity == .warning {
            printError(warning.description)
        }
    }

    static func exitCode(for failure: BuildFailure) -> ExitCode {
        failure.reportLines.forEach(printError)
        return ExitCode(BuildReport.Failure(failure).exitCode)
    }

    /// `850 ms` or `2.20 s`, the same under every locale.
    static func text(of duration: Duration) -> String {
        let milliseconds = Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
        guard milliseconds >= 1000 else { return "\(milliseconds) ms" }
        let hundredths = (milliseconds + 5) / 10
        return String(format: "%d.%02d s", hundredths / 100, hundredths % 100)
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
