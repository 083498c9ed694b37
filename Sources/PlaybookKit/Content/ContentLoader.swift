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
    }

    public func load() -> Loaded {
        var loaded = Loaded()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            loaded.diagnostics.append(.error("the content folder does not exist; create it or pass --content DIR", in: displayRoot))
            return loaded
        }
        visit(folder: "", into: &loaded)
        return loaded
    }

    public func displayPath(_ relativePath: String) -> String {
        relativePath.isEmpty ? displayRoot : displayRoot + "/" + relativePath
    }

    private func visit(folder: String, into loaded: inout Loaded) {
        let folderURL = folder.isEmpty ? root : root.appendingPathComponent(folder, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
        } catch {
            loaded.diagnostics.append(.error("cannot list the folder; check its permissions", in: displayPath(folder)))
            return
        }
        for name in names.map(TextFolding.normalized).sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }) {
            if name.hasPrefix(".") { continue }
            let relativePath = folder.isEmpty ? name : folder + "/" + name
            if folder.isEmpty && Self.reservedFolders.contains(name) { continue }
            let url = folderURL.appendingPathComponent(name)
            switch entryKind(url, relativePath: relativePath, diagnostics: &loaded.diagnostics) {
            case .folder: visit(folder: relativePath, into: &loaded)
            case .file: loadFile(url, relativePath: relativePath, into: &loaded)
            case .skipped: continue
            }
        }
    }

    private enum EntryKind { case folder, file, skipped }

    /// Symbolic links are followed only to files inside `content/`.
    private func entryKind(_ url: URL, relativePath: String, diagnostics: inout [Diagnostic]) -> EntryKind {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let type = attributes[.type] as? FileAttributeType else {
            diagnostics.append(.error("cannot read this entry; check its permissions", in: displayPath(relativePath)))
            return .skipped
        }
        switch type {
        case .typeDirectory: return .folder
        case .typeRegular: return .file
        case .typeSymbolicLink:
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL
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
            return .file
        default:
            diagnostics.append(.warning("not a regular file; skipped", in: displayPath(relativePath)))
            return .skipped
        }
    }

    private func loadFile(_ url: URL, relativePath: String, into loaded: inout Loaded) {
        let fileExtension = url.pathExtension.lowercased()
        guard fileExtension == "md" else {
            if !Self.unpublishedExtensions.contains(fileExtension) {
                loaded.staticFiles.append(StaticFile(sourcePath: relativePath))
            }
            return
        }
        switch SourceText.read(url, displayPath: displayPath(relativePath)) {
        case .failure(let diagnostic):
            loaded.diagnostics.append(diagnostic)
        case .success(let text):
            let (document, diagnostics) = DocumentParser.parse(text, sourcePath: relativePath, displayPath: displayPath(relativePath))
            loaded.diagnostics += diagnostics
            if let document { loaded.documents.append(document) }
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
            let document = Document(
                sourcePath: sourcePath, frontMatter: frontMatter, body: split.body,
                bodyFirstLine: split.bodyFirstLine, sourceText: text)
            return (document, reader.diagnostics)
        }
    }
}
