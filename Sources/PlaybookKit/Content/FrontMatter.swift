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
    public var positions = KeyPositions()

    public init() {}
}

/// Where each front-matter key's value was written, in the order the keys were. A handful
/// per document, asked for only to place an error: a list, where a dictionary per document
/// was a tenth of decoding the document record at 10,000 documents.
public struct KeyPositions: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public private(set) var pairs: [(key: String, position: SourcePosition)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, SourcePosition)...) {
        for (key, position) in elements { self[key] = position }
    }

    public subscript(key: String) -> SourcePosition? {
        get { pairs.first { $0.key == key }?.position }
        set {
            let index = pairs.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let position?): pairs[index].position = position
            case (let index?, nil): pairs.remove(at: index)
            case (nil, let position?): pairs.append((key, position))
            case (nil, nil): break
            }
        }
    }

    public var count: Int { pairs.count }

    mutating func reserveCapacity(_ count: Int) {
        pairs.reserveCapacity(count)
    }

    /// Adds a key known not to be there yet.
    mutating func append(_ key: String, _ position: SourcePosition) {
        pairs.append((key, position))
    }

    public static func == (lhs: KeyPositions, rhs: KeyPositions) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.key == $1.key && $0.position == $1.position }
    }
}

extension FrontMatter {
    /// The keys `parse` reads.
    static let keys = ["title", "description", "weight", "order", "section", "slug", "draft", "glossary", "aliases", "onboarding", "role", "roles"]

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
