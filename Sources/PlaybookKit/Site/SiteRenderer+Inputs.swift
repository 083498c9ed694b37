/// What each output is made from. Every page shows the navigation, so every page depends on
/// the structure: each document's path, front matter and date, which drafts exist, which
/// files are published, and whether there are pipeline and calendar pages. A document page
/// adds its own body; the pipeline pages the snapshot; the calendar pages the calendar file.
extension SiteRenderer {
    static func structure(of input: Input) -> Fingerprint {
        var fingerprint = input.inputs.base
        // The pages in the order the tree keeps them sorted in, then the sections' indexes.
        let documents = input.tree.pagesInOrder.lazy.map(\.document)
            + input.tree.indexDocuments.values.sortedByCodePoint(of: \.sourcePath)
        for document in documents {
            fingerprint.combine(document.sourcePath)
            fingerprint.combine(document.frontMatterFingerprint)
            fingerprint.combine(input.lastUpdated[document.sourcePath].map { Int($0.timeIntervalSince1970) } ?? -1)
        }
        for path in input.draftPaths.sorted() { fingerprint.combine(path) }
        for file in input.tree.staticFiles.map(\.sourcePath).sorted() { fingerprint.combine(file) }
        fingerprint.combine(input.pipeline == nil ? 0 : 1)
        fingerprint.combine(input.calendar.isEmpty ? 0 : 1)
        return fingerprint
    }

    func inputs(_ parts: Fingerprint?..., body document: Document? = nil, bodies: [Document] = []) -> Fingerprint {
        var fingerprint = Fingerprint()
        for part in parts {
            if let part { fingerprint.combine(part) } else { fingerprint.combine(0) }
        }
        for document in ([document].compactMap { $0 } + bodies) {
            fingerprint.combine(document.sourcePath)
            fingerprint.combine(document.bodyFingerprint)
        }
        return fingerprint
    }

    /// A document page's inputs, as `inputs(structure, body: document, bodies: glossaryDependency(of: document))`
    /// gives them, without the arrays: it is asked of every page on every build.
    func documentInputs(_ document: Document) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.combine(structure)
        fingerprint.combine(document.sourcePath)
        fingerprint.combine(document.bodyFingerprint)
        if let glossary, linksTerms(document) {
            fingerprint.combine(glossary.page.document.sourcePath)
            fingerprint.combine(glossary.page.document.bodyFingerprint)
        }
        return fingerprint
    }

    /// Every file `kpiFiles` makes, so that a build where none of their inputs changed can
    /// keep them all without making them.
    func kpiOutputPaths(_ kpi: KPIContext) -> [String] {
        KPIView.allCases.map { SiteURL.outputPath(of: $0.path) } + kpi.paths.repPages.map(SiteURL.outputPath(of:)) + [KPIPaths.metricsJSON]
            + changesSeries(kpi).map { SiteURL.outputPath(of: KPIPaths.changes(since: $0.id)) }
    }

    func calendarOutputPaths(_ calendar: CalendarContext) -> [String] {
        [SiteURL.outputPath(of: CalendarPaths.root), CalendarPaths.feed, CalendarPaths.json]
            + calendar.entries.flatMap { entry in
                [SiteURL.outputPath(of: CalendarPaths.series(entry.series.id)), CalendarPaths.seriesFeed(entry.series.id)]
            }
    }
}
