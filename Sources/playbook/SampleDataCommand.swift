import ArgumentParser
import Foundation
import PlaybookKit

struct SampleDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-data",
        abstract: "Write a made-up CRM snapshot (pipeline.json, schema version 1).",
        discussion: """
            The same options always give the same bytes. The default is the shipped sample: 8 reps, \
            about 300 customers and 12,000 activities over the year before the as-of date.
            """)

    @Option(help: "Multiply the team, and everything it does, by this whole number.")
    var scale = 1

    @Option(help: "Another seed gives another sample of the same size.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Exactly this many reps (default: 8 × scale); customers, leads and deals follow the team's size.", valueName: "count"))
    var reps: Int?

    @Option(help: ArgumentHelp("Exactly this many activities (default: 1,500 per rep).", valueName: "count"))
    var activities: Int?

    @Option(help: ArgumentHelp("When the snapshot was taken: RFC 3339 with an offset.", valueName: "datetime"))
    var asOf = SampleOptions.defaultAsOf

    @Option(help: ArgumentHelp("The same sample as it stood this many weeks earlier, without activities: a file for content/data/history/.", valueName: "weeks"))
    var weeksBefore = 0

    @Option(help: ArgumentHelp("The file to write, replaced only when complete (default: standard output).", valueName: "file"))
    var output: String?

    private var options: SampleOptions {
        SampleOptions(scale: scale, seed: seed, reps: reps, activities: activities, asOf: asOf, weeksBefore: weeksBefore)
    }

    func validate() throws {
        try validateSampleOptions(options.validate)
    }

    func run() throws {
        do {
            let snapshot = try SampleSnapshot(options: options)
            guard let output else {
                try snapshot.write(to: FileHandle.standardOutput)
                return
            }
            try snapshot.write(toFile: URL(fileURLWithPath: output))
            let counts = snapshot.counts
            if weeksBefore > 0 {
                print("Wrote \(output): the sample as it stood \(weeksBefore) week\(weeksBefore == 1 ? "" : "s") before \(asOf), its leads and deals.")
                return
            }
            print("Wrote \(output): \(counts.reps) reps, \(counts.customers) customers, \(counts.leads) leads, \(counts.deals) deals, \(counts.activities) activities.")
        } catch let failure as SampleWriteFailure {
            throw Reporter.exitCode(for: failure)
        }
    }
}
