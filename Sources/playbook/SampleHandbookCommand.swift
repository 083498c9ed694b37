import ArgumentParser
import Foundation
import PlaybookKit

struct SampleHandbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-handbook",
        abstract: "Write a made-up handbook of any size into a new playbook folder, for benchmarks.",
        discussion: """
            The folder gets playbook.yml and content/: the home text, 20 sections two levels deep and \
            the documents, about 2.4 KB each, linking to one another. It has no templates; build it \
            with the repository's: playbook build --templates PATH/TO/site-templates. The same \
            options always give the same bytes.
            """)

    @Option(help: ArgumentHelp("How many documents to write.", valueName: "count"))
    var pages: Int

    @Option(help: "Another seed gives another handbook of the same size.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write; it must not exist or be empty.", valueName: "dir"))
    var output: String

    private var options: SampleHandbookOptions {
        SampleHandbookOptions(pages: pages, seed: seed)
    }

    func validate() throws {
        try validateSampleOptions(options.validate)
    }

    func run() throws {
        do {
            let handbook = try SampleHandbook(options: options)
            try handbook.write(to: URL(fileURLWithPath: output))
            print("Wrote \(output): \(handbook.documentCount) documents in \(SampleHandbook.sectionCount) sections.")
        } catch let failure as SampleWriteFailure {
            throw Reporter.exitCode(for: failure)
        }
    }
}
