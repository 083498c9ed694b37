import Yams

/// Reads a YAML mapping into typed values, turning every type mistake into a diagnostic
/// that points at the offending node. Decoding with `Codable` would lose the positions.
struct YAMLReader {
    let file: String
    /// Where the YAML text starts in `file` (front matter starts on line 2).
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    /// Resolves no tags: what the reader asks of a node (`int`, `bool`, `null`) Yams reads
    /// from its text and style, not its resolved tag. The default resolver tried seven
    /// regular expressions on every key and value (Yams' duplicate check hashes each key with
    /// its tag): 3% of a clean build.
    private static let resolver = Resolver.basic
    /// Made once: `Constructor.default` builds three tables of closures on every call, and
    /// composing never calls them. Shared by every thread that reads; nothing writes to it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    init(file: String, firstLine: Int = 1) {
        self.file = file
        self.firstLine = firstLine
    }

    /// Parses `text` as one YAML document whose root must be a mapping (or empty).
    mutating func parseMapping(_ text: String, what: String) -> [(key: String, value: Node)]? {
        let root: Node?
        do {
            // `.utf8` named, not `.default`: the default reads the process environment on
            // every call, a tenth of loading a large handbook.
            root = try Yams.compose(yaml: text, Self.resolver, Self.constructor, .utf8)
        } catch let error as YamlError {
            report(error, text: text)
            return nil
        } catch {
            diagnostics.append(.error("cannot read \(what): \(error)", in: file, at: position(line: 1, column: 1)))
            return nil
        }
        guard let root else { return [] }
        if case .scalar(let scalar) = root, scalar.string.isEmpty { return [] }
        guard let mapping = root.mapping else {
            diagnostics.append(.error("\(what) must be a mapping of `key: value` lines", in: file, at: position(of: root)))
            return nil
        }
        var seen: Set<String> = []
        var pairs: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                diagnostics.append(.error("\(what) keys must be plain names", in: file, at: position(of: keyNode)))
                continue
            }
            if !seen.insert(key).inserted {
                diagnostics.append(.error("duplicate key `\(key)`", in: file, at: position(of: keyNode)))
                continue
            }
            pairs.append((key, value))
        }
        return pairs
    }

    mutating func string(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else { return mismatch(node, key: key, expected: "a text") }
        if scalar.style == .plain && node.null != nil { return nil }
        return TextFolding.normalized(scalar.string)
    }

    mutating func integer(_ node: Node, key: String) -> Int? {
        guard let scalar = node.scalar, let value = Self.plainDecimal(scalar) ?? node.int else {
            return mismatch(node, key: key, expected: "a whole number")
        }
        return value
    }

    /// The number a plain scalar of decimal digits (perhaps after a `-`, not starting with a
    /// `0` that YAML would read as octal) holds, read as Yams reads it, with `Int(_:)`; nil
    /// for any other text, which Yams then reads. Yams' own path strips underscores and tries
    /// four radix prefixes first: 16,000 instructions for every `weight:`.
    static func plainDecimal(_ scalar: Node.Scalar) -> Int? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        let text = scalar.string.utf8
        let digits = text.first == UInt8(ascii: "-") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              digits.first != UInt8(ascii: "0") || text.count == 1 else { return nil }
        return Int(scalar.string)
    }

    mutating func bool(_ node: Node, key: String) -> Bool? {
        guard node.scalar != nil, let value = node.bool else {
            return mismatch(node, key: key, expected: "true or false")
        }
        return value
    }

    /// A list of texts; a single text is accepted as a list of one.
    mutating func strings(_ node: Node, key: String) -> [String]? {
        if node.scalar != nil, let single = string(node, key: key) { return [single] }
        guard let sequence = node.sequence else {
            return mismatch(node, key: key, expected: "a list of texts")
        }
        var values: [String] = []
        for item in sequence {
            guard let value = item.scalar?.string else {
                return mismatch(item, key: key, expected: "a text")
            }
            values.append(TextFolding.normalized(value))
        }
        return values
    }

    mutating func mapping(_ node: Node, key: String) -> [(key: String, value: Node)]? {
        guard let mapping = node.mapping else {
            return mismatch(node, key: key, expected: "a mapping of `key: value` lines")
        }
        return mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.value) } }
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, in: file, at: position(of: node)))
    }

    /// An error inside a node's text, e.g. at one character of a value.
    mutating func error(_ message: String, at position: SourcePosition) {
        diagnostics.append(.error(message, in: file, at: position))
    }

    mutating func warning(_ message: String, at node: Node) {
        diagnostics.append(.warning(message, in: file, at: position(of: node)))
    }

    func position(of node: Node) -> SourcePosition {
        guard let mark = node.mark else { return position(line: 1, column: 1) }
        return position(line: mark.line, column: mark.column)
    }

    private func position(line: Int, column: Int) -> SourcePosition {
        SourcePosition(line: firstLine + line - 1, column: column)
    }

    /// libyaml names only the mapping that repeats a key; the user needs the repeat itself.
    private static func secondOccurrence(ofKey key: String, in text: String) -> SourcePosition? {
        var seen = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix(while: { $0 == " " || $0 == "-" }).count
            let rest = line.dropFirst(indentation)
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            if seen { return SourcePosition(line: index + 1, column: indentation + 1) }
            seen = true
        }
        return nil
    }

    private mutating func mismatch<T>(_ node: Node, key: String, expected: String) -> T? {
        diagnostics.append(.error("`\(key)` must be \(expected)", in: file, at: position(of: node)))
        return nil
    }

    private mutating func report(_ error: YamlError, text: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            diagnostics.append(.error("invalid YAML: \(detail)", in: file, at: position(line: mark.line, column: mark.column)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            for key in duplicates {
                let repeated = Self.secondOccurrence(ofKey: key, in: text)
                    ?? SourcePosition(line: context.mark.line, column: context.mark.column)
                diagnostics.append(.error("duplicate key `\(key)`", in: file, at: position(line: repeated.line, column: repeated.column)))
            }
        default:
            diagnostics.append(.error("invalid YAML: \(error)", in: file, at: position(line: 1, column: 1)))
        }
    }
}
