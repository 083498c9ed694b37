import Foundation
import Testing
@testable import PlaybookKit

/// The byte-wise tag scan finds what the `Character`-wise scan it replaced found, at the same
/// lines and columns, in every shipped template and in hand-made awkward ones.
@Suite struct TemplateTagScanTests {
    /// The replaced scan, kept as the oracle.
    static func scanByCharacter(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
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
            if rest.hasPrefix("*") { return TemplateTag(kind: .dynamicPartial, name: String(rest.dropFirst()), position: position) }
            return TemplateTag(kind: .partial, name: rest, position: position)
        case "<": return TemplateTag(kind: .parent, name: rest, position: position)
        case "{", "&", "#", "^":
            return TemplateTag(kind: .variable, name: rest.trimmingCharacters(in: CharacterSet(charactersIn: "} ")), position: position)
        case "!", "/", "$", "%": return nil
        default: return TemplateTag(kind: .variable, name: content, position: position)
        }
    }

    static let awkward = [
        "", "{{", "}}", "{{x", "a {{ b }} c", "Tiếng Việt {{t.title}}\n  ổ {{> nav }}{{{ content }}}",
        "{{# page }}\n{{^empty(toc)}}{{/page}}", "{{!\ncomment\n}} {{ x }}", "{{>* dynamic}}", "{{< baseof}}{{$main}}x{{/main}}{{/baseof}}",
        "{{=<% %>=}} {{later}}", "{{\u{3000}name\u{00A0}}}", "e\u{301}{{x}} 😀{{y}}", "{{{a}}} {{&b}}", "{{a}}{{b}}\n\n{{c\n}}",
    ]

    @Test func findsWhatTheCharacterScanFound() throws {
        let root = TestSite.repositoryRoot.appendingPathComponent("site-templates")
        var texts = Self.awkward
        for folder in ["layouts", "partials"] {
            let folderURL = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: folderURL.path) where name.hasSuffix(".mustache") {
                texts.append(try String(contentsOf: folderURL.appendingPathComponent(name), encoding: .utf8))
            }
        }
        #expect(texts.count > 25)
        for text in texts {
            #expect(TemplateTag.scan(text) == Self.scanByCharacter(text), "\(text.prefix(60))")
        }
    }
}
