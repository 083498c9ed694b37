import Foundation

/// The words the templates show, per language (`site-templates/i18n/vi.yml`), so that no
/// visible string is written into a template or into code.
public struct StringsTable: Sendable, Equatable {
    public var language: String
    public var strings: [String: String]
    /// False when the file could not be read whole: a key it lacks may only be unread, so
    /// templates are not told of each missing word on top of the file's own error.
    public var isComplete = true

    public subscript(key: String) -> String {
        strings[key] ?? key
    }

    public static func load(language: String, templatesRoot: URL, displayRoot: String) -> (StringsTable, [Diagnostic]) {
        let relative = "i18n/\(language).yml"
        let display = displayRoot + "/" + relative
        let url = templatesRoot.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (StringsTable(language: language, strings: [:], isComplete: false), [
                .error("no strings table for language `\(language)`; add \(display) or set `language` to one that exists", in: display),
            ])
        }
        switch SourceText.read(url, displayPath: display) {
        case .failure(let diagnostic):
            return (StringsTable(language: language, strings: [:], isComplete: false), [diagnostic])
        case .success(let text):
            var reader = YAMLReader(file: display)
            var strings: [String: String] = [:]
            for (key, value) in reader.parseMapping(text, what: "the strings table") ?? [] {
                if let string = reader.string(value, key: key) { strings[key] = string }
            }
            let isComplete = !reader.diagnostics.contains { $0.severity == .error }
            return (StringsTable(language: language, strings: strings, isComplete: isComplete), reader.diagnostics)
        }
    }
}
