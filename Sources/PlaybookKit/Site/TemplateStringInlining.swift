import Foundation

/// Writes values that are the same on every page rendered with them into the templates
/// before they are parsed. swift-mustache looks a tag up on every page, climbing the context
/// stack past every view model in the way, each look-up a handful of dynamic casts; inlined,
/// the value is text the template copies.
///
/// Two kinds are inlined: the strings table's words (`{{t.key}}`, the same on every page of
/// a build) and the site's values (`{{site.stylesheetHref}}`, the same on every page of one
/// folder depth, so the templates that use them are made once per depth).
enum TemplateStringInlining {
    static func inline(_ text: String, strings: StringsTable) -> String {
        inline(text) { name in
            name.hasPrefix("t.") ? strings.strings[String(name.dropFirst(2))] : nil
        }
    }

    static func inline(_ text: String, site: SiteView) -> String {
        inline(text) { name in
            name.hasPrefix("site.") ? site.text(named: String(name.dropFirst(5))) : nil
        }
    }

    /// `text` with each `{{name}}` that `value` knows replaced by its escaped value and each
    /// `{{{name}}}` or `{{& name}}` by the value as it is. Left as written: a template that
    /// changes its delimiters, sections and names `value` does not know, and values that
    /// could change how the template parses: one holding a brace (it could make or join a
    /// tag) or an empty one (a line holding a section tag and this one would become a
    /// standalone line, and lose its line break).
    private static func inline(_ text: String, value: (String) -> String?) -> String {
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
            let name = String(decoding: content, as: UTF8.self).trimmingHorizontalWhitespace()
            if let found = value(name), !found.isEmpty, !found.utf8.contains(open), !found.utf8.contains(close) {
                result += Array((escapes ? PlaybookHTMLEscaping().escapeText(found) : found).utf8)
            } else {
                result += bytes[start..<tagEnd]
            }
            index = tagEnd
        }
        result += bytes[index...]
        return String(decoding: result, as: UTF8.self)
    }
}
