/// The index as the scripts `assets/search.js` loads with `<script src>` (no `fetch`, which
/// a browser refuses from `file://`). Each file is one call, `window.playbookSearch.add(part)`:
///
/// - part 0: `{"part": 0, "parts": N, "entries": [entry, …]}`, pages first, then records;
/// - a customer part: `{"part": k, "entries": [entry, …]}`;
/// - a text part: `{"part": k, "texts": [[entry number, [text, …]], …]}`, for pages of part 0.
///
/// An entry is `[path, title, headings, label, texts]`, the last two left off when empty
/// (label `null` when only texts follow). `path` ends in `#fragment` when it has one. A
/// heading is its text, or `[text, anchor]` when the anchor is not the text's slug (which
/// the script computes, as `AnchorAllocator` does): most anchors then cost nothing.
/// Strings go through `JSONText`, which escapes `<`, `>` and `&`: CRM names cannot close
/// the script or open a tag.
enum SearchIndexScript {
    /// Part 0: every page's title and headings, then the records (with their texts).
    static func head(pages: [SearchEntry], records: [SearchEntry], layout: SearchIndexLayout) -> OutputFile {
        // On every core: it is made last, when the pages leave them nothing else.
        let entries = pages.concurrentMap { entry($0, withTexts: false) } + records.concurrentMap { entry($0, withTexts: true) }
        return file(0, [("part", "0"), ("parts", String(layout.fileCount)), ("entries", lines(entries))])
    }

    static func customerParts(_ customers: [SearchEntry]) -> [OutputFile] {
        stride(from: 0, to: customers.count, by: SearchIndexLayout.customersPerFile).enumerated().map { offset, start in
            let slice = customers[start..<min(start + SearchIndexLayout.customersPerFile, customers.count)]
            return file(1 + offset, [("part", String(1 + offset)), ("entries", lines(slice.map { entry($0, withTexts: false) }))])
        }
    }

    /// The texts of the pages numbered from `firstPage`, in the order of part 0's entries.
    static func textPart(_ part: Int, firstPage: Int, texts: [[String]]) -> OutputFile {
        let rows = texts.enumerated().map { offset, texts in
            JSONText.array([String(firstPage + offset), JSONText.array(texts.map(JSONText.quoted))])
        }
        return file(part, [("part", String(part)), ("texts", lines(rows))])
    }

    private static func file(_ part: Int, _ members: [(String, String)]) -> OutputFile {
        OutputFile(path: SearchIndexLayout.path(ofPart: part), content: .text("window.playbookSearch.add(" + JSONText.object(members) + ");\n"))
    }

    private static func entry(_ entry: SearchEntry, withTexts: Bool) -> String {
        let path = entry.path + (entry.fragment.map { "#" + $0 } ?? "")
        var fields = [JSONText.quoted(path), JSONText.quoted(entry.title), JSONText.array(entry.headings.map(heading))]
        let texts = withTexts && entry.texts.contains { !$0.isEmpty } ? entry.texts : []
        if entry.label != nil || !texts.isEmpty { fields.append(entry.label.map(JSONText.quoted) ?? "null") }
        if !texts.isEmpty { fields.append(JSONText.array(texts.map(JSONText.quoted))) }
        return JSONText.array(fields)
    }

    private static func heading(_ heading: SearchEntry.Heading) -> String {
        let slug = TextFolding.slug(heading.text)
        return !slug.isEmpty && slug == heading.anchor
            ? JSONText.quoted(heading.text)
            : JSONText.array([JSONText.quoted(heading.text), JSONText.quoted(heading.anchor)])
    }

    /// One element a line, so a large index reads and diffs well.
    private static func lines(_ values: [String]) -> String {
        "[\n" + values.joined(separator: ",\n") + "\n]"
    }
}
