import Foundation
import Yams

/// `playbook.yml`: the site-wide settings. Every key is optional.
public struct SiteConfig: Sendable, Equatable {
    public enum LastUpdatedSource: String, Sendable, CaseIterable {
        /// The last commit that touched the file, else its modification time.
        case git
        case mtime
        case off
    }

    public enum SlugSource: String, Sendable, CaseIterable {
        case filename, title
    }

    public var title = "Playbook"
    public var description = ""
    public var language = "vi"
    public var timezone = "Asia/Ho_Chi_Minh"
    public var baseURL: String?
    /// Top-level entries in the order the navigation shows them: section folders or
    /// document paths relative to `content/`. Unlisted entries follow by weight.
    public var navigation: [String] = []
    public var allowsRawHTML = false
    public var lastUpdated = LastUpdatedSource.git
    public var slugs = SlugSource.filename
    /// False builds the handbook without any pipeline page (a public handbook).
    public var pipelineEnabled = true
    /// The snapshot, relative to the content folder.
    public var snapshot = "data/pipeline.json"
    /// The document, relative to the content folder, that defines the numbers; the pipeline
    /// pages link to it when it exists.
    public var definitionsPage = "so-lieu/cach-tinh.md"
    /// How old the snapshot may be, in seconds, before its pages warn that it is stale.
    public var staleAfter = 36 * 3600
    /// The dated snapshots (`YYYY-MM-DD.json`), relative to the content folder.
    public var historyFolder = "data/history"
    /// How many of the newest dated snapshots the build reads.
    public var historyKeep = 120
    public var care = CareSettings()
    /// The glossary document, relative to the content folder: its `##`/`###` headings are the
    /// terms linked in documents with `glossary: true`.
    public var glossaryPage = "thuat-ngu.md"
    /// The meeting calendar, relative to the content folder; used when it exists.
    public var calendarFile = "lich-hop.yml"
    /// Where each key was written, for errors found after parsing.
    public var positions: [String: SourcePosition] = [:]
    /// The config file as messages name it.
    public var sourceFile = SiteConfig.fileName

    public init() {}

    public var timeZone: TimeZone {
        TimeZone(identifier: timezone) ?? TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    }
}

extension SiteConfig {
    public static let fileName = "playbook.yml"

    /// Parses the config text; the file's absence means all defaults.
    public static func parse(_ text: String, file: String) -> (SiteConfig, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        var config = SiteConfig()
        config.sourceFile = file
        guard let pairs = reader.parseMapping(text, what: "the configuration") else {
            return (config, reader.diagnostics)
        }
        for (key, value) in pairs {
            config.positions[key] = reader.position(of: value)
            switch key {
            case "title": config.title = reader.string(value, key: key) ?? config.title
            case "description": config.description = reader.string(value, key: key) ?? ""
            case "language":
                guard let language = reader.string(value, key: key) else { continue }
                if Self.isLanguageCode(language) {
                    config.language = language
                } else {
                    reader.error("`language` must be a language code such as vi or en (it names site-templates/i18n/<language>.yml); found `\(language)`", at: value)
                }
            case "timezone":
                let zone = reader.string(value, key: key) ?? config.timezone
                if TimeZone(identifier: zone) == nil {
                    reader.error("unknown time zone `\(zone)`; use an IANA name such as Asia/Ho_Chi_Minh", at: value)
                } else {
                    config.timezone = zone
                }
            case "base_url":
                guard let text = reader.string(value, key: key) else { break }
                config.baseURL = normalizedBaseURL(text)
                if config.baseURL == nil { reader.error(baseURLRule, at: value) }
            case "navigation": config.navigation = reader.strings(value, key: key) ?? []
            case "last_updated":
                config.lastUpdated = choice(value, key: key, reader: &reader) ?? config.lastUpdated
            case "slugs":
                config.slugs = choice(value, key: key, reader: &reader) ?? config.slugs
            case "pipeline":
                for (option, optionValue) in reader.mapping(value, key: key) ?? [] {
                    switch option {
                    case "enabled": config.pipelineEnabled = reader.bool(optionValue, key: "pipeline.enabled") ?? true
                    case "snapshot": config.snapshot = reader.string(optionValue, key: "pipeline.snapshot") ?? config.snapshot
                    case "definitions": config.definitionsPage = reader.string(optionValue, key: "pipeline.definitions") ?? config.definitionsPage
                    case "stale_after":
                        guard let text = reader.string(optionValue, key: "pipeline.stale_after") else { continue }
                        if let seconds = AgeText.seconds(text) {
                            config.staleAfter = seconds
                        } else {
                            reader.error("`pipeline.stale_after` is not a length of time; \(AgeText.rule)", at: optionValue)
                        }
                    case "history": config.historyFolder = reader.string(optionValue, key: "pipeline.history") ?? config.historyFolder
                    case "history_keep":
                        guard let count = reader.integer(optionValue, key: "pipeline.history_keep") else { continue }
                        if (1...10_000).contains(count) {
                            config.historyKeep = count
                        } else {
                            reader.error("`pipeline.history_keep` must be a number of snapshots from 1 to 10000", at: optionValue)
                        }
                    default:
                        reader.error("unknown key `pipeline.\(option)`; use `enabled`, `snapshot`, `definitions`, `stale_after`, `history` or `history_keep`", at: optionValue)
                    }
                }
            case "calendar":
                config.calendarFile = reader.string(value, key: key) ?? config.calendarFile
            case "glossary":
                config.glossaryPage = reader.string(value, key: key) ?? config.glossaryPage
            case "care":
                for (option, optionValue) in reader.mapping(value, key: key) ?? [] {
                    let keyPath: WritableKeyPath<CareSettings, Int>
                    switch option {
                    case "repeat_window_days": keyPath = \.repeatWindowDays
                    case "neglect_days": keyPath = \.neglectDays
                    case "stale_days": keyPath = \.staleDays
                    default:
                        reader.error("unknown key `care.\(option)`; use repeat_window_days, neglect_days or stale_days", at: optionValue)
                        continue
                    }
                    guard let days = reader.integer(optionValue, key: "care.\(option)") else { continue }
                    if (1...3650).contains(days) {
                        config.care[keyPath: keyPath] = days
                    } else {
                        reader.error("`care.\(option)` must be a number of days from 1 to 3650", at: optionValue)
                    }
                }
            case "markdown":
                for (option, optionValue) in reader.mapping(value, key: key) ?? [] {
                    if option == "allow_raw_html" {
                        config.allowsRawHTML = reader.bool(optionValue, key: "markdown.allow_raw_html") ?? false
                    } else {
                        reader.error("unknown key `markdown.\(option)`; the only one is `allow_raw_html`", at: optionValue)
                    }
                }
            default:
                reader.warning("unknown key `\(key)` is ignored", at: value)
            }
        }
        return (config, reader.diagnostics)
    }

    private static func choice<Option: RawRepresentable & CaseIterable>(
        _ node: Yams.Node, key: String, reader: inout YAMLReader
    ) -> Option? where Option.RawValue == String {
        guard let text = reader.string(node, key: key) else { return nil }
        if let option = Option(rawValue: text) { return option }
        let allowed = Option.allCases.map(\.rawValue).joined(separator: ", ")
        reader.error("`\(key)` must be one of \(allowed)", at: node)
        return nil
    }

    /// Whether `path` (relative to the content folder) is the snapshot or a history file.
    public func holdsPipelineData(_ path: String) -> Bool {
        func normalized(_ text: String) -> String {
            var text = Substring(text)
            while text.hasPrefix("./") { text = text.dropFirst(2) }
            while text.hasSuffix("/") { text = text.dropLast() }
            return String(text)
        }
        return path == normalized(snapshot) || path.hasPrefix(normalized(historyFolder) + "/")
    }

    public static let baseURLRule = "`base_url` must be an http or https address without a query or fragment, such as https://example.com/playbook/"

    /// The base URL with a trailing slash; nil unless it is an absolute http(s) address that
    /// page paths can follow (no `?query`, no `#fragment`, no `..`).
    public static func normalizedBaseURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              ["http", "https"].contains(scheme), url.host != nil,
              url.query == nil, url.fragment == nil, !url.path.split(separator: "/").contains(".."),
              url.port.map({ (1...65_535).contains($0) }) ?? true else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// A language names the strings table `i18n/<language>.yml`: a code such as `vi` or
    /// `pt-BR`, never a path.
    static func isLanguageCode(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 35 && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }
}
