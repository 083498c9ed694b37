import Foundation

extension SampleHandbook {
    /// Writes the playbook folder. The folder must be new or empty: files left from another
    /// corpus would join this one and change what a benchmark measures.
    public func write(to folder: URL) throws(SampleWriteFailure) {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder.path), !existing.isEmpty {
            throw SampleWriteFailure(description: "\(folder.path) is not empty; choose a new folder")
        }
        var createdFolders: Set<String> = []
        do {
            try forEachFile { file in
                let path = folder.path + "/" + file.path
                let parent = String(path[..<path.lastIndex(of: "/")!])
                if createdFolders.insert(parent).inserted {
                    try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
                try Self.writeUnsynced(file.text, to: path)
            }
        } catch {
            throw SampleWriteFailure(description: "cannot write the handbook into \(folder.path): \(error.localizedDescription)")
        }
    }

    /// `Data.write(to:)` syncs each file to the disk before it returns, which for ten thousand
    /// small files takes far longer than making them; a corpus can always be made again.
    private static func writeUnsynced(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
