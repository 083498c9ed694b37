/// The glossary document's terms. Every `##` or `###` heading with no `###` under it names a
/// term (a `##` over `###` headings groups them), and ` / ` separates spellings of one term:
/// `### CRM / Hubspot` links both words to that heading.
struct Glossary: Sendable {
    struct Entry: Sendable, Equatable {
        var phrases: [String]
        var anchor: String
    }

    let page: ContentTree.Page
    let entries: [Entry]

    /// The glossary the config names, when it is a published document.
    init?(tree: ContentTree, config: SiteConfig, markdown: MarkdownRenderer) {
        guard let page = tree.pages[config.glossaryPage] else { return nil }
        self.page = page
        self.entries = Self.entries(of: markdown.render(page.document.body).headings)
    }

    static func entries(of headings: [MarkdownHeading]) -> [Entry] {
        headings.indices.compactMap { index in
            let heading = headings[index]
            let groupsTerms = heading.level == 2 && index + 1 < headings.count && headings[index + 1].level == 3
            guard (2...3).contains(heading.level), !groupsTerms else { return nil }
            let phrases = heading.text.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return Entry(phrases: phrases, anchor: heading.id)
        }
    }

    /// The terms with their links as written on the page at `url`.
    func terms(from url: SiteURL) -> [LinkedTerm] {
        entries.flatMap { entry in
            let destination = url.page(page.urlPath, fragment: entry.anchor)
            return entry.phrases.map { LinkedTerm(phrase: $0, destination: destination) }
        }
    }
}
