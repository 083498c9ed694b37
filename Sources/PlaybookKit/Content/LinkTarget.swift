import Foundation

/// Where a symbolic link met by a walk leads. A build follows links only to files inside the
/// folder it walked: a link out of `content/` or the templates' `assets/` could publish any
/// file the build can read.
enum LinkTarget: Equatable {
    case file
    case folder
    /// Nothing, or a loop.
    case nowhere
    case outside

    /// The link at `path`, judged against the folder `root`.
    init(of path: String, inside root: String) {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) {
            self = .nowhere
        } else if !resolved.path.hasPrefix(root + "/") {
            self = .outside
        } else {
            self = isDirectory.boolValue ? .folder : .file
        }
    }

    /// What a build says of a link it does not follow, shown at `displayPath`; `folder` names
    /// the folder walked ("content folder"). Nil for a link to a file.
    func problem(at displayPath: String, folder: String) -> Diagnostic? {
        switch self {
        case .file: nil
        case .nowhere: .error("symbolic link points nowhere (or into a loop); remove it or fix its target", in: displayPath)
        case .outside: .error("symbolic link points outside the \(folder); copy the file in instead", in: displayPath)
        case .folder: .warning("symbolic links to folders are not followed", in: displayPath)
        }
    }
}
