/// JSON written by hand for exact control of key order and number format (byte-identical
/// builds). Strings are escaped so the text is also safe inside HTML and `<script>`:
/// `<`, `>`, `&`, U+2028 and U+2029 become `\u` escapes.
struct JSONText {
    private(set) var text = ""

    /// By UTF-8 bytes, the string as it is when nothing needs escaping: the search index
    /// quotes megabytes of page text, and appending scalar by scalar was a tenth of a clean
    /// build. Runs of bytes that need nothing are found with a table and copied whole, as
    /// slices of the string: put together from bytes, the result was checked as UTF-8 again.
    static func quoted(_ string: String) -> String {
        var string = string
        let mayNeedEscaping = Self.mayNeedEscaping
        // Runs to copy, each followed by the escape that ends it (none after the last).
        let pieces = string.withUTF8 { bytes -> [(run: Range<Int>, escape: String)] in
            var pieces: [(run: Range<Int>, escape: String)] = []
            var index = 0
            var runStart = 0
            while index < bytes.count {
                while index < bytes.count, !mayNeedEscaping[Int(bytes[index])] { index += 1 }
                guard index < bytes.count else { break }
                let byte = bytes[index]
                let escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                    escape = unicodeEscape(UInt32(byte))
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    escape = unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    length = 3
                default:
                    escape = nil
                }
                if let escape {
                    pieces.append((runStart..<index, escape))
                    runStart = index + length
                }
                index += length
            }
            pieces.append((runStart..<bytes.count, ""))
            return pieces
        }
        if pieces.count == 1 { return "\"" + string + "\"" }
        var result = "\""
        result.reserveCapacity(string.utf8.count + pieces.count * 6 + 2)
        for piece in pieces {
            result.append(utf8: piece.run, of: string)
            result += piece.escape
        }
        return result + "\""
    }

    /// The bytes `quoted` looks at: controls, `"`, `\`, `<`, `>`, `&` and the lead byte of
    /// U+2028 and U+2029.
    private static let mayNeedEscaping: [Bool] = (0...255).map { byte in
        byte < 0x20 || [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2].contains(byte)
    }

    /// `\u` and four lowercase hex digits.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
    }

    /// `{"a": 1, "b": …}` from already-encoded values, in the given order; `multiline` puts
    /// each member on a line of its own, so large files diff and read well.
    static func object(_ members: [(String, String)], multiline: Bool = false) -> String {
        let body = members.map { quoted($0.0) + ": " + $0.1 }
        return multiline ? "{\n" + body.joined(separator: ",\n") + "\n}" : "{" + body.joined(separator: ", ") + "}"
    }

    static func array(_ values: [String]) -> String {
        "[" + values.joined(separator: ", ") + "]"
    }

    static func number(_ value: Int?) -> String {
        value.map(String.init) ?? "null"
    }
}
