import ArgumentParser

@main
struct Playbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Turns a sales playbook (Markdown) into a static website.",
        discussion: """
            Run it in a playbook folder: playbook.yml, content/ and site-templates/ beside each other.
            `playbook build` writes the site to public/; open public/index.html in a browser.
            """,
        version: PlaybookVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, Init.self, Import.self, Nightly.self, SampleDataCommand.self, SampleHandbookCommand.self],
        defaultSubcommand: nil)
}

enum PlaybookVersion {
    static let current = "0.1.0"
}
