import Foundation
import Synchronization
import Testing
@testable import PlaybookKit

/// Two builds of one output never write at once: the second waits for the first, says so,
/// and then builds on what the first one left.
@Suite struct BuildLockTests {
    @Test func aSecondBuildOfOneOutputWaitsForTheFirstThenBuildsOnIt() async throws {
        let site = try StagingFolderTests.makeSite()
        defer { site.remove() }
        try site.build()
        var running: BuildLock? = try BuildLock(site.options.lockFile, waiting: { Issue.record("no other build holds the lock") }, stopsWaiting: { false })
        try site.write("---\ntitle: Trang 2\nweight: 2\n---\nSửa khi bản kia đang dựng.\n", to: "content/phan/trang-2.md")
        let waited = Flag()
        let options = site.options
        let second = Task.detached {
            try await withCheckedThrowingContinuation { continuation in
                // A thread of its own: the build sleeps on it while it waits.
                Thread.detachNewThread {
                    continuation.resume(with: Result { () throws(BuildFailure) in
                        try SiteBuilder(options: options).build(waiting: { waited.raise() })
                    })
                }
            }
        }
        for _ in 0..<1_000 where !waited.isRaised {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(waited.isRaised)
        try await Task.sleep(for: .milliseconds(200))
        let page = site.output.appendingPathComponent("phan/trang-2/index.html")
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("Sửa khi bản kia đang dựng"))
        withExtendedLifetime(running) {}
        running = nil
        let report: SiteBuilder.Report = try await second.value
        #expect(report.filesRendered > 0)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Sửa khi bản kia đang dựng"))
        #expect(try TestSite.tree(of: site.output) == StagingFolderTests.cleanBuild(of: site))
    }

    /// `playbook serve` told to stop while its build waits: the build ends at once, unbuilt.
    @Test func aWaitingBuildStopsWhenAskedAndWritesNothing() throws {
        let site = try StagingFolderTests.makeSite()
        defer { site.remove() }
        try site.build()
        let before = try TestSite.tree(of: site.output)
        let running = try BuildLock(site.options.lockFile, waiting: {}, stopsWaiting: { false })
        try site.write("---\ntitle: Trang 2\nweight: 2\n---\nKhông được dựng.\n", to: "content/phan/trang-2.md")
        var asked = 0
        #expect(throws: BuildFailure.self) {
            try SiteBuilder(options: site.options).build(stopsWaiting: {
                asked += 1
                return asked == 3
            })
        }
        withExtendedLifetime(running) {}
        #expect(asked == 3)
        #expect(try TestSite.tree(of: site.output) == before)
    }

    /// Where no lock can be had (here a link to nowhere stands at the lock file's name, which
    /// is never opened through a link, as a read-only folder without the lock file or a lock
    /// file this user cannot read would refuse it), the build goes on.
    @Test func aBuildThatCannotLockStillBuilds() throws {
        let site = try StagingFolderTests.makeSite()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.options.cacheRoot, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.options.lockFile.path, withDestinationPath: "/nonexistent/lock")
        let report = try SiteBuilder(options: site.options).build(waiting: { Issue.record("waited for no build") })
        #expect(report.filesRendered > 0)
    }

    @Test func aBuildWithNoOtherRunningDoesNotWait() throws {
        let site = try StagingFolderTests.makeSite()
        defer { site.remove() }
        try SiteBuilder(options: site.options).build(waiting: { Issue.record("waited with no other build running") })
        try SiteBuilder(options: site.options).build(waiting: { Issue.record("waited with no other build running") })
    }
}

private final class Flag: Sendable {
    private let raised = Mutex(false)
    var isRaised: Bool { raised.withLock { $0 } }
    func raise() { raised.withLock { $0 = true } }
}
