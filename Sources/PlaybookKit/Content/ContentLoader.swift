import Foundation

/// Reads `content/`: every Markdown document with its front matter, and the files that are
/// published as they are. Folders and files are visited in code-point order so that the
/// result never depends on the file system's directory order.
public struct ContentLoader {
    /// Folders under `content/` that hold data for other stages, never published as pages.
    public static let reservedFolders: Set<String> = ["data"]
    private static let unpublishedExtensions: Set<String> = ["yml", "yaml"]

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
    /// asked for. The record is decoded while the folders are walked, and files are read
    /// and parsed on every core.
    public func load(reusing cache: () -> DocumentCache? = { nil }) -> Loaded {
        var loaded = Loaded()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            loaded.diagnostics.append(.error("the content folder does not exist; create it or pass --content DIR", in: displayRoot))
            return loaded
        }
        var previous: DocumentCache?
        var listing = Listing()
        _ = [false, true].concurrentMap { walks in
            if walks { visit(folder: "", into: &listing) } else { previous = cache() }
        }
        let outcomes = listing.markdown.concurrentMap { load($0, reusing: previous) }
        loaded.staticFiles = listing.staticFiles
        loaded.diagnostics = listing.diagnostics
        loaded.cache.entries.reserveCapacity(outcomes.count)
        for (file, outcome) in zip(listing.markdown, outcomes) {
            loaded.diagnostics += outcome.diagnostics
            if let document = outcome.document { loaded.documents.append(document) }
            if let entry = outcome.entry { loaded.cache.entries[file.relativePath] = entry }
        }
        loaded.previousCache = previous
        return loaded
    }

    public func displayPath(_ relativePath: String) -> String {
        relativePath.isEmpty ? displayRoot : displayRoot + "/" + relativePath
    }

    private func visit(folder: String, into loaded: inout Listing) {
        let folderPath = folder.isEmpty ? root.path : root.path + "/" + folder
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folderPath)
        } catch {
            loaded.diagnostics.append(.error("cannot list the folder; check its permissions", in: displayPath(folder)))
            return
        }
        for name in names.map(TextFolding.normalized).sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            if name.hasPrefix(".") { continue }
            let relativePath = folder.isEmpty ? name : folder + "/" + name
            if folder.isEmpty && Self.reservedFolders.contains(name) { continue }
            let path = folderPath + "/" + name
            switch entryKind(path, relativePath: relativePath, diagnostics: &loaded.diagnostics) {
            case .folder: visit(folder: relativePath, into: &loaded)
            case .file(let stamp): list(path, relativePath: relativePath, stamp: stamp, into: &loaded)
            case .skipped: continue
            }
        }
    }

    private enum EntryKind {
        case folder
        /// A file, with its stamp (its link's target's, for a symbolic link).
        case file(FileStamp?)
        case skipped
    }

    /// Symbolic links are followed only to files inside `content/`.
    private func entryKind(_ path: String, relativePath: String, diagnostics: inout [Diagnostic]) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            diagnostics.append(.error("cannot read this entry; check its permissions", in: displayPath(relativePath)))
            return .skipped
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file(FileStamp(info))
        case S_IFLNK:
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("symbolic link points nowhere (or into a loop); remove it or fix its target", in: displayPath(relativePath)))
                return .skipped
            }
            guard resolved.path.hasPrefix(root.path + "/") else {
                diagnostics.append(.error("symbolic link points outside the content folder; copy the file in instead", in: displayPath(relativePath)))
                return .skipped
            }
            if isDirectory.boolValue {
                diagnostics.append(.warning("symbolic links to folders are not followed", in: displayPath(relativePath)))
                return .skipped
            }
            return .file(FileStamp(path: path))
        default:
            diagnostics.append(.warning("not a regular file; skipped", in: displayPath(relativePath)))
            return .skipped
        }
    }

    private func list(_ path: String, relativePath: String, stamp: FileStamp?, into listing: inout Listing) {
        let name = relativePath.split(separator: "/").last ?? ""
        let fileExtension = name.contains(".") ? name.split(separator: ".").last!.lowercased() : ""
        if fileExtension == "md" {
            listing.markdown.append(MarkdownFile(path: path, relativePath: relativePath, stamp: stamp))
        } else if !Self.unpublishedExtensions.contains(fileExtension) {
            listing.staticFiles.append(StaticFile(sourcePath: relativePath))
        }
    }

    private func load(_ file: MarkdownFile, reusing cache: DocumentCache?) -> (document: Document?, diagnostics: [Diagnostic], entry: DocumentCache.Entry?) {
        if let stamp = file.stamp, let entry = cache?.entry(for: file.relativePath, stamp: stamp) {
            return (Document(cached: entry, sourcePath: file.relativePath, file: file.path), [], entry)
        }
        switch SourceText.read(URL(fileURLWithPath: file.path), displayPath: displayPath(file.relativePath)) {
        case .failure(let diagnostic):
            return (nil, [diagnostic], nil)
        case .success(let text):
            let (document, diagnostics) = DocumentParser.parse(text, sourcePath: file.relativePath, displayPath: displayPath(file.relativePath))
            guard let document, diagnostics.isEmpty, let stamp = file.stamp else { return (document, diagnostics, nil) }
            return (document, diagnostics, DocumentCache.Entry(
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
