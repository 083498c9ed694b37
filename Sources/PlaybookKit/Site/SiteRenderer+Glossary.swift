/// Term links: documents with `glossary: true` link each glossary term on its first use.
extension SiteRenderer {
    /// The terms to link in `document` on the page at `url`.
    func glossaryTerms(for document: Document, url: SiteURL) -> [LinkedTerm] {
        guard let glossary, linksTerms(document) else { return [] }
        return glossary.terms(from: url)
    }

    /// The glossary's own text, for a page of `document` that links its terms: which words
    /// become links, and their anchors, come from it.
    func glossaryDependency(of document: Document?) -> [Document] {
        guard let glossary, let document, linksTerms(document) else { return [] }
        return [glossary.page.document]
    }

    /// The glossary itself links none: every term there is defined, not used.
    func linksTerms(_ document: Document) -> Bool {
        document.frontMatter.glossary && document.sourcePath != glossary?.page.document.sourcePath
    }

    /// Documents ask for term links that no glossary can give: a warning at the config key.
    static func missingGlossaryWarning(_ input: Input, glossary: Glossary?) -> [Diagnostic] {
        let documents = input.tree.pages.values.map(\.document) + input.tree.indexDocuments.values
        guard glossary == nil, documents.contains(where: \.frontMatter.glossary) else { return [] }
        let config = input.config
        return [.warning(
            "`glossary` names `\(config.glossaryPage)`, which is not a published document of content/; the documents with `glossary: true` get no term links",
            in: config.sourceFile, at: config.positions["glossary"])]
    }
}
