import Foundation

/// A file of the templates' `assets/` folder, published under `assets/` as it is. Files in
/// subfolders keep their place (`assets/img/logo.png`), as Hugo publishes `static/`.
public struct AssetFile: Sendable, Equatable {
    /// Below `assets/`, `/`-separated, in NFC.
    public var name: String
    /// Where it is read from.
    public var source: URL

    public var outputPath: String { "assets/" + name }

    /// Every file below `root`, in the walk's order, and what keeps any other entry from
    /// being published. A missing folder holds no assets. Links are followed only to files
    /// inside `root`. `displayPath` shows a path relative to `root` in messages.
    static func list(in root: URL, displayPath: (String) -> String) -> ([AssetFile], [Diagnostic]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else { return ([], []) }
        let walk = FolderWalk(root: root.path)
        var diagnostics = walk.listingProblems(displayPath: displayPath)
        var assets: [AssetFile] = []
        let resolvedRoot = root.resolvingSymlinksInPath().path
        for entry in walk.entries {
            switch entry.kind {
            case .folder:
                continue
            case .file:
                break
            case .link:
                let target = LinkTarget(of: entry.path, inside: resolvedRoot)
                if let problem = target.problem(at: displayPath(entry.relativePath), folder: "assets folder") {
                    diagnostics.append(problem)
                    continue
                }
            case .other, .unreadable:
                if let problem = entry.kindProblem(displayPath: displayPath) { diagnostics.append(problem) }
                continue
            }
            assets.append(AssetFile(name: entry.relativePath, source: URL(fileURLWithPath: entry.path)))
        }
        return (assets, diagnostics)
    }
}
