import Foundation

/// Reads `content/`: every Markdown document with its front matter, and the files that are
/// published as they are. Folders and files are visited in code-point order so that the
/// result never depends on the file system's directory order.
public struct ContentLoader {
    /// Folders under `content/` that hold data for other stages, never published as pages.
    public static let reservedFolders: Set<String> = ["data"]
    private static let unpublishedExtensions: Set<String> = ["yml", "yaml"]

    /// Whether a path of `content/` is kept out of the site whatever it holds: a YAML file
    /// (the calendar, settings) or anything in a reserved folder (the CRM's data).
    static func isNeverPublished(_ relativePath: String) -> Bool {
        let top = relativePath.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        return reservedFolders.contains(top) || unpublishedExtensions.contains(fileExtension(of: relativePath))
    }

    public let root: URL
    /// How paths are shown in messages, e.g. `content`.
    public let displayRoot: String

    public init(root: URL, displayRoot: String) {
        self.root = root.standardizedFileURL
        self.displayRoot = displayRoot
    }

    public struct Loaded: Sendable {
        public var documents: [Document] = []
        public var staticFiles: [StaticFile] = []
        public var diagnostics: [Diagnostic] = []
        /// What this load learnt, for the next one to start from.
        public var cache = DocumentCache()
        /// The record it started from.
        public var previousCache: DocumentCache?
    }

    /// A Markdown file found by the walk, not yet read.
    private struct MarkdownFile {
        var path: String
        var relativePath: String
        var stamp: FileStamp?
    }

    /// What the walk finds, in code-point order of paths.
    private struct Listing {
        var markdown: [MarkdownFile] = []
        var staticFiles: [StaticFile] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Reads every file, except Markdown files that the record `cache` returns has, and
    /// that have not changed since: those are taken from it, their bodies read only when
    /// asked for. The folders are walked (unless `walk` is their walk, made by this build)
    /// while the record is decoded, and files are read and parsed on every core.
    public func load(walk madeWalk: FolderWalk? = nil, reusing cache: () -> DocumentCache? = { nil }) -> Loaded {
        var loaded = Loaded()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            loaded.diagnostics.append(.error("the content folder does not exist; create it or pass --content DIR", in: displayRoot))
            return loaded
        }
        var previous: DocumentCache?
        var walk = madeWalk
        _ = [false, true].concurrentMap { walks in
            if walks { walk = walk ?? FolderWalk(root: root.path) } else { previous = cache() }
        }
        let listing = list(walk!)
        let outcomes = listing.markdown.concurrentMap { load($0, reusing: previous) }
        loaded.staticFiles = listing.staticFiles
        loaded.diagnostics = listing.diagnostics
        loaded.documents.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            loaded.diagnostics += outcome.diagnostics
            if let document = outcome.document { loaded.documents.append(document) }
        }
        loaded.cache.set(
            Self.entries(of: listing.markdown, outcomes, previous: previous),
            inOrder: zip(listing.markdown, outcomes).compactMap { file, outcome in outcome.entry == nil ? nil : file.relativePath })
        loaded.previousCache = previous
        return loaded
    }

    /// The next record's entries: the previous record's, changed where a file was read
    /// again, when every file it names is still there; else made anew. A rebuild after an
    /// edit then changes one entry instead of filing ten thousand.
    private static func entries(of files: [MarkdownFile], _ outcomes: [Outcome], previous: DocumentCache?) -> [String: DocumentCache.Entry] {
        if let previous {
            var entries = previous.entries
            var stillListed = 0
            for (file, outcome) in zip(files, outcomes) {
                if outcome.isFromRecord {
                    stillListed += 1
                    continue
                }
                if previous.entries[file.relativePath] != nil { stillListed += 1 }
                entries[file.relativePath] = outcome.entry
            }
            if stillListed == previous.entries.count { return entries }
        }
        var entries: [String: DocumentCache.Entry] = [:]
        entries.reserveCapacity(outcomes.count)
        for (file, outcome) in zip(files, outcomes) {
            if let entry = outcome.entry { entries[file.relativePath] = entry }
        }
        return entries
    }

    public func displayPath(_ relativePath: String) -> String {
        relativePath.isEmpty ? displayRoot : displayRoot + "/" + relativePath
    }

    /// The walk's files sorted into documents and files published as they are; the
    /// reserved folders are left out, and links followed only to files inside `content/`.
    private func list(_ walk: FolderWalk) -> Listing {
        var listing = Listing()
        listing.diagnostics = walk.listingProblems(displayPath: displayPath, isLeftOut: isReserved)
        // The CRM's files are read by later stages, not published; a link among them may not
        // lead out of content/ either (the config may name files outside, a link may not).
        for entry in walk.entries where entry.kind == .link && isReserved(entry.relativePath) {
            let target = LinkTarget(of: entry.path, inside: root.path)
            if target == .outside || target == .nowhere, let problem = target.problem(at: displayPath(entry.relativePath), folder: "content folder") {
                listing.diagnostics.append(problem)
            }
        }
        for entry in walk.entries where !isReserved(entry.relativePath) {
            let stamp: FileStamp?
            switch entry.kind {
            case .folder: continue
            case .file(let fileStamp): stamp = fileStamp
            case .link:
                guard followsLink(entry, diagnostics: &listing.diagnostics) else { continue }
                stamp = FileStamp(path: entry.path)
            case .other, .unreadable:
                if let problem = entry.kindProblem(displayPath: displayPath) { listing.diagnostics.append(problem) }
                continue
            }
            switch Self.fileExtension(of: entry.relativePath) {
            case "md": listing.markdown.append(MarkdownFile(path: entry.path, relativePath: entry.relativePath, stamp: stamp))
            case let other where Self.unpublishedExtensions.contains(other): continue
            default: listing.staticFiles.append(StaticFile(sourcePath: entry.relativePath))
            }
        }
        return listing
    }

    /// Read as bytes, as `fileExtension(of:)` is: the walk's every entry passes both.
    private func isReserved(_ relativePath: String) -> Bool {
        var path = relativePath
        return path.withUTF8 { bytes in
            let top = bytes[..<(bytes.firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex)]
            return Self.reservedFolderNames.contains { $0.elementsEqual(top) }
        }
    }

    private static let reservedFolderNames = reservedFolders.map { Array($0.utf8) }

    /// The lowercased extension of the last name of a path, `""` without one; dots at the end
    /// of a name are passed over (`notes.md.` is Markdown), as the file's name ends there.
    /// Found in the path's bytes: walking its string indices cost more than the rest of
    /// sorting a file.
    static func fileExtension(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
            var nameEnd = bytes.count
            while nameEnd > nameStart, bytes[nameEnd - 1] == UInt8(ascii: ".") { nameEnd -= 1 }
            let name = bytes[nameStart..<nameEnd]
            guard nameEnd < bytes.count || name.contains(UInt8(ascii: ".")) else { return "" }
            let extensionStart = name.lastIndex(of: UInt8(ascii: ".")).map { $0 + 1 } ?? nameStart
            return String(decoding: bytes[extensionStart..<nameEnd], as: UTF8.self).lowercased()
        }
    }

    /// Symbolic links are followed only to files inside `content/`.
    private func followsLink(_ entry: FolderWalk.Entry, diagnostics: inout [Diagnostic]) -> Bool {
        guard let problem = LinkTarget(of: entry.path, inside: root.path).problem(at: displayPath(entry.relativePath), folder: "content folder") else { return true }
        diagnostics.append(problem)
        return false
    }

    /// One file's document, problems and record entry; whether the entry is the record's own.
    private struct Outcome {
        var document: Document?
        var diagnostics: [Diagnostic] = []
        var entry: DocumentCache.Entry?
        var isFromRecord = false
    }

    private func load(_ file: MarkdownFile, reusing cache: DocumentCache?) -> Outcome {
        if let stamp = file.stamp, let entry = cache?.entry(for: file.relativePath, stamp: stamp) {
            return Outcome(document: Document(cached: entry, sourcePath: file.relativePath, file: file.path), entry: entry, isFromRecord: true)
        }
        switch SourceText.read(path: file.path, displayPath: displayPath(file.relativePath)) {
        case .failure(let diagnostic):
            return Outcome(diagnostics: [diagnostic])
        case .success(let text):
            let (document, diagnostics) = DocumentParser.parse(text, sourcePath: file.relativePath, displayPath: displayPath(file.relativePath))
            guard let document, diagnostics.isEmpty, let stamp = file.stamp else { return Outcome(document: document, diagnostics: diagnostics) }
            return Outcome(document: document, entry: DocumentCache.Entry(
                stamp: stamp, frontMatter: document.frontMatter, bodyFirstLine: document.bodyFirstLine,
                frontMatterFingerprint: document.frontMatterFingerprint, bodyFingerprint: document.bodyFingerprint))
        }
    }
}

/// Turns one document's text into a `Document`.
public enum DocumentParser {
    public static func parse(_ text: String, sourcePath: String, displayPath: String) -> (Document?, [Diagnostic]) {
        switch FrontMatterSplit.split(text) {
        case .failure:
            return (nil, [.error("front matter starts with `---` on line 1 but has no closing `---` line", in: displayPath, at: SourcePosition(line: 1, column: 1))])
        case .success(let split):
            var reader = YAMLReader(file: displayPath, firstLine: split.yamlFirstLine)
            let frontMatter = split.yaml.map { FrontMatter.parse($0, reader: &reader) } ?? FrontMatter()
            let source = text.utf8
            let document = Document(
                sourcePath: sourcePath, frontMatter: frontMatter, body: split.body, bodyFirstLine: split.bodyFirstLine,
                frontMatterFingerprint: .of(bytes: source.prefix(source.count - split.body.utf8.count)))
            return (document, reader.diagnostics)
        }
    }
}
