import Foundation

/// A text stream into an open file in chunks of about a megabyte: the generator hands over
/// small pieces without a system call for each, and a large snapshot never sits in memory
/// whole. The first failure is kept and ends the writing.
struct ChunkedFileOutput: TextOutputStream {
    static let chunkBytes = 1 << 20

    private let handle: FileHandle
    private var buffer = ""
    private(set) var failure: Error?

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.chunkBytes + 4096)
    }

    mutating func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= Self.chunkBytes { flush() }
    }

    mutating func flush() {
        if failure == nil {
            do {
                try handle.write(contentsOf: Data(buffer.utf8))
            } catch {
                failure = error
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

public struct SampleWriteFailure: Error, CustomStringConvertible {
    public let description: String
}

extension SampleSnapshot {
    /// Writes the snapshot to an open file, such as standard output.
    public func write(to handle: FileHandle) throws(SampleWriteFailure) {
        var output = ChunkedFileOutput(handle: handle)
        write(to: &output)
        output.flush()
        if let failure = output.failure {
            throw SampleWriteFailure(description: "cannot write the snapshot: \(failure.localizedDescription)")
        }
    }

    /// Writes the snapshot into a temporary file beside `file` and renames it over `file`
    /// only when complete, so a reader never sees half a snapshot.
    public func write(toFile file: URL) throws(SampleWriteFailure) {
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw SampleWriteFailure(description: "cannot create a file in \(folder.path); check that the folder exists and is writable")
        }
        do throws(SampleWriteFailure) {
            try write(to: handle)
            try? handle.close()
            guard rename(temporary.path, file.path) == 0 else {
                throw SampleWriteFailure(description: "cannot replace \(file.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
