/// What each output is made from. Every page shows the navigation, so every page depends on
/// the structure: each document's path and front matter, which drafts exist, which files are
/// published, and whether there are pipeline and calendar pages. A document page adds its own
/// body and date; the pages that list documents with their dates (home, sections) and the
/// sitemap add every document's date; the pipeline pages the snapshot; the calendar pages the
/// calendar file. Dates stay out of the structure: a document's date is its file's time where
/// it comes from `mtime` (or from `git` before its first commit), and in the structure every
/// save would make every page again.
extension SiteRenderer {
    static func structure(of input: Input) -> Fingerprint {
        var fingerprint = input.inputs.base
        for document in documentsInOrder(input) {
            fingerprint.combine(document.sourcePath)
            fingerprint.combine(document.frontMatterFingerprint)
        }
        for path in input.draftPaths.sorted() { fingerprint.combine(path) }
        for file in input.tree.staticFiles.map(\.sourcePath).sorted() { fingerprint.combine(file) }
        fingerprint.combine(input.pipeline == nil ? 0 : 1)
        fingerprint.combine(input.calendar.isEmpty ? 0 : 1)
        return fingerprint
    }

    /// Every document's date, for the outputs that show them all.
    static func documentDates(of input: Input) -> Fingerprint {
        var fingerprint = Fingerprint()
        for document in documentsInOrder(input) {
            fingerprint.combine(document.sourcePath)
            fingerprint.combine(date(of: document, in: input))
        }
        return fingerprint
    }

    /// The pages in the order the tree keeps them sorted in, then the sections' indexes.
    private static func documentsInOrder(_ input: Input) -> some Sequence<Document> {
        input.tree.pagesInOrder.lazy.map(\.document) + input.tree.indexDocuments.values.sortedByCodePoint(of: \.sourcePath)
    }

    private static func date(of document: Document, in input: Input) -> Int {
        input.lastUpdated[document.sourcePath].map { Int($0.timeIntervalSince1970) } ?? -1
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

    /// A document page's inputs: the structure, its own date and body, and the glossary's body
    /// when it links terms. Without arrays: it is asked of every page on every build.
    func documentInputs(_ document: Document) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.combine(structure)
        fingerprint.combine(Self.date(of: document, in: input))
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
            + changesSeries(kpi).flatMap { [SiteURL.outputPath(of: KPIPaths.changes(since: $0.id)), KPIPaths.changesJSON(since: $0.id)] }
    }

    func calendarOutputPaths(_ calendar: CalendarContext) -> [String] {
        [SiteURL.outputPath(of: CalendarPaths.root), CalendarPaths.feed, CalendarPaths.json]
            + calendar.entries.flatMap { entry in
                [SiteURL.outputPath(of: CalendarPaths.series(entry.series.id)), CalendarPaths.seriesFeed(entry.series.id)]
            }
    }
}
