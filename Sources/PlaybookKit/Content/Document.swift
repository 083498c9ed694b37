/// One Markdown file of the playbook, read and split but not yet rendered.
public struct Document: Sendable, Equatable {
    /// Path relative to `content/`, with `/` separators: the document's identity.
    public var sourcePath: String
    public var frontMatter: FrontMatter
    public var body: String
    public var bodyFirstLine: Int
    /// The whole file's text, the input the document's pages are made from.
    public var sourceText: String

    public var fileName: Substring { sourcePath.split(separator: "/").last ?? "" }

    /// A folder's `_index.md` describes the folder's section rather than a page of its own.
    public var isSectionIndex: Bool { fileName == "_index.md" }

    public var folder: String {
        guard let slash = sourcePath.lastIndex(of: "/") else { return "" }
        return String(sourcePath[..<slash])
    }

    public var stem: String {
        String(fileName.dropLast(".md".count))
    }

    /// The front matter title, else the file name made readable.
    public var title: String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        return Self.readableTitle(fromName: stem)
    }

    /// `hang-tuan` -> `Hang Tuan`: a stand-in title for files and folders without one.
    public static func readableTitle(fromName name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// A non-Markdown file under `content/` that is published as it is (images, PDFs).
public struct StaticFile: Sendable, Equatable {
    public var sourcePath: String
}
