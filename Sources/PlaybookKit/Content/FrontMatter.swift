/// The YAML block at the top of a document, between two `---` lines.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var description: String?
    public var weight: Int?
    public var section: String?
    public var roles: [Role] = []
    public var draft = false
    public var aliases: [String] = []
    public var slug: String?
    /// The document's step on the new-hire reading path.
    public var onboarding: Int?
    /// Whether the glossary's terms are linked on their first use in the body.
    public var glossary = false
    /// Where each key's value was written, for errors found after parsing.
    public var positions: [String: SourcePosition] = [:]

    public init() {}
}

/// The roles the playbook is written for, as named in front matter and the snapshot.
public enum Role: String, Sendable, CaseIterable, Comparable {
    case inbound, outbound, bdManager = "bd_manager", other

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A document's text cut into front matter and body.
struct FrontMatterSplit: Equatable {
    var yaml: String?
    /// 1-based line of the first YAML line, so YAML positions map back to the file.
    var yamlFirstLine: Int
    var body: String
    /// 1-based line where the Markdown body starts.
    var bodyFirstLine: Int

    enum Failure: Error, Equatable {
        case unclosed
    }

    /// Splits on a first line of exactly `---` and the next line of `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        var lineNumber = 1
        var searchStart = text.index(text.startIndex, offsetBy: min(4, text.count))
        while searchStart < text.endIndex {
            lineNumber += 1
            let lineEnd = text[searchStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[searchStart..<lineEnd]
            if line == "---" || line == "..." {
                let yaml = String(text[text.index(text.startIndex, offsetBy: 4)..<searchStart])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(FrontMatterSplit(
                    yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1))
            }
            searchStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return .failure(.unclosed)
    }
}

extension FrontMatter {
    /// Reads front matter keys; every problem lands in `reader.diagnostics`.
    static func parse(_ yaml: String, reader: inout YAMLReader) -> FrontMatter {
        var frontMatter = FrontMatter()
        guard let pairs = reader.parseMapping(yaml, what: "front matter") else { return frontMatter }
        for (key, value) in pairs {
            frontMatter.positions[key] = reader.position(of: value)
            switch key {
            case "title": frontMatter.title = reader.string(value, key: key)
            case "description": frontMatter.description = reader.string(value, key: key)
            case "weight", "order": frontMatter.weight = reader.integer(value, key: key)
            case "section": frontMatter.section = reader.string(value, key: key)
            case "slug": frontMatter.slug = reader.string(value, key: key)
            case "draft": frontMatter.draft = reader.bool(value, key: key) ?? false
            case "glossary": frontMatter.glossary = reader.bool(value, key: key) ?? false
            case "aliases": frontMatter.aliases = reader.strings(value, key: key) ?? []
            case "onboarding":
                if let step = reader.integer(value, key: key) {
                    if step >= 1 { frontMatter.onboarding = step } else {
                        reader.error("`onboarding` is a step number from 1 up", at: value)
                    }
                }
            case "role", "roles":
                for name in reader.strings(value, key: key) ?? [] {
                    if let role = Role(rawValue: name) {
                        frontMatter.roles.append(role)
                    } else {
                        let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                        reader.error("unknown role `\(name)`; use one of \(known)", at: value)
                    }
                }
            default:
                break
            }
        }
        frontMatter.roles = Array(Set(frontMatter.roles)).sorted()
        return frontMatter
    }
}
