/// The Markdown of the sample handbook's files, shaped like the team's documents.
enum HandbookMarkdown {
    typealias Link = (title: String, href: String)

    /// About 2.4 KB: front matter, an intro with a link, a purpose with a bullet list, two
    /// steps under `###` headings (perhaps with a tip), a task list, a three-row table and the other links.
    static func document(_ plan: SampleHandbook.DocumentPlan, links: [Link], _ random: inout SampleRandom) -> String {
        var text = frontMatter(title: plan.title, description: plan.description, weight: plan.weight)
        text += "role: [\(plan.roles.map(\.rawValue).joined(separator: ", "))]\n---\n\n"
        text += HandbookProse.paragraph(sentences: 2, &random)
        if let first = links.first { text += " Xem thêm [\(first.title)](\(first.href))." }
        text += "\n\n## \(random.pick(HandbookProse.purposeHeadings))\n\n\(HandbookProse.paragraph(sentences: 2, &random))\n\n"
        text += (0..<3).map { _ in "- \(HandbookProse.timedTask(&random))\n" }.joined()
        text += "\n## \(random.pick(HandbookProse.stepsHeadings))\n"
        for step in 1...2 {
            text += "\n### Bước \(step): \(HandbookProse.task(&random))\n\n\(HandbookProse.paragraph(sentences: 2, &random))"
            if random.chance(percent: 50) { text += " " + HandbookProse.note(&random) }
            text += "\n"
        }
        text += "\n## \(random.pick(HandbookProse.checklistHeadings))\n\n"
        text += (0..<4).map { _ in "- [\(random.chance(percent: 25) ? "x" : " ")] \(HandbookProse.task(&random))\n" }.joined()
        text += "\n## \(random.pick(HandbookProse.summaryHeadings))\n\n" + HandbookProse.tableHeader
        text += (0..<3).map { _ in HandbookProse.tableRow(&random) }.joined()
        let related = links.dropFirst()
        if !related.isEmpty {
            text += "\n## \(random.pick(HandbookProse.relatedHeadings))\n\n"
            text += related.map { "- [\($0.title)](\($0.href))\n" }.joined()
        }
        return text
    }

    /// A section's title, description and weight, an intro and, on a top-level section, links
    /// to its subsections' `_index.md`.
    static func sectionIndex(_ section: HandbookSection, _ random: inout SampleRandom) -> String {
        var text = frontMatter(title: section.title, description: section.description, weight: section.weight) + "---\n\n"
        text += HandbookProse.paragraph(sentences: 2, &random) + "\n"
        guard section.isTopLevel else { return text }
        let subsections = HandbookSections.all.filter { $0.folder.hasPrefix(section.folder + "/") }
        return text + "\n" + subsections.map { subsection in
            "- [\(subsection.title)](\(relativeLink(from: section.folder, to: subsection.folder + "/_index.md"))): \(subsection.description)\n"
        }.joined()
    }

    static func home(title: String, description: String, _ random: inout SampleRandom) -> String {
        var text = "---\ntitle: \"\(title)\"\ndescription: \"\(description)\"\n---\n\n"
        text += HandbookProse.paragraph(sentences: 2, &random) + "\n\n## Các phần của sổ tay\n\n"
        return text + HandbookSections.all.filter(\.isTopLevel).map { section in
            "- [\(section.title)](\(section.folder)/_index.md): \(section.description)\n"
        }.joined()
    }

    /// The path of content file `path` as written in a document of `folder`:
    /// `../../ban-hang/tu-van/demo-tong-dai-ao-0042.md`.
    static func relativeLink(from folder: String, to path: String) -> String {
        let from = folder.split(separator: "/")
        let to = path.split(separator: "/")
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[shared] == to[shared] { shared += 1 }
        return (Array(repeating: "..", count: from.count - shared) + to[shared...].map(String.init)).joined(separator: "/")
    }

    /// The front matter's common keys, open for more; values are quoted because titles hold `:`.
    private static func frontMatter(title: String, description: String, weight: Int) -> String {
        "---\ntitle: \"\(title)\"\ndescription: \"\(description)\"\nweight: \(weight)\n"
    }
}
