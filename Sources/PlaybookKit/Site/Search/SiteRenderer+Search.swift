/// What the site search finds: every section and document page (title, description,
/// headings with their anchors, text), and by name the pipeline's reps and customers and the
/// calendar's meeting series, when the site has those pages.
extension SiteRenderer {
    var searchLayout: SearchIndexLayout {
        SearchIndexLayout(pageCount: input.tree.sections.count + input.tree.pages.count, customerCount: kpi?.snapshot.customers.count ?? 0)
    }

    /// A page of the index: a section or a document.
    struct SearchPage {
        var path: String
        var title: String
        var description: String?
        var document: Document?
    }

    /// Sections, home first, then documents, each in path order.
    func searchPages() -> [SearchPage] {
        let tree = input.tree
        let sections = tree.sections.keys.sorted().map { folder in
            let section = tree.sections[folder]!
            return SearchPage(
                path: section.urlPath, title: folder.isEmpty ? input.config.title : section.title,
                description: folder.isEmpty ? Optional(section.description ?? input.config.description) : section.description,
                document: section.indexDocument.flatMap { tree.indexDocuments[$0] })
        }
        let documents = tree.pagesInOrder.map { page in
            SearchPage(path: page.urlPath, title: page.document.title, description: page.document.frontMatter.description, document: page.document)
        }
        return sections + documents
    }

    /// Emits the index, each file made again only when what it holds changed: part 0 when a
    /// title, description or heading did (headings of bodies the last build indexed come
    /// from its record), a text part when one of its pages did, the customer parts with the
    /// snapshot. An edit to one page then renders that page's Markdown, not every page's.
    mutating func emitSearchIndex(reuse: ReusePolicy, emit: (OutputFile) throws -> Void) throws {
        let pages = searchPages()
        let documents = pages.compactMap(\.document)
        let layout = searchLayout
        let headPath = SearchIndexLayout.path(ofPart: 0)
        let headInputs = inputs(structure, input.inputs.snapshot, input.inputs.calendar, bodies: documents)
        let makesHead = !reuse(headPath, headInputs)
        // Each text part's inputs fingerprint its pages' paths, descriptions and bodies: on
        // every core, as they are most of deciding after an edit which parts still hold.
        let textParts = Array(stride(from: 0, to: pages.count, by: SearchIndexLayout.pagesOfTextPerFile).enumerated()).concurrentMap { offset, start in
            let range = start..<min(start + SearchIndexLayout.pagesOfTextPerFile, pages.count)
            return (part: 1 + layout.customerFileCount + offset, range: range, inputs: textInputs(pages[range], firstPage: start))
        }
        let madeTextParts = textParts.filter { !reuse(SearchIndexLayout.path(ofPart: $0.part), $0.inputs) }

        let recorded = makesHead ? input.searchHeadings : nil
        // A record of the same pages in the same order is updated where a body changed, its
        // entries found by place; otherwise it is made anew.
        let keptByPlace = recorded?.entriesByPlace(for: documents)
        let updatesRecorded = keptByPlace != nil
        // The record's headings of each page whose body is as it was, by page number.
        var kept = [SearchHeadingCache.Entry?](repeating: nil, count: makesHead ? pages.count : 0)
        if let recorded {
            let documentPages = pages.indices.filter { pages[$0].document != nil }
            for (number, entry) in zip(documentPages, keptByPlace ?? documents.map(recorded.entry(for:))) { kept[number] = entry }
        }
        // Pages rendered in this build found their outlines already; the others are
        // rendered here, and only those whose text or headings a file made again needs.
        var rendering = Set(madeTextParts.flatMap(\.range))
        if makesHead {
            rendering.formUnion(pages.indices.filter { pages[$0].document != nil && kept[$0] == nil })
        }
        let numbers = rendering.sorted().filter { pages[$0].document.map { searchOutlines[$0.sourcePath] == nil } ?? false }
        let markdown = self.markdown
        var outlines = searchOutlines
        for (number, outline) in zip(numbers, numbers.concurrentMap { SearchOutline(pages[$0].document!, markdown.render(pages[$0].document!.body)) }) {
            outlines[pages[number].document!.sourcePath] = outline
        }
        let outline = { (page: SearchPage) in page.document.flatMap { outlines[$0.sourcePath] } }
        // The text parts, most of the index's work and independent of each other, are made
        // on every core and written in their order below.
        let madeTexts = madeTextParts.concurrentMap { part in
            let texts = part.range.map { number in
                let page = pages[number]
                let sectionTexts = outline(page)?.sectionTexts ?? [""]
                return SearchEntry(
                    path: page.path, title: page.title,
                    texts: [(page.description ?? "") + " " + sectionTexts[0]] + sectionTexts.dropFirst()).texts
            }
            return (part.part, SearchIndexScript.textPart(part.part, firstPage: part.range.lowerBound, texts: texts).made(from: part.inputs))
        }
        let madeTextFiles = Dictionary(uniqueKeysWithValues: madeTexts)

        if makesHead {
            var made = updatesRecorded ? recorded! : SearchHeadingCache()
            if !updatesRecorded { made.reserveCapacity(documents.count) }
            var content = Fingerprint()
            content.combine(structure)
            content.combine(input.inputs.snapshot ?? Fingerprint())
            content.combine(input.inputs.calendar ?? Fingerprint())
            for (page, kept) in zip(pages, kept) {
                guard let document = page.document else { continue }
                // Headings are the body's alone: the record's, for a body as it was, are the
                // ones an outline made now would hold (the unchanged pages rely on it too).
                let entry = kept ?? outlines[document.sourcePath].map { SearchHeadingCache.Entry(body: document.bodyFingerprint, headings: $0.headings) }
                    ?? SearchHeadingCache.Entry(body: document.bodyFingerprint, headings: [])
                if !updatesRecorded || kept == nil { made.add(entry, for: document.sourcePath) }
                content.combine(document.sourcePath)
                content.combine(entry.headingsFingerprint)
            }
            made.headInputs = headInputs
            made.headContent = content
            searchHeadingsMade = made
            if let recorded, recorded.headContent == content, reuse(headPath, recorded.headInputs) {
                try emit(Self.unchanged(headPath, headInputs))
            } else {
                let entries = pages.map { page in
                    SearchEntry(
                        path: page.path, title: page.title,
                        headings: page.document.flatMap { made[$0.sourcePath]?.headings } ?? [])
                }
                try emit(SearchIndexScript.head(pages: entries, records: searchRecords(), layout: layout).made(from: headInputs))
            }
        } else {
            try emit(Self.unchanged(headPath, headInputs))
        }
        try emitGroup(
            (0..<layout.customerFileCount).map { SearchIndexLayout.path(ofPart: 1 + $0) }, inputs(structure, input.inputs.snapshot),
            reuse: reuse, emit: emit) { SearchIndexScript.customerParts(searchCustomers()) }
        for part in textParts {
            try emit(madeTextFiles[part.part] ?? Self.unchanged(SearchIndexLayout.path(ofPart: part.part), part.inputs))
        }
    }

    /// A text part holds its pages' numbers, descriptions and bodies' text: nothing of the
    /// templates, so editing a template leaves it as it was.
    private func textInputs(_ pages: ArraySlice<SearchPage>, firstPage: Int) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.combine(input.inputs.base)
        fingerprint.combine(firstPage)
        for page in pages {
            fingerprint.combine(page.path)
            fingerprint.combine(page.description ?? "")
            fingerprint.combine(page.document?.bodyFingerprint ?? Fingerprint())
        }
        return fingerprint
    }

    /// Reps and meeting series (their description is Markdown): few, so they go in the
    /// first file with the titles.
    func searchRecords() -> [SearchEntry] {
        let reps = kpi.map { kpi in
            zip(kpi.snapshot.reps, kpi.paths.repPages).map { rep, path in
                SearchEntry(path: path, title: rep.name, label: input.strings["kpi_rep"])
            }
        } ?? []
        let series = calendar.map { calendar in
            calendar.entries.map { entry in
                SearchEntry(
                    path: CalendarPaths.series(entry.series.id), title: entry.series.title,
                    label: input.strings["cal_title"], texts: [markdown.render(entry.series.description).sectionTexts.joined(separator: " ")])
            }
        } ?? []
        return reps + series
    }

    /// Each customer opens its row on its rep's page.
    func searchCustomers() -> [SearchEntry] {
        guard let kpi else { return [] }
        let snapshot = kpi.snapshot
        return snapshot.customers.enumerated().map { index, customer in
            SearchEntry(
                path: kpi.paths.repPages[customer.rep], fragment: kpi.customerAnchors[index], title: customer.name,
                label: input.strings["kpi_customer"] + " · " + snapshot.reps[customer.rep].name)
        }
    }
}
