import Foundation
import Synchronization
import Testing
@testable import PlaybookKit

/// Pages rendered on every core are written there too: `place` runs on many threads at
/// once, in any order, and only the record is kept in build order.
@Suite struct OutputPlacementTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placement-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Deepest first, so that most files reach folders whose parents no thread has made yet.
    static let paths: [String] = (0..<40).flatMap { section in
        (0..<10).reversed().map { depth in
            (0..<depth).map { "muc-\(section)-\($0)" }.joined(separator: "/") + (depth == 0 ? "trang-\(section).html" : "/index.html")
        }
    }

    static func text(of path: String) -> String { "<p>\(path)</p>\n" }

    @Test func filesPlacedFromManyThreadsInAnyOrderMakeTheSameSiteAndRecordAsOneThread() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = Self.paths.map { OutputFile(path: $0, content: .text(Self.text(of: $0)), inputs: Fingerprint.of($0)) }

        let sequential = try OutputWriter(output: folder.appendingPathComponent("one-thread"))
        for file in files { try sequential.write(file) }
        _ = try sequential.commit()

        let concurrent = try OutputWriter(output: folder.appendingPathComponent("many-threads"))
        let placements = Mutex<[Int: Result<OutputWriter.Placement, BuildFailure>]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let placed = Result { () throws(BuildFailure) in try concurrent.place(files[index]) }
            placements.withLock { $0[index] = placed }
        }
        let placed = placements.withLock { $0 }
        for index in files.indices { concurrent.record(try placed[index]!.get()) }
        _ = try concurrent.commit()

        #expect(concurrent.manifest.encoded() == sequential.manifest.encoded())
        #expect(concurrent.written == files.count)
        let site = try TestSite.snapshot(of: concurrent.output)
        #expect(site == (try TestSite.snapshot(of: sequential.output)))
        #expect(site.count == files.count)
        for path in Self.paths { #expect(site[path] == Data(Self.text(of: path).utf8)) }
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorNamingIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try OutputWriter(output: folder.appendingPathComponent("public"))
        try writer.write(OutputFile(path: "ho-so", content: .text("a file where a folder is wanted\n")))
        let failure = #expect(throws: BuildFailure.self) {
            _ = try writer.place(OutputFile(path: "ho-so/muc/index.html", content: .text("<p>x</p>\n")))
        }
        #expect(failure.map { "\($0)" }?.contains("cannot create") == true)
        #expect(failure.map { "\($0)" }?.contains("ho-so") == true)
        let inFile = #expect(throws: BuildFailure.self) {
            _ = try writer.place(OutputFile(path: "ho-so/index.html", content: .text("<p>x</p>\n")))
        }
        #expect(inFile.map { "\($0)" }?.contains("cannot write") == true)
    }
}
