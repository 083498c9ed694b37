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
}
