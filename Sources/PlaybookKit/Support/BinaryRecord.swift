import CSystemShims
import Foundation

/// The compact form of the build's records in `.playbook/`: numbers as variable-length
/// integers, texts as a length and their UTF-8 bytes. A rebuild with nothing to do reads
/// records of every document and output, so they must decode in milliseconds; JSON through
/// Foundation did not. Reading checks every length against what is left, so a damaged or
/// cut record is reported as damaged, never read out of bounds.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// A record that opens with these bytes as they are (a magic line).
    init(opening bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A record that opens with its format and the generator that wrote it: a record of
    /// another format, or of another build of the generator, is not to be trusted.
    init(format: Int, generator: String) {
        write(UInt64(format))
        write(generator)
    }

    mutating func reserveCapacity(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    /// Bytes another record holds for a value written the same way.
    mutating func write(encoded: ArraySlice<UInt8>) {
        bytes += encoded
    }

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zig-zag, so small negative numbers stay short.
    mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ fingerprint: Fingerprint) {
        write(fingerprint.value)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }
}

struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = Swift.min(offset, bytes.count)
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// What `read` reads, with the bytes it read them from.
    mutating func reading<Value>(_ read: (inout BinaryReader) throws(Damaged) -> Value) throws(Damaged) -> (Value, ArraySlice<UInt8>) {
        let start = offset
        let value = try read(&self)
        return (value, bytes[start..<offset])
    }

    /// Whether the record opens with this format and generator (`BinaryWriter(format:generator:)`).
    mutating func opens(format: Int, generator: String) throws(Damaged) -> Bool {
        guard try unsigned() == UInt64(format) else { return false }
        return try text() == generator
    }

    mutating func unsigned() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func integer() throws(Damaged) -> Int {
        let zigzag = Int64(bitPattern: try unsigned())
        return Int((zigzag >> 1) ^ -(zigzag & 1))
    }

    mutating func flag() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func text() throws(Damaged) -> String {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - offset) else { throw Damaged() }
        let end = offset + Int(count)
        defer { offset = end }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// The next text, with its place in `table` when it is one of the table's: a record
    /// holds the same few names thousands of times, and making each of them anew checked
    /// its UTF-8 every time, a third of decoding the document record.
    mutating func text(in table: TextTable) throws(Damaged) -> (text: String, index: Int?) {
        let read = try bytes(count: count())
        if let index = table.place(of: read) { return (table.texts[index], index) }
        return (String(decoding: read, as: UTF8.self), nil)
    }

    /// The next `count` bytes as they are (`count()` has checked they are there).
    mutating func bytes(count: Int) throws(Damaged) -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else { throw Damaged() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func fingerprint() throws(Damaged) -> Fingerprint {
        Fingerprint(value: try unsigned())
    }

    mutating func optionalText() throws(Damaged) -> String? {
        try flag() ? try text() : nil
    }

    mutating func optionalInteger() throws(Damaged) -> Int? {
        try flag() ? try integer() : nil
    }

    /// A count of elements to follow, each at least a byte long: a damaged count cannot ask
    /// for more memory than the record has bytes.
    mutating func count() throws(Damaged) -> Int {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - offset) else { throw Damaged() }
        return Int(count)
    }
}

/// Texts a record is known to hold often, with their UTF-8 at hand to compare with.
struct TextTable: Sendable {
    let texts: [String]
    let bytes: [[UInt8]]

    init(_ texts: [String]) {
        self.texts = texts
        self.bytes = texts.map { Array($0.utf8) }
    }

    /// Which of the texts these bytes are: lengths compared first, then `memcmp` (a generic
    /// element-by-element comparison cost a third more of decoding the names).
    func place(of read: ArraySlice<UInt8>) -> Int? {
        read.withUnsafeBytes { read in
            bytes.firstIndex { known in
                known.count == read.count && known.withUnsafeBytes { known in
                    guard let first = known.baseAddress, let second = read.baseAddress else { return true }
                    return memcmp(first, second, read.count) == 0
                }
            }
        }
    }
}

/// How a file the build or an import writes whole reaches the disk: through a temporary
/// file beside it and a rename, so a reader (or a process killed midway) sees the old file or
/// the new one.
enum RecordFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        do {
            try bytes.withUnsafeBytes { try FileBytes.create($0, replacingAt: temporary.path) }
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// The build's own records in `.playbook/`, written while it holds `BuildLock`: into the
    /// record before last, kept beside the record under a dotted name (`.public.documents.next`),
    /// then swapped with it in one step, so a reader or a build killed midway still sees the
    /// old record or the new one. Nothing is freed: a new file renamed over the old record
    /// freed the old one's blocks, and on this machine's disk (ext4 without a journal, mounted
    /// `discard`) each freed block waits for the device, and a file renamed over another is
    /// flushed at once; 4 ms a 4 MB record (docs/PERFORMANCE.md). Only a regular file is
    /// swapped: the exchange would as readily swap in a folder.
    static func writeOverSpare(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let spare = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).next")
        try bytes.withUnsafeBytes { buffer in
            if try !FileBytes.overwriteUnshared(buffer, at: spare.path, notSharedWith: url.path) {
                try FileBytes.create(buffer, replacingAt: spare.path)
            }
        }
        var status = stat()
        if lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, playbook_exchange_paths(spare.path, url.path) == 0 { return }
        guard rename(spare.path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
