/// A made-up handbook of any size for benchmarks: the config, a home text, twenty sections
/// and `pages` documents that look like the team's own (front matter, headings, lists, a task
/// list, a table and links to other documents, none broken). It brings no templates: it is
/// built with the repository's `site-templates/`. The same options give the same bytes.
public struct SampleHandbook {
    /// One file of the playbook folder, by its path relative to that folder.
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String
    }

    /// What a document is called and where it sits, decided before any text is written so
    /// that every document can link to any other by its title.
    struct DocumentPlan {
        /// Relative to `content/`.
        let path: String
        let section: HandbookSection
        let title: String
        let description: String
        let weight: Int
        let roles: [Role]
        /// Indexes of the documents it links to.
        let links: [Int]
    }

    static let title = "Sổ tay bán hàng (mẫu)"
    static let description = "Sổ tay mẫu của team Sales, tạo tự động để đo thời gian build."
    private static let planStream: UInt64 = 1
    private static let sectionTextStream: UInt64 = 2
    /// Each document draws its prose from its own stream, so the prose depends on the
    /// document's index and the seed only.
    private static let firstDocumentStream: UInt64 = 1 << 32

    public let options: SampleHandbookOptions
    let documents: [DocumentPlan]

    public init(options: SampleHandbookOptions) throws(InvalidSampleOptions) {
        try options.validate()
        self.options = options
        documents = Self.plan(options)
    }

    public var documentCount: Int { documents.count }
    public static var sectionCount: Int { HandbookSections.all.count }

    /// The sidebar of every page lists the documents of its top-level section, so a
    /// top-level section that grew with the handbook would make every page grow with it; as
    /// in a handbook that grew, the subsections take the rest.
    static let documentsPerTopLevelSection = 8

    /// Document `index` goes to section `index % 20` or, once that top-level section is
    /// full, to one of its subsections in turn. Weights count up within each section, so
    /// any site generator that sorts by weight reads a section in the same order.
    private static func plan(_ options: SampleHandbookOptions) -> [DocumentPlan] {
        var random = SampleRandom(seed: options.seed, stream: planStream)
        let sections = HandbookSections.all
        let subsections = sections.map { section in
            sections.indices.filter { sections[$0].folder.hasPrefix(section.folder + "/") }
        }
        var counts = Array(repeating: 0, count: sections.count)
        let numberWidth = max(4, String(options.pages).count)
        return (0..<options.pages).map { index in
            var place = index % sections.count
            if sections[place].isTopLevel && counts[place] >= documentsPerTopLevelSection {
                place = subsections[place][index / sections.count % subsections[place].count]
            }
            counts[place] += 1
            let section = sections[place]
            let topic = random.pick(section.topics)
            let roles = HandbookProse.roles.filter { _ in random.chance(percent: 40) }
            return DocumentPlan(
                path: section.folder + "/" + TextFolding.slug(topic) + "-" + String(index + 1).leftPadded(to: numberWidth) + ".md",
                section: section,
                title: "\(topic): \(random.pick(HandbookProse.qualifiers))",
                description: HandbookProse.sentence(&random),
                weight: counts[place],
                roles: roles.isEmpty ? [random.pick(HandbookProse.roles)] : roles,
                links: linkTargets(of: index, among: options.pages, &random))
        }
    }

    /// Two or three other documents, or as many as there are.
    private static func linkTargets(of index: Int, among count: Int, _ random: inout SampleRandom) -> [Int] {
        let wanted = min(random.int(in: 2...3), count - 1)
        var targets: [Int] = []
        while targets.count < wanted {
            let target = random.below(count)
            if target != index && !targets.contains(target) { targets.append(target) }
        }
        return targets
    }

    /// `playbook.yml`, the home text, each section's `_index.md`, then the documents in
    /// index order.
    public func forEachFile(_ body: (File) throws -> Void) rethrows {
        try body(File(path: "playbook.yml", text: Self.config))
        var random = SampleRandom(seed: options.seed, stream: Self.sectionTextStream)
        try body(File(path: "content/_index.md", text: HandbookMarkdown.home(title: Self.title, description: Self.description, &random)))
        for section in HandbookSections.all {
            try body(File(path: "content/\(section.folder)/_index.md", text: HandbookMarkdown.sectionIndex(section, &random)))
        }
        for (index, document) in documents.enumerated() {
            var random = SampleRandom(seed: options.seed, stream: Self.firstDocumentStream + UInt64(index))
            let links = document.links.map { target in
                (title: documents[target].title, href: HandbookMarkdown.relativeLink(from: document.section.folder, to: documents[target].path))
            }
            try body(File(path: "content/" + document.path, text: HandbookMarkdown.document(document, links: links, &random)))
        }
    }

    public var files: [File] {
        var files: [File] = []
        forEachFile { files.append($0) }
        return files
    }

    /// No `last_updated` from git (the corpus is no repository) and no KPI pages: the build
    /// measured is the handbook's alone.
    static let config = """
        # Made by `playbook sample-handbook`; build it with the repository's site-templates/.
        title: \(title)
        description: \(description)
        language: vi
        last_updated: off
        pipeline:
          enabled: false

        """
}
