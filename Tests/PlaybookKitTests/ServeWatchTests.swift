import Foundation
import Testing
@testable import PlaybookKit

@Suite struct ServeWatchTests {
    /// Every path a watcher reported, in order.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        func add(_ batch: [String]) {
            lock.withLock { paths += batch }
        }

        var all: [String] {
            lock.withLock { paths }
        }
    }

    struct Folder {
        let root: String

        init() throws {
            root = FileManager.default.temporaryDirectory
                .appendingPathComponent("playbook-watch-\(UUID().uuidString)").resolvingSymlinksInPath().path
            try FileManager.default.createDirectory(atPath: root + "/content/vai-tro", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/content/public", withIntermediateDirectories: true)
            try write("a", to: "playbook.yml")
            try write("a", to: "notes.txt")
        }

        func write(_ text: String, to path: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }

        /// The way editors save: a temporary file renamed over the original.
        func saveAtomically(_ text: String, to path: String) throws {
            try write(text, to: path + ".tmp~")
            guard rename(root + "/" + path + ".tmp~", root + "/" + path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }

        var list: WatchList {
            WatchList(folders: [root + "/content"], files: [root + "/playbook.yml"], ignored: [root + "/content/public"])
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: root)
        }
    }

    #if os(Linux)
    @Test func inotifySeesNewFoldersAtomicSavesAndNotTheOutput() async throws {
        let folder = try Folder()
        defer { folder.remove() }
        let seen = Seen()
        let watcher = try #require(InotifyWatcher(folder.list, onChange: seen.add))
        defer { watcher.stop() }
        try folder.write("x", to: "content/public/index.html")
        try folder.write("x", to: "notes.txt")
        try FileManager.default.createDirectory(atPath: folder.root + "/content/moi/sau", withIntermediateDirectories: true)
        #expect(await eventually(within: 5) { seen.all.contains(folder.root + "/content/moi") })
        // Reported only after the new folders got their watches.
        try folder.write("x", to: "content/moi/sau/tai-lieu.md")
        try folder.saveAtomically("b", to: "playbook.yml")
        #expect(await eventually(within: 5) {
            seen.all.contains(folder.root + "/content/moi/sau/tai-lieu.md") && seen.all.contains(folder.root + "/playbook.yml")
        })
        #expect(!seen.all.contains { $0.contains("/public") || $0.hasSuffix("notes.txt") })
    }
    #endif

    @Test func pollingSeesChangedAddedAndRemovedFiles() async throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a", to: "content/vai-tro/a.md")
        let seen = Seen()
        let watcher = PollingWatcher(folder.list, interval: .milliseconds(50), onChange: seen.add)
        defer { watcher.stop() }
        try folder.write("longer", to: "content/vai-tro/a.md")
        try folder.write("b", to: "content/b.md")
        try folder.write("x", to: "content/public/index.html")
        try folder.saveAtomically("bb", to: "playbook.yml")
        #expect(await eventually(within: 5) {
            Set(seen.all).isSuperset(of: ["/content/vai-tro/a.md", "/content/b.md", "/playbook.yml"].map { folder.root + $0 })
        })
        let reportsOfB = { seen.all.filter { $0.hasSuffix("/content/b.md") }.count }
        let beforeRemoval = reportsOfB()
        try FileManager.default.removeItem(atPath: folder.root + "/content/b.md")
        #expect(await eventually(within: 5) { reportsOfB() > beforeRemoval })
        #expect(!seen.all.contains { $0.contains("/public") })
    }

    @Test func theWatchListLeavesOutTheOutputAndItsStagingFolder() {
        let options = BuildOptions(projectRoot: URL(fileURLWithPath: "/site"))
        let list = WatchList(options: options)
        #expect(list.folders == ["/site/content", "/site/site-templates"])
        #expect(list.files == ["/site/playbook.yml", "/site/content/data/pipeline.json", "/site/content/lich-hop.yml"])
        #expect(list.isIgnored("/site/public/index.html"))
        #expect(list.isIgnored("/site/.public.staging/index.html"))
        #expect(list.isIgnored("/site/content/.playbook/cache"))
        #expect(!list.isIgnored("/site/content/public-notes.md"))
    }

    /// Builds that run until the test lets them finish, recorded with the changes each was given.
    actor Builds {
        var changes: [[String]] = []
        var running = 0
        var overlapped = false
        private var finish: CheckedContinuation<Void, Never>?

        func run(_ paths: [String]) async {
            running += 1
            overlapped = overlapped || running > 1
            changes.append(paths)
            await withCheckedContinuation { finish = $0 }
            running -= 1
        }

        func finishCurrent() {
            finish?.resume()
            finish = nil
        }
    }

    @Test func aBurstOfChangesMakesOneBuildAndChangesDuringABuildMakeOneMore() async throws {
        let builds = Builds()
        let scheduler = RebuildScheduler(quietPeriod: .milliseconds(300)) { await builds.run($0) }
        defer { Task { await scheduler.stop() } }
        await scheduler.buildNow {}
        await scheduler.noteChanges(["a.md"])
        await scheduler.noteChanges(["b.md", "a.md"])
        #expect(await eventually(within: 10) { await builds.changes.count == 1 })
        await scheduler.noteChanges(["c.md"])
        await scheduler.noteChanges(["d.md"])
        // Their quiet period passes while the first build runs: they wait for it.
        try await Task.sleep(for: .milliseconds(600))
        #expect(await builds.changes.count == 1)
        await builds.finishCurrent()
        #expect(await eventually(within: 10) { await builds.changes.count == 2 })
        await builds.finishCurrent()
        try await Task.sleep(for: .milliseconds(600))
        #expect(await builds.changes == [["a.md", "b.md"], ["c.md", "d.md"]])
        #expect(await !builds.overlapped)
    }
}
