/// What the site search finds: every section and document page (title, description,
/// headings with their anchors, text), and by name the pipeline's reps and customers and the
/// calendar's meeting series, when the site has those pages.
extension SiteRenderer {
    var searchLayout: SearchIndexLayout {
        SearchIndexLayout(pageCount: input.tree.sections.count + input.tree.pages.count, customerCount: kpi?.snapshot.customers.count ?? 0)
    }

    /// Every body is indexed, so the index is made again when any changes, or the snapshot
    /// or calendar does.
    var searchInputs: Fingerprint {
        let tree = input.tree
        let documents = (tree.pages.values.map(\.document) + tree.indexDocuments.values).sorted { $0.sourcePath < $1.sourcePath }
        return inputs(structure, input.inputs.snapshot, input.inputs.calendar, bodies: documents)
    }

    func searchFiles() -> [OutputFile] {
        SearchIndexScript.files(pages: searchPages(), records: searchRecords(), customers: searchCustomers(), layout: searchLayout)
    }

    /// Sections, home first, then documents, each in path order.
    func searchPages() -> [SearchEntry] {
        let tree = input.tree
        let sections = tree.sections.keys.sorted().map { folder in
            let section = tree.sections[folder]!
            return (
                path: section.urlPath, title: folder.isEmpty ? input.config.title : section.title,
                description: folder.isEmpty ? Optional(section.description ?? input.config.description) : section.description,
                document: section.indexDocument.flatMap { tree.indexDocuments[$0] })
        }
        let documents = tree.pages.keys.sorted().map { path in
            let page = tree.pages[path]!
            return (path: page.urlPath, title: page.document.title, description: page.document.frontMatter.description, document: Optional(page.document))
        }
        let markdown = self.markdown
        return (sections + documents).concurrentMap { page in
            let rendered = page.document.map { markdown.render($0.body) }
            let texts = rendered?.sectionTexts ?? [""]
            return SearchEntry(
                path: page.path, title: page.title,
                headings: rendered?.headings.map { SearchEntry.Heading(text: $0.text, anchor: $0.id) } ?? [],
                texts: [(page.description ?? "") + " " + texts[0]] + texts.dropFirst())
        }
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
