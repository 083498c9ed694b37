/// Paths inside the generated site, as a user may write them (aliases, links).
public enum SitePath {
    /// `/old/page/` -> `old/page`; nil for anything that could step outside the site:
    /// `..`, `.`, backslashes, NUL, a scheme, or nothing at all. A path is kept as written,
    /// but one whose percent escapes spell such a thing (`%2e%2e`, which a browser reads as
    /// `..`) is refused too.
    public static func normalized(_ path: String) -> String? {
        if path.contains("%"), let decoded = path.removingPercentEncoding, decoded != path, normalized(decoded) == nil { return nil }
        if path.contains("\\") || path.contains("\0") || path.contains(":") { return nil }
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." || component == "." { return nil }
            components.append(component)
        }
        if components.last == "index.html" { components.removeLast() }
        guard !components.isEmpty else { return nil }
        return components.joined(separator: "/")
    }

    /// The longest name, in UTF-8 bytes, a page's folder or a generated file may have: file
    /// systems allow 255, and the build adds `.json` to a calendar id for one of its files.
    public static let maximumNameLength = 250

    /// The first name of `path` (an alias) longer than `maximumNameLength`, if any; a path no
    /// longer than the limit is not split.
    public static func overlongName(in path: String) -> Substring? {
        guard path.utf8.count > maximumNameLength else { return nil }
        return path.split(separator: "/").first { $0.utf8.count > maximumNameLength }
    }
}
