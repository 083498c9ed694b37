import Foundation

/// Writes the strings table's words into the templates before they are parsed: a
/// `{{t.key}}` holds the same text on every page of a build, yet swift-mustache looks it
/// up on each, climbing the context stack past every view model in the way, each look-up a
/// handful of dynamic casts. Inlined, the word is text the template copies.
enum TemplateStringInlining {
    /// `text` with each `{{t.key}}` replaced by the key's escaped string and each
    /// `{{{t.key}}}` or `{{& t.key}}` by the string as it is. Left as written: a template
    /// that changes its delimiters, a string that holds `{{` or `}}` (it would become a
    /// tag), keys the table lacks (the template check reports them), sections and dotted
    /// names below a key.
    static func inline(_ text: String, strings: StringsTable) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while let start = bytes.firstIndex(of: open, open, from: index) {
            guard let end = bytes.firstIndex(of: close, close, from: start + 2) else { break }
            var tagEnd = end + 2
            var content = bytes[(start + 2)..<end]
            var escapes = true
            if content.first == UInt8(ascii: "=") { return text }
            if content.first == UInt8(ascii: "{"), tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "}") {
                content = content.dropFirst()
                tagEnd += 1
                escapes = false
            } else if content.first == UInt8(ascii: "&") {
                content = content.dropFirst()
                escapes = false
            }
            result += bytes[index..<start]
            if let value = value(of: content, in: strings) {
                result += Array((escapes ? PlaybookHTMLEscaping().escapeText(value) : value).utf8)
            } else {
                result += bytes[start..<tagEnd]
            }
            index = tagEnd
        }
        result += bytes[index...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The string a tag's name asks for, when it can be inlined.
    private static func value(of content: ArraySlice<UInt8>, in strings: StringsTable) -> String? {
        let name = String(decoding: content, as: UTF8.self).trimmingHorizontalWhitespace()
        guard name.hasPrefix("t."), let value = strings.strings[String(name.dropFirst(2))],
              !value.contains("{{"), !value.contains("}}") else { return nil }
        return value
    }
}
