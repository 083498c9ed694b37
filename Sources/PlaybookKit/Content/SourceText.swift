import Foundation

/// Reads a user's text file the way every input is read: UTF-8 required, a byte-order mark
/// dropped, CRLF and CR turned into LF, and Unicode normalised to NFC, so that positions
/// and slugs do not depend on the editor that saved the file.
public enum SourceText {
    public static func read(_ url: URL, displayPath: String) -> Result<String, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.error("cannot read the file (\(reason(error))); check that it exists and is readable", in: displayPath))
        }
        return decode(data, displayPath: displayPath)
    }

    /// The file at `path`, read straight into bytes: a `URL` and `Data(contentsOf:)` for each
    /// document cost 16,000 instructions more than the reading. A file that cannot be read
    /// so is read again through Foundation, for the reason to report.
    public static func read(path: String, displayPath: String) -> Result<String, Diagnostic> {
        guard let bytes = FileBytes.read(path) else { return read(URL(fileURLWithPath: path), displayPath: displayPath) }
        return decode(Data(bytes), displayPath: displayPath)
    }

    public static func decode(_ data: Data, displayPath: String) -> Result<String, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let position = firstInvalidUTF8(in: bytes)
            return .failure(.error("the file is not valid UTF-8; save it as UTF-8", in: displayPath, at: position))
        }
        var normalized = text
        // Looked for in the file's bytes: `String.contains` with Foundation goes through
        // NSString's search, and the UTF-8 view's iterator costs more than the read.
        if bytes.withUnsafeBytes({ $0.contains(0x0D) }) {
            normalized = normalized.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(TextFolding.normalized(normalized))
    }

    private static func firstInvalidUTF8(in bytes: Data.SubSequence) -> SourcePosition {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = bytes.index(after: index)
                index = lineStart
                continue
            }
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = bytes.index(index, offsetBy: length, limitedBy: bytes.endIndex) ?? bytes.endIndex
            if length == 0 || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return SourcePosition(line: line, column: column)
            }
            index = end
        }
        return SourcePosition(line: line, column: 1)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
