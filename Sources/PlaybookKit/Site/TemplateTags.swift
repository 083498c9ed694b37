import Foundation

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

    static func scan(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" {
                line += 1
                index = text.index(after: index)
                lineStart = index
                continue
            }
            guard text[index...].hasPrefix("{{") else {
                index = text.index(after: index)
                continue
            }
            let position = SourcePosition(line: line, column: text.distance(from: lineStart, to: index) + 1)
            let contentStart = text.index(index, offsetBy: 2)
            guard let close = text.range(of: "}}", range: contentStart..<text.endIndex) else { break }
            let content = text[contentStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if content.hasPrefix("=") { break }
            if let tag = tag(content, at: position) { tags.append(tag) }
            index = close.upperBound
        }
        return tags
    }

    private static func tag(_ content: String, at position: SourcePosition) -> TemplateTag? {
        guard let sigil = content.first else { return nil }
        let rest = content.dropFirst().trimmingCharacters(in: .whitespaces)
        switch sigil {
        case ">":
            if rest.hasPrefix("*") {
                return TemplateTag(kind: .dynamicPartial, name: String(rest.dropFirst()), position: position)
            }
            return TemplateTag(kind: .partial, name: rest, position: position)
        case "<": return TemplateTag(kind: .parent, name: rest, position: position)
        case "{", "&", "#", "^":
            return TemplateTag(kind: .variable, name: rest.trimmingCharacters(in: CharacterSet(charactersIn: "} ")), position: position)
        case "!", "/", "$", "%": return nil
        default: return TemplateTag(kind: .variable, name: content, position: position)
        }
    }
}
