import Foundation
import Testing
@testable import PlaybookKit

/// The records in `.playbook/` are read through `FileBytes.read`: every byte as written, and
/// nil for what cannot be read, never a crash.
@Suite struct FileBytesTests {
    @Test(arguments: [0, 1, 4_095, 70_000])
    func aFileIsReadByteForByte(size: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let file = folder.appendingPathComponent("record")
        try Data(bytes).write(to: file)
        #expect(FileBytes.read(file.path) == bytes)
    }

    @Test func aMissingFileOrAFolderReadsAsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileBytes.read(folder.appendingPathComponent("missing").path) == nil)
        #expect(FileBytes.read(folder.path) == nil)
    }

    /// Documents are read by path through `FileBytes`; what cannot be read so is reported
    /// with Foundation's reason, as before.
    @Test func aDocumentIsReadByPathAndAnUnreadableOneSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("\u{FEFF}# Đội\r\nbán".utf8).write(to: file)
        #expect(try SourceText.read(path: file.path, displayPath: "a.md").get() == "# Đội\nbán")
        #expect(try SourceText.read(path: file.path, displayPath: "a.md").get() == SourceText.read(file, displayPath: "a.md").get())
        for unreadable in [folder.appendingPathComponent("missing.md"), folder] {
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
}
