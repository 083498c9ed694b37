import ArgumentParser
import Foundation
import PlaybookKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make the pipeline snapshot from a CRM's exports.",
        subcommands: [ImportCSV.self])
}

struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Build a schema-1 snapshot from CSV exports (deals, companies, contacts, calls, meetings, tasks, targets).",
        discussion: """
            The mapping (YAML) says which file is which export and which column feeds which field;
            content/data/import/hubspot.yml reads HubSpot's standard exports. Rows that cannot be
            mapped are reported and left out; the snapshot is replaced only when the import succeeds.
            Exit codes: 0 done, 1 the mapping is wrong, 2 a system error, 3 the exports are wrong
            (or, with --strict, a row is).
            """)

    @Option(help: ArgumentHelp("The import mapping (YAML).", valueName: "file"))
    var mapping: String

    @Option(help: ArgumentHelp("The snapshot to write.", valueName: "file"))
    var out = "content/data/pipeline.json"

    @Option(help: ArgumentHelp("Also file a copy named after the as-of date here, e.g. content/data/history.", valueName: "dir"))
    var history: String?

    @Option(help: ArgumentHelp("When the data was taken, RFC 3339 (default: the newest export's modification time).", valueName: "date-time"))
    var asOf: String?

    @Flag(help: "Fail, writing nothing, if any row cannot be mapped.")
    var strict = false

    @Argument(help: ArgumentHelp("The CSV exports, or folders of them.", valueName: "export"))
    var exports: [String]

    func validate() throws {
        if let asOf, Self.instant(asOf) == nil {
            throw ValidationError("--as-of must be an RFC 3339 date-time with an offset, e.g. 2026-11-23T06:00:00+07:00")
        }
        if exports.isEmpty { throw ValidationError("name the CSV exports (or a folder of them)") }
    }

    func run() throws {
        var job = ImportJob(
            mappingFile: URL(fileURLWithPath: mapping), exports: exports.map { URL(fileURLWithPath: $0) },
            snapshotFile: URL(fileURLWithPath: out))
        job.historyFolder = history.map { URL(fileURLWithPath: $0, isDirectory: true) }
        job.strict = strict
        job.asOf = asOf.flatMap(Self.instant)
        switch job.run() {
        case .failure(.mapping(let problems)):
            report(problems, closing: "the mapping has errors; nothing was written")
            throw ExitCode(1)
        case .failure(.data(let problems)):
            report(problems, closing: strict ? "--strict: nothing was written" : "nothing was written")
            throw ExitCode(3)
        case .failure(.system(let message)):
            Reporter.printError("error: \(message)")
            throw ExitCode(2)
        case .success(let outcome):
            let result = outcome.result
            for problem in result.problems { Reporter.printError(problem.diagnostic.description) }
            let summary = result.summary
            let skipped = summary.rowsRead - summary.imported - summary.leftOut
            var line = "Read \(summary.rowsRead) rows from \(summary.files) files: \(summary.imported) imported, \(skipped) skipped"
            if !summary.skipped.isEmpty {
                line += " (" + summary.skipped.map { "\($0.rows) \($0.reason)" }.joined(separator: ", ") + ")"
            }
            print(line + ", \(summary.leftOut) left out by the mapping.")
            print("Wrote \(out) as of \(result.asOf.rfc3339).")
            if let file = outcome.historyFile { print("Filed \(file.path).") }
        }
    }

    private func report(_ problems: [Diagnostic], closing: String) {
        for problem in problems { Reporter.printError(problem.description) }
        Reporter.printError("\(problems.count) error\(problems.count == 1 ? "" : "s"); \(closing)")
    }

    private static func instant(_ text: String) -> Instant? {
        Instant(rfc3339: text)
    }
}
