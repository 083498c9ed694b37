/// The calendar as the pages need it, computed once: every series' starts within the
/// window (a year either side of the site's day) and the checklist items each series uses.
struct CalendarContext: Sendable {
    struct Entry: Sendable {
        var series: MeetingSeries
        var starts: [LocalDateTime]
        /// The checklist document's page and its items under the referenced heading.
        var checklistPage: ContentTree.Page?
        var checklist: [TaskItem]
    }

    let today: LocalDay
    let window: ClosedRange<LocalDay>
    let entries: [Entry]

    init(series: [MeetingSeries], today: LocalDay, tree: ContentTree, markdown: MarkdownRenderer, diagnostics: inout [Diagnostic]) {
        self.today = today
        let window = Self.shifted(today, years: -1)...Self.shifted(today, years: 1)
        self.window = window
        var entries: [Entry] = []
        for one in series {
            var entry = Entry(
                series: one, starts: one.starts(through: window.upperBound).filter { $0.day >= window.lowerBound },
                checklistPage: nil, checklist: [])
            if let reference = one.checklist {
                switch Self.checklist(reference, tree: tree, markdown: markdown) {
                case .success(let (page, items)):
                    entry.checklistPage = page
                    entry.checklist = items
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                }
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The same day of the month `years` away (28 February for a 29th in a common year).
    static func shifted(_ day: LocalDay, years: Int) -> LocalDay {
        let (year, month, dayOfMonth) = day.components
        let target = year + years
        return LocalDay(year: target, month: month, day: min(dayOfMonth, LocalDay.daysIn(month: month, year: target)))!
    }

    /// The task items of the document, or of the heading's section (its subsections too).
    private static func checklist(
        _ reference: MeetingSeries.ChecklistReference, tree: ContentTree, markdown: MarkdownRenderer
    ) -> Result<(ContentTree.Page, [TaskItem]), Diagnostic> {
        guard let page = tree.pages[reference.document] else {
            return .failure(.error(
                "checklist `\(reference.document)` is not a document of content/; write its path from the content folder",
                in: reference.file, at: reference.position))
        }
        let rendered = markdown.render(page.document.body)
        guard let anchor = reference.anchor else { return .success((page, rendered.taskItems)) }
        guard let start = rendered.headings.firstIndex(where: { $0.id == anchor }) else {
            let known = rendered.headings.map { "#" + $0.id }.joined(separator: ", ")
            return .failure(.error(
                "`\(reference.document)` has no heading `#\(anchor)`; its headings are \(known)",
                in: reference.file, at: reference.position))
        }
        let level = rendered.headings[start].level
        let end = rendered.headings[(start + 1)...].firstIndex { $0.level <= level } ?? rendered.headings.count
        return .success((page, rendered.taskItems.filter { item in
            item.headingIndex.map { (start..<end).contains($0) } ?? false
        }))
    }

    /// Every start from `day` on, of every series, in time order, at most `limit`.
    func upcoming(from day: LocalDay, limit: Int) -> [(entry: Entry, start: LocalDateTime)] {
        let all = entries.flatMap { entry in entry.starts.filter { $0.day >= day }.map { (entry, $0) } }
        return Array(all.sorted { ($0.1, $0.0.series.id) < ($1.1, $1.0.series.id) }.prefix(limit))
    }
}
