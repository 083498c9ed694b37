/// JSON written by hand for exact control of key order and number format (byte-identical
/// builds). Strings are escaped so the text is also safe inside HTML and `<script>`:
/// `<`, `>`, `&`, U+2028 and U+2029 become `\u` escapes.
struct JSONText {
    private(set) var text = ""

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
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
