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
    }

    /// Reads every file, except Markdown files that `cache` recorded and that have not
    /// changed since: those are taken from the record, their bodies read only when asked for.
    public func load(reusing cache: DocumentCache? = nil) -> Loaded {
        var loaded = Loaded()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            loaded.diagnostics.append(.error("the content folder does not exist; create it or pass --content DIR", in: displayRoot))
            return loaded
        }
        visit(folder: "", reusing: cache, into: &loaded)
        return loaded
    }

    public func displayPath(_ relativePath: String) -> String {
        relativePath.isEmpty ? displayRoot : displayRoot + "/" + relativePath
    }

    private func visit(folder: String, reusing cache: DocumentCache?, into loaded: inout Loaded) {
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
            case .folder: visit(folder: relativePath, reusing: cache, into: &loaded)
            case .file(let stamp): loadFile(path, relativePath: relativePath, stamp: stamp, reusing: cache, into: &loaded)
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

    private func loadFile(_ path: String, relativePath: String, stamp: FileStamp?, reusing cache: DocumentCache?, into loaded: inout Loaded) {
        let name = relativePath.split(separator: "/").last ?? ""
        let fileExtension = name.contains(".") ? name.split(separator: ".").last!.lowercased() : ""
        guard fileExtension == "md" else {
            if !Self.unpublishedExtensions.contains(fileExtension) {
                loaded.staticFiles.append(StaticFile(sourcePath: relativePath))
            }
            return
        }
        if let stamp, let entry = cache?.entry(for: relativePath, stamp: stamp) {
            loaded.documents.append(Document(cached: entry, sourcePath: relativePath, file: path))
            loaded.cache.entries[relativePath] = entry
            return
        }
        switch SourceText.read(URL(fileURLWithPath: path), displayPath: displayPath(relativePath)) {
        case .failure(let diagnostic):
            loaded.diagnostics.append(diagnostic)
        case .success(let text):
            let (document, diagnostics) = DocumentParser.parse(text, sourcePath: relativePath, displayPath: displayPath(relativePath))
            loaded.diagnostics += diagnostics
            guard let document else { return }
            loaded.documents.append(document)
            if diagnostics.isEmpty, let stamp {
                loaded.cache.entries[relativePath] = DocumentCache.Entry(
                    stamp: stamp, frontMatter: document.frontMatter, bodyFirstLine: document.bodyFirstLine,
                    frontMatterFingerprint: document.frontMatterFingerprint, bodyFingerprint: document.bodyFingerprint)
            }
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
