/// What the search index takes from a document's rendered Markdown: its headings, and the
/// text before the first heading and under each. Glossary links and rewritten links change
/// neither, so the page's own render serves the index.
struct SearchOutline: Sendable {
    var sourcePath: String
    var headings: [SearchEntry.Heading]
    var sectionTexts: [String]

    init(_ document: Document, _ rendered: RenderedMarkdown) {
        self.sourcePath = document.sourcePath
        self.headings = rendered.headings.map { SearchEntry.Heading(text: $0.text, anchor: $0.id) }
        self.sectionTexts = rendered.sectionTexts
    }
}
