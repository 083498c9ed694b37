import Synchronization

/// Pieces of pages rendered once per distinct view model and shared by every page that
/// shows the same one, as Hugo's `partialCached` does. The sidebar is the same for all the
/// pages of a section at one folder depth; rendering it for each page was a fifth of a
/// clean build's instructions.
final class RenderedPartCache<Key: Hashable & Sendable>: Sendable {
    private let parts = Mutex<[Key: String]>([:])

    /// The part rendered for `key`, rendering it on first use. Two threads may both render a
    /// part the first time it is asked for; both get the same text, so the pages do too.
    func part(for key: Key, render: (Key) -> String) -> String {
        if let part = parts.withLock({ $0[key] }) { return part }
        let part = render(key)
        parts.withLock { $0[key] = part }
        return part
    }
}

/// What a rendered sidebar depends on: the links the pages are told about (their hrefs
/// carry the page's depth) and the site's own fields.
struct NavigationKey: Hashable, Sendable {
    var site: SiteView
    var nav: [NavSectionView]
}
