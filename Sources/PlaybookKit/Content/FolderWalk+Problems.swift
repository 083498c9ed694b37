/// What a build says of a walk's folders it could not see into and of entries it cannot
/// publish: the same words for `content/` and the templates' `assets/`.
extension FolderWalk {
    /// Folders that could not be listed and names that clash once in NFC, but those
    /// `isLeftOut` names; `displayPath` shows a path relative to the walk's root.
    func listingProblems(displayPath: (String) -> String, isLeftOut: (String) -> Bool = { _ in false }) -> [Diagnostic] {
        unlistable.filter { !isLeftOut($0) }.map { .error("cannot list the folder; check its permissions", in: displayPath($0)) }
            + clashes.filter { !isLeftOut($0) }.map {
                .error("another entry in this folder has the same name once its accents are composed (Unicode NFC); rename one of them", in: displayPath($0))
            }
    }
}

extension FolderWalk.Entry {
    /// Why an entry that is neither a folder, a file nor a link is skipped; nil for those.
    func kindProblem(displayPath: (String) -> String) -> Diagnostic? {
        switch kind {
        case .other: .warning("not a regular file; skipped", in: displayPath(relativePath))
        case .unreadable: .error("cannot read this entry; check its permissions", in: displayPath(relativePath))
        case .folder, .file, .link: nil
        }
    }
}
