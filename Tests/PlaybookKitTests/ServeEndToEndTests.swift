import Foundation
import Testing
@testable import PlaybookKit

/// `playbook serve` as a browser meets it: a real server on a free port over a temporary
/// playbook, edited while it runs.
@Suite struct ServeEndToEndTests {
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [PreviewEvent] = []
        private var finished = false

        func add(_ event: PreviewEvent) {
            lock.withLock { events.append(event) }
        }

        func finish() {
            lock.withLock { finished = true }
        }

        var hasFinished: Bool {
            lock.withLock { finished }
        }

        var address: URL? {
            lock.withLock {
                events.lazy.compactMap { if case .serving(let address) = $0 { address } else { nil } }.first
            }
        }
    }

    static let page = "---\ntitle: Bắt đầu\n---\nĐọc trang này trước.\n"

    @Test func editsShowUpFailuresShowTheErrorsAndTheOutputStaysClean() async throws {
        let site = try TestSite(files: ["_index.md": "---\ntitle: Home\n---\nHello.\n", "bat-dau.md": Self.page])
        defer { site.remove() }
        let events = Events()
        let server = Task {
            try await PreviewServer(options: site.options, port: 0).run(onEvent: events.add)
            events.finish()
        }
        defer { server.cancel() }
        // The whole suite runs beside this test: on a loaded 2-core machine its first build
        // has waited 79 s for a thread. The waits cost nothing when the server is quick.
        #expect(await eventually(within: 240) { events.address != nil })
        let port = try #require(events.address?.port.flatMap { UInt16(exactly: $0) })
        func get(_ path: String) async -> LoopbackHTTP.Response? {
            await LoopbackHTTP.get(path, port: port)
        }

        let first = try #require(await get("/bat-dau/"))
        #expect(first.status == 200)
        #expect(first.headers["cache-control"] == "no-store")
        #expect(first.body.contains("Đọc trang này trước."))
        #expect(first.body.contains(#"<script src="/__playbook/reload.js""#))
        #expect(await get("/__playbook/reload.js")?.body.contains("/__playbook/events") == true)
        let servedBuild = try #require(first.body.firstMatch(of: /data-build="([^"]+)"/)?.output.1)

        try site.write(Self.page + "\nMột dòng mới.\n", to: "content/bat-dau.md")
        #expect(await eventually(within: 90) { await get("/bat-dau/")?.body.contains("Một dòng mới.") == true })
        let nextBuild = await get("/__playbook/events?after=\(servedBuild)")
        #expect(nextBuild?.status == 200 && nextBuild?.body != String(servedBuild))

        try site.write("---\ntitle: Hỏng\nweight: [\n---\n", to: "content/bat-dau.md")
        #expect(await eventually(within: 90) { await get("/bat-dau/")?.status == 500 })
        let errorPage = try #require(await get("/"))
        #expect(errorPage.body.contains("content/bat-dau.md:4:1: error: invalid YAML"))
        #expect(errorPage.body.contains(#"<script src="/__playbook/reload.js""#))
        #expect(try site.page("bat-dau/index.html").contains("Một dòng mới."))

        try site.write(Self.page + "\nĐã sửa.\n", to: "content/bat-dau.md")
        #expect(await eventually(within: 90) { await get("/bat-dau/")?.body.contains("Đã sửa.") == true })

        #expect(await get("/%2e%2e/Package.swift")?.status == 403)
        #expect(await get("/..%2f..%2fPackage.swift")?.status == 403)
        #expect(await LoopbackHTTP.get("/", port: port, host: "localhost:\(port)")?.status == 200)
        #expect(await LoopbackHTTP.get("/", port: port, host: "rebound.example.com:\(port)")?.status == 403)
        let leftovers = try TestSite.snapshot(of: site.output).filter { String(decoding: $0.value, as: UTF8.self).contains("__playbook") }
        #expect(leftovers.isEmpty)

        server.cancel()
        #expect(await eventually(within: 10) { events.hasFinished })
    }

    @Test func theNextBuildAnswersAWaitingPage() async throws {
        let hub = ReloadHub()
        let served = await hub.currentBuild
        async let next = hub.build(after: served, waitingAtMost: .seconds(10))
        try await Task.sleep(for: .milliseconds(100))
        await hub.buildFailed(["error: x"])
        #expect(await next != served)
        #expect(await hub.failureLines == ["error: x"])
        #expect(await hub.build(after: "older", waitingAtMost: .seconds(10)) == hub.currentBuild)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(await hub.build(after: hub.currentBuild, waitingAtMost: .milliseconds(100)) == hub.currentBuild)
        #expect(clock.now - start < .seconds(5))
    }
}
