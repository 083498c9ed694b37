import Foundation
import Synchronization

/// One Markdown file of the playbook, read and split but not yet rendered. A class, and
/// immutable: the tree, the renderer and the search index each hold every document, and
/// copying a struct of a dozen counted fields was most of a rebuild with nothing to do.
public final class Document: Sendable, Equatable {
    /// Path relative to `content/`, with `/` separators: the document's identity.
    public let sourcePath: String
    /// The folder relative to `content/`, `""` at the top.
    public let folder: String
    public let fileName: Substring
    public let frontMatter: FrontMatter
    public let bodyFirstLine: Int
    /// The bytes before the body (front matter and its delimiters): what lists, navigation
    /// and links are made from, so what every page depends on.
    public let frontMatterFingerprint: Fingerprint
    /// The body's text: what the document's own page is made from.
    public let bodyFingerprint: Fingerprint
    private let text: DocumentBody

    /// A document whose text is at hand.
    public init(sourcePath: String, frontMatter: FrontMatter, body: String, bodyFirstLine: Int, frontMatterFingerprint: Fingerprint) {
        self.sourcePath = sourcePath
        (self.folder, self.fileName) = Self.split(sourcePath)
        self.frontMatter = frontMatter
        self.bodyFirstLine = bodyFirstLine
        self.frontMatterFingerprint = frontMatterFingerprint
        self.bodyFingerprint = Fingerprint.of(body)
        self.text = DocumentBody(body)
    }

    /// A document known from an earlier build's record: its body is read from `file` only
    /// when something needs it (its page is made again, or it feeds another page).
    init(cached entry: DocumentCache.Entry, sourcePath: String, file: String) {
        self.sourcePath = sourcePath
        (self.folder, self.fileName) = Self.split(sourcePath)
        self.frontMatter = entry.frontMatter
        self.bodyFirstLine = entry.bodyFirstLine
        self.frontMatterFingerprint = entry.frontMatterFingerprint
        self.bodyFingerprint = entry.bodyFingerprint
        self.text = DocumentBody(readingLazilyFrom: file)
    }

    /// The Markdown after the front matter.
    public var body: String { text.value }

    public static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.sourcePath == rhs.sourcePath && lhs.frontMatter == rhs.frontMatter && lhs.bodyFirstLine == rhs.bodyFirstLine
            && lhs.frontMatterFingerprint == rhs.frontMatterFingerprint && lhs.bodyFingerprint == rhs.bodyFingerprint
    }

    /// A folder's `_index.md` describes the folder's section rather than a page of its own.
    public var isSectionIndex: Bool { fileName == "_index.md" }

    /// The folder and the file name, split at the last `/` once: the tree asks for them of
    /// every document several times, and finding a `/` by `Character` walks graphemes.
    private static func split(_ path: String) -> (folder: String, fileName: Substring) {
        guard let slash = path.lastIndex(ofByte: UInt8(ascii: "/")) else { return ("", path[...]) }
        return (String(path[..<slash]), path[path.utf8.index(after: slash)...])
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

/// A document's body: the text as read, or read from the file the first time it is asked
/// for. A rebuild where one file changed then reads one file, not every file. Pages render
/// on several threads, so the first read is behind a lock, kept inside the body: a lock
/// object of its own per document cost an allocation and its set-up for each of them.
final class DocumentBody: Sendable {
    private let text: Mutex<String?>
    private let file: String?

    init(_ text: String) {
        self.text = Mutex(text)
        self.file = nil
    }

    init(readingLazilyFrom file: String) {
        self.text = Mutex(nil)
        self.file = file
    }

    var value: String {
        text.withLock { text in
            if let text { return text }
            // The file was read and checked when it was recorded, and its size and times say
            // it has not changed since; should it vanish now, the page is made from nothing
            // and the next build, seeing it gone, makes everything that named it again.
            let read = file.flatMap { try? SourceText.read(path: $0, displayPath: $0).get() }
            let body = read.flatMap { try? FrontMatterSplit.split($0).get().body } ?? ""
            text = body
            return body
        }
    }
}

/// A non-Markdown file under `content/` that is published as it is (images, PDFs).
public struct StaticFile: Sendable, Equatable {
    public var sourcePath: String
}
