import Foundation
import Mustache

/// The site's Mustache templates: page layouts in `layouts/`, shared pieces in `partials/`.
/// Loading checks what swift-mustache would only discover while rendering (a missing partial
/// renders as nothing; a template that includes itself never finishes), so every template
/// mistake is reported with its file and line before a page is written.
public struct TemplateSet: Sendable {
    public static let requiredLayouts = ["home", "page", "section", "404", "alias", "sitemap"]
    static let folders = ["layouts", "partials"]

    private let library: MustacheLibrary
    /// Source text of every template by name, the input each rendered page depends on.
    public let sources: [String: String]
    /// The parsed templates, and the text (its strings inlined) of those that use the site's
    /// values: these are parsed again, the values written in, for each page depth.
    private let parsed: [String: MustacheTemplate]
    private let siteDependent: [String: String]
    private let librariesBySite = RenderCache<SiteView, MustacheLibrary>()

    /// For a view with no `site` (an alias, the sitemap).
    func render(_ viewModel: Any, layout: String) -> String {
        library.render(viewModel, withTemplate: layout) ?? ""
    }

    func render(_ view: some SiteScopedView, layout: String) -> String {
        library(for: view.site).render(view, withTemplate: layout) ?? ""
    }

    /// The templates with `site`'s values written in. Within a page every `site` a template
    /// can reach is the page's own: views hold no other.
    private func library(for site: SiteView) -> MustacheLibrary {
        guard !siteDependent.isEmpty else { return library }
        return librariesBySite.value(for: site) { site in
            var templates = parsed
            for (name, text) in siteDependent {
                if let template = try? MustacheTemplate(string: PlaybookHTMLEscaping.pragma + TemplateStringInlining.inline(text, site: site)) {
                    templates[name] = template
                }
            }
            return MustacheLibrary(templates: templates)
        }
    }

    public static func load(from root: URL, displayRoot: String, strings: StringsTable) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        var files: [String: String] = [:]
        var parsed: [String: MustacheTemplate] = [:]
        var siteDependent: [String: String] = [:]
        for folder in folders {
            let folderURL = root.appendingPathComponent(folder, isDirectory: true)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? []
            for fileName in names.sorted() where fileName.hasSuffix(".mustache") && !fileName.hasPrefix(".") {
                let name = String(fileName.dropLast(".mustache".count))
                let display = "\(displayRoot)/\(folder)/\(fileName)"
                if let other = files[name] {
                    diagnostics.append(.error("template name `\(name)` is also used by \(other); rename one of them", in: display))
                    continue
                }
                switch SourceText.read(folderURL.appendingPathComponent(fileName), displayPath: display) {
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                case .success(let text):
                    files[name] = display
                    sources[name] = text
                    let inlined = TemplateStringInlining.inline(text, strings: strings)
                    if let template = try? MustacheTemplate(string: PlaybookHTMLEscaping.pragma + inlined) {
                        parsed[name] = template
                        if inlined.contains("site.") { siteDependent[name] = inlined }
                    } else {
                        diagnostics.append(syntaxError(in: text, display: display))
                    }
                }
            }
        }
        for layout in requiredLayouts where files[layout] == nil {
            diagnostics.append(.error("missing the `\(layout)` layout; add \(displayRoot)/layouts/\(layout).mustache", in: displayRoot))
        }
        diagnostics += checkReferences(sources: sources, files: files, strings: strings)
        guard diagnostics.allSatisfy({ $0.severity != .error }) else { return (nil, diagnostics) }
        let set = TemplateSet(library: MustacheLibrary(templates: parsed), sources: sources, parsed: parsed, siteDependent: siteDependent)
        return (set, diagnostics)
    }

    /// The error of a template that does not parse, found by parsing it again as written, so
    /// that its line and column are the file's, not those after the pragma put first.
    private static func syntaxError(in text: String, display: String) -> Diagnostic {
        do {
            _ = try MustacheTemplate(string: text)
            return .error("template syntax: the template does not parse with the escaping pragma put before it", in: display)
        } catch let error as MustacheTemplate.ParserError {
            return .error(
                "template syntax: \(describe(error.error))", in: display,
                at: SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber))
        } catch {
            return .error("template syntax: \(error)", in: display)
        }
    }

    private static func checkReferences(sources: [String: String], files: [String: String], strings: StringsTable) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var includes: [String: [(name: String, position: SourcePosition)]] = [:]
        for (name, text) in sources {
            let display = files[name]!
            for tag in TemplateTag.scan(text) {
                switch tag.kind {
                case .partial, .parent:
                    if sources[tag.name] == nil {
                        diagnostics.append(.error("no template named `\(tag.name)`; add \(tag.name).mustache to partials/ or fix the name", in: display, at: tag.position))
                    } else {
                        includes[name, default: []].append((tag.name, tag.position))
                    }
                case .dynamicPartial:
                    diagnostics.append(.error("dynamic partials (`{{>*name}}`) are not supported; name the partial", in: display, at: tag.position))
                case .variable:
                    if strings.isComplete, tag.name.hasPrefix("t."), strings.strings[String(tag.name.dropFirst(2))] == nil {
                        diagnostics.append(.error("no string `\(tag.name.dropFirst(2))` in the strings table for `\(strings.language)`; add it to i18n/\(strings.language).yml", in: display, at: tag.position))
                    }
                }
            }
        }
        for name in sources.keys.sorted() {
            if let cycle = findCycle(from: name, includes: includes) {
                let first = includes[name]!.first { $0.name == cycle[1] }!
                diagnostics.append(.error("template includes itself: \(cycle.joined(separator: " -> ")); break the loop", in: files[name]!, at: first.position))
            }
        }
        return diagnostics
    }

    /// A path of includes leading from `start` back to `start`, if there is one.
    private static func findCycle(from start: String, includes: [String: [(name: String, position: SourcePosition)]]) -> [String]? {
        var visited: Set<String> = []
        func walk(_ name: String, path: [String]) -> [String]? {
            for include in includes[name] ?? [] {
                if include.name == start { return path + [start] }
                if visited.insert(include.name).inserted, let cycle = walk(include.name, path: path + [include.name]) {
                    return cycle
                }
            }
            return nil
        }
        return walk(start, path: [start])
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with `}}`"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid set-delimiter tag"
        case MustacheTemplate.Error.transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection: return "only `{{$block}}` overrides may stand inside `{{<parent}}`"
        case MustacheTemplate.Error.textInsideInheritSection: return "text inside `{{<parent}}` must be inside a `{{$block}}`"
        default: return "\(error)"
        }
    }
}
