import Foundation
@testable import PlaybookKit

/// A playbook folder made for one test in a fresh temporary directory, built with the
/// repository's own templates unless the test brings its own.
struct TestSite {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesRoot = repositoryRoot.appendingPathComponent("Tests/PlaybookKitTests/Fixtures")

    let root: URL

    init(files: [String: String], config: String = "title: Test\nlast_updated: off\n") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("playbook-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        try write(config, to: "playbook.yml")
        for (path, text) in files {
            try write(text, to: "content/" + path)
        }
    }

    /// A copy of a fixture site from `Tests/PlaybookKitTests/Fixtures/NAME`.
    init(fixture name: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("playbook-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: Self.fixturesRoot.appendingPathComponent(name), to: root)
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    var output: URL { root.appendingPathComponent("public") }

    var options: BuildOptions {
        BuildOptions(
            contentRoot: root.appendingPathComponent("content"),
            templatesRoot: templatesRoot,
            outputRoot: output,
            configFile: root.appendingPathComponent("playbook.yml"))
    }

    var templatesRoot: URL {
        let own = root.appendingPathComponent("site-templates")
        return FileManager.default.fileExists(atPath: own.path) ? own : Self.repositoryRoot.appendingPathComponent("site-templates")
    }

    @discardableResult
    func build() throws -> SiteBuilder.Report {
        try SiteBuilder(options: options).build()
    }

    /// The diagnostics of a build that must fail on its input.
    func failingBuild() -> [Diagnostic] {
        do {
            _ = try SiteBuilder(options: options).build()
            return []
        } catch {
            switch error {
            case .input(let diagnostics), .data(let diagnostics): return diagnostics.filter { $0.severity == .error }
            case .system: return []
            }
        }
    }

    /// The errors of a build that must fail on its input, as printed, in reporting order.
    func failingBuildMessages() -> [String] {
        failingBuild().sorted(by: Diagnostic.reportingOrder).map(\.description)
    }

    /// Builds the repository's own playbook into this site's folder; returns the output.
    func buildShippedPlaybook() throws -> URL {
        var options = BuildOptions(projectRoot: Self.repositoryRoot)
        options.outputRoot = root.appendingPathComponent("shipped")
        options.cacheRoot = root.appendingPathComponent(".playbook")
        _ = try SiteBuilder(options: options).build()
        return options.outputRoot
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under `folder` with its bytes, and every folder (as `path/`, with no
    /// bytes), by relative path: two sites compare equal only if they hold the same files
    /// and the same folders, empty ones too. Anything else (a link, say) throws.
    static func tree(of folder: URL) throws -> [String: Data] {
        var entries: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return entries }
        for case let relative as String in enumerator {
            var info = stat()
            guard lstat(root + "/" + relative, &info) == 0 else { throw CocoaError(.fileReadUnknown) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: entries[relative + "/"] = Data()
            case S_IFREG: entries[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
            default: throw CocoaError(.fileReadUnsupportedScheme, userInfo: [NSFilePathErrorKey: relative])
            }
        }
        return entries
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = try Data(contentsOf: url)
        }
        return files
    }

    /// Builds the repository's own playbook (content, templates, config) into a new
    /// temporary folder and returns the output; remove its parent when done.
    static func buildShippedPlaybook() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-shipped-\(UUID().uuidString)")
        let output = root.appendingPathComponent("public")
        _ = try SiteBuilder(options: BuildOptions(
            contentRoot: repositoryRoot.appendingPathComponent("content"),
            templatesRoot: repositoryRoot.appendingPathComponent("site-templates"),
            outputRoot: output,
            configFile: repositoryRoot.appendingPathComponent("playbook.yml"))).build()
        return output
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
