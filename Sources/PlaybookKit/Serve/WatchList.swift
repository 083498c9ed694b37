import Foundation

/// What the preview server watches: folders with everything below them, single files
/// (through their folder), and the paths whose changes never count because the build
/// itself writes them.
struct WatchList: Sendable {
    var folders: [String]
    var files: [String]
    var ignored: [String]

    /// The content and templates folders, the config file and the data files the config names,
    /// minus the output folder, its staging and previous copies, and `.playbook/`.
    init(options: BuildOptions) {
        let config = (try? String(contentsOf: options.configFile, encoding: .utf8))
            .map { SiteConfig.parse($0, file: options.configFile.path).0 } ?? SiteConfig()
        let snapshot = options.snapshotFile ?? options.contentRoot.appendingPathComponent(config.snapshot)
        let calendar = options.contentRoot.appendingPathComponent(config.calendarFile)
        let output = options.outputRoot
        let beside = output.deletingLastPathComponent()
        self.init(
            folders: [options.contentRoot.path, options.templatesRoot.path],
            files: [options.configFile.path, snapshot.standardizedFileURL.path, calendar.standardizedFileURL.path],
            ignored: [
                output.path,
                beside.appendingPathComponent(".\(output.lastPathComponent).staging").path,
                beside.appendingPathComponent(".\(output.lastPathComponent).previous").path,
            ])
    }

    init(folders: [String], files: [String], ignored: [String]) {
        self.folders = folders
        self.files = files
        self.ignored = ignored
    }

    func isIgnored(_ path: String) -> Bool {
        ignored.contains { path == $0 || path.hasPrefix($0 + "/") }
            || path.split(separator: "/").contains(".playbook")
    }
}
