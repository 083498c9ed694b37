import Foundation
import Testing
@testable import PlaybookKit

/// The records in `.playbook/` are read through `FileBytes.read`: every byte as written, and
/// nil for what cannot be read, never a crash.
@Suite struct FileBytesTests {
    @Test(arguments: [0, 1, 4_095, 70_000])
    func aFileIsReadByteForByte(size: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let file = folder.url.appendingPathComponent("record")
        try Data(bytes).write(to: file)
        #expect(FileBytes.read(file.path) == bytes)
    }

    @Test func aMissingFileOrAFolderReadsAsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(FileBytes.read(folder.url.appendingPathComponent("missing").path) == nil)
        #expect(FileBytes.read(folder.url.path) == nil)
    }

    /// Documents are read by path through `FileBytes`; what cannot be read so is reported
    /// with Foundation's reason, as before.
    @Test func aDocumentIsReadByPathAndAnUnreadableOneSaysWhy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("a.md")
        try Data("\u{FEFF}# Đội\r\nbán".utf8).write(to: file)
        #expect(try SourceText.read(path: file.path, displayPath: "a.md").get() == "# Đội\nbán")
        #expect(try SourceText.read(path: file.path, displayPath: "a.md").get() == SourceText.read(file, displayPath: "a.md").get())
        for unreadable in [folder.url.appendingPathComponent("missing.md"), folder.url] {
            let byPath = SourceText.read(path: unreadable.path, displayPath: "x.md")
            let byURL = SourceText.read(unreadable, displayPath: "x.md")
            guard case .failure(let diagnostic) = byPath, case .failure(let expected) = byURL else {
                Issue.record("\(unreadable.lastPathComponent) was read")
                continue
            }
            #expect(diagnostic.description == expected.description)
            #expect(diagnostic.description.hasPrefix("x.md: error: cannot read the file ("))
        }
    }

    /// Written over the old bytes and cut to length, never emptied first: a page that grew,
    /// one that shrank, one that kept its length.
    @Test(arguments: [(5_000, 9_000), (9_000, 5_000), (4_096, 4_096), (70_000, 3)])
    func aFileWrittenOverHoldsExactlyTheNewBytes(old: Int, new: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("page.html")
        try Data(repeating: 0x41, count: old).write(to: file)
        let bytes = (0..<new).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
        let written = try bytes.withUnsafeBytes {
            try FileBytes.overwriteUnshared($0, at: file.path, notSharedWith: folder.url.appendingPathComponent("other").path)
        }
        #expect(written)
        #expect(FileBytes.read(file.path) == bytes)
    }

    /// A record of `.playbook/` is written into the spare file beside it and swapped in: the
    /// record holds the newest bytes, the spare the ones before, and a spare that is a link (to
    /// a file elsewhere, or to the record itself) is replaced, never written through.
    @Test func aRecordIsSwappedWithItsSpareAndNeverWrittenThroughALink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let record = folder.url.appendingPathComponent("public.documents")
        let spare = folder.url.appendingPathComponent(".public.documents.next")
        try RecordFile.writeOverSpare(Array("one".utf8), to: record)
        try RecordFile.writeOverSpare(Array("two, longer".utf8), to: record)
        #expect(FileBytes.read(record.path) == Array("two, longer".utf8))
        #expect(FileBytes.read(spare.path) == Array("one".utf8))
        try RecordFile.writeOverSpare(Array("3".utf8), to: record)
        #expect(FileBytes.read(record.path) == Array("3".utf8))
        #expect(FileBytes.read(spare.path) == Array("two, longer".utf8))

        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try Data("keep".utf8).write(to: elsewhere)
        try FileManager.default.removeItem(at: spare)
        try FileManager.default.createSymbolicLink(at: spare, withDestinationURL: elsewhere)
        try RecordFile.writeOverSpare(Array("four".utf8), to: record)
        #expect(FileBytes.read(record.path) == Array("four".utf8))
        #expect(FileBytes.read(elsewhere.path) == Array("keep".utf8))

        try FileManager.default.removeItem(at: spare)
        try FileManager.default.linkItem(at: record, to: spare)
        try RecordFile.writeOverSpare(Array("five".utf8), to: record)
        #expect(FileBytes.read(record.path) == Array("five".utf8))
        #expect(FileBytes.read(spare.path) == Array("four".utf8))
    }

    /// The exchange would swap a folder into a record's place as readily as a file: a folder
    /// there is left where it is, and the write fails.
    @Test func aFolderWhereARecordGoesIsNeverSwappedAway() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let record = folder.url.appendingPathComponent("public.manifest")
        try FileManager.default.createDirectory(at: record.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try RecordFile.writeOverSpare(Array("x".utf8), to: record) }
        #expect(FileManager.default.fileExists(atPath: record.appendingPathComponent("inside").path))
        #expect(throws: (any Error).self) { try RecordFile.write(Array("x".utf8), to: record) }
        #expect(FileManager.default.fileExists(atPath: record.appendingPathComponent("inside").path))
    }

    /// Files outside `.playbook/` (a report, an imported snapshot) are replaced through a
    /// temporary file of the process's own, and leave nothing beside them.
    @Test func aFileWrittenWholeLeavesNothingBesideIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = folder.url.appendingPathComponent("build-report.json")
        for text in ["{}", "{\"a\": 1}", "[]"] {
            try RecordFile.write(Array(text.utf8), to: report)
            #expect(FileBytes.read(report.path) == Array(text.utf8))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["build-report.json"])
    }
}

/// A folder of its own for one test, removed by `remove()`.
private struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
