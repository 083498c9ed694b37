/// JSON written by hand for exact control of key order and number format (byte-identical
/// builds). Strings are escaped so the text is also safe inside HTML and `<script>`:
/// `<`, `>`, `&`, U+2028 and U+2029 become `\u` escapes.
struct JSONText {
    private(set) var text = ""

    /// By UTF-8 bytes, the string as it is when nothing needs escaping: the search index
    /// quotes megabytes of page text, and appending scalar by scalar was a tenth of a clean
    /// build. Runs of bytes that need nothing are found with a table and copied whole.
    static func quoted(_ string: String) -> String {
        var string = string
        let mayNeedEscaping = Self.mayNeedEscaping
        return string.withUTF8 { bytes in
            var result: [UInt8] = [UInt8(ascii: "\"")]
            result.reserveCapacity(bytes.count + 32)
            var index = 0
            while index < bytes.count {
                let runStart = index
                while index < bytes.count, !mayNeedEscaping[Int(bytes[index])] { index += 1 }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard index < bytes.count else { break }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): appendEscape(UInt8(ascii: "\""), to: &result)
                case UInt8(ascii: "\\"): appendEscape(UInt8(ascii: "\\"), to: &result)
                case UInt8(ascii: "\n"): appendEscape(UInt8(ascii: "n"), to: &result)
                case UInt8(ascii: "\r"): appendEscape(UInt8(ascii: "r"), to: &result)
                case UInt8(ascii: "\t"): appendEscape(UInt8(ascii: "t"), to: &result)
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20:
                    appendUnicodeEscape(UInt32(byte), to: &result)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &result)
                    index += 2
                default:
                    result.append(byte)
                }
                index += 1
            }
            result.append(UInt8(ascii: "\""))
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The bytes `quoted` looks at: controls, `"`, `\`, `<`, `>`, `&` and the lead byte of
    /// U+2028 and U+2029.
    private static let mayNeedEscaping: [Bool] = (0...255).map { byte in
        byte < 0x20 || [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2].contains(byte)
    }

    private static func appendEscape(_ letter: UInt8, to result: inout [UInt8]) {
        result.append(UInt8(ascii: "\\"))
        result.append(letter)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `\u` and four lowercase hex digits.
    private static func appendUnicodeEscape(_ value: UInt32, to result: inout [UInt8]) {
        appendEscape(UInt8(ascii: "u"), to: &result)
        for shift in stride(from: 12, through: 0, by: -4) {
            result.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
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
