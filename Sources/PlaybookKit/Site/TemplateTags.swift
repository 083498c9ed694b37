/// A light scan of Mustache source for the tags the build checks before rendering:
/// partials and parents (which must exist and must not include themselves) and
/// strings-table lookups (which must name a key of the table).
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case partial, parent, dynamicPartial, variable
    }

    var kind: Kind
    var name: String
    var position: SourcePosition

    /// Found by bytes (`{{`, `}}` and newlines are ASCII); only a tag's column is counted in
    /// characters. Walking the whole text by `Character`, with a Foundation search at each,
    /// took a tenth of a one-document rebuild.
    static func scan(_ text: String) -> [TemplateTag] {
        let bytes = Array(text.utf8)
        let brace = UInt8(ascii: "{"), newline = UInt8(ascii: "\n")
        var tags: [TemplateTag] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == newline {
                line += 1
                index += 1
                lineStart = index
                continue
            }
            guard bytes[index] == brace, index + 1 < bytes.count, bytes[index + 1] == brace else {
                index += 1
                continue
            }
            let position = SourcePosition(line: line, column: String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1)
            let contentStart = index + 2
            guard let close = bytes.firstIndex(of: UInt8(ascii: "}"), UInt8(ascii: "}"), from: contentStart) else { break }
            let content = String(decoding: bytes[contentStart..<close], as: UTF8.self).trimmingHorizontalWhitespace()
            if content.hasPrefix("=") { break }
            if let tag = tag(content, at: position) { tags.append(tag) }
            index = close + 2
        }
        return tags
    }

    private static func tag(_ content: String, at position: SourcePosition) -> TemplateTag? {
        guard let sigil = content.first else { return nil }
        let rest = String(content.dropFirst()).trimmingHorizontalWhitespace()
        switch sigil {
        case ">":
            if rest.hasPrefix("*") {
                return TemplateTag(kind: .dynamicPartial, name: String(rest.dropFirst()), position: position)
            }
            return TemplateTag(kind: .partial, name: rest, position: position)
        case "<": return TemplateTag(kind: .parent, name: rest, position: position)
        case "{", "&", "#", "^":
            return TemplateTag(kind: .variable, name: rest.trimmingScalars { $0 == "}" || $0 == " " }, position: position)
        case "!", "/", "$", "%": return nil
        default: return TemplateTag(kind: .variable, name: content, position: position)
        }
    }
}
