import Foundation

/// Turns links written in Markdown into site links: `../roles/bd-manager.md#x` becomes the
/// relative href of that document's page; a link to a file that does not exist is an error
/// at the link's line and column.
struct LinkResolver {
    let tree: ContentTree
    /// Section folders by the source path of their `_index.md` and by folder.
    private let sectionsByIndex: [String: ContentTree.Section]
    private let staticFiles: Set<String>
    let draftPaths: Set<String>

    init(tree: ContentTree, draftPaths: Set<String>) {
        self.tree = tree
        self.draftPaths = draftPaths
        var sectionsByIndex: [String: ContentTree.Section] = [:]
        for section in tree.sections.values {
            if let index = section.indexDocument { sectionsByIndex[index] = section }
        }
        self.sectionsByIndex = sectionsByIndex
        self.staticFiles = Set(tree.staticFiles.map(\.sourcePath))
    }

    /// Resolves `destination`, written in the document at `sourcePath`, for a page at `url`.
    /// Its parts are found by their ASCII bytes: walking `Character`s cost more than the
    /// rest of resolving a link.
    func resolve(_ destination: String, from sourcePath: String, url: SiteURL) -> LinkResolution {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || Self.hasScheme(destination) {
            return .keep
        }
        let cut = destination.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? destination.endIndex
        let pathPart = destination[..<cut]
        let suffix = String(destination[cut...])
        // Foundation's decoding bridges every path through NSString; most have nothing to decode.
        let decoded = pathPart.utf8.contains(UInt8(ascii: "%")) ? pathPart.removingPercentEncoding ?? String(pathPart) : String(pathPart)
        let folder = sourcePath.prefix(beforeLastByte: UInt8(ascii: "/")) ?? ""
        guard let target = Self.join(decoded.hasPrefix("/") ? "" : folder, decoded) else {
            return .broken("link `\(destination)` points outside the content folder")
        }
        let fragment = suffix.hasPrefix("#") ? String(suffix.dropFirst()) : nil
        if target.hasSuffix(".md") {
            if let page = tree.pages[target] { return .replace(url.page(page.urlPath, fragment: fragment)) }
            if let section = sectionsByIndex[target] { return .replace(url.page(section.urlPath, fragment: fragment)) }
            if draftPaths.contains(target) { return .broken("link to `\(destination)`, which is a draft and not published") }
            if tree.unplaced.contains(target) { return .broken("link to `\(destination)`, which has no page until the error at that document is fixed") }
            return .broken("link to a missing document `\(destination)`; check the path (it is relative to this file)")
        }
        if let section = tree.sections[target.hasSuffix("/") ? String(target.dropLast()) : target], !target.isEmpty {
            return .replace(url.page(section.urlPath, fragment: fragment))
        }
        if staticFiles.contains(target) { return .replace(url.file(target) + suffix) }
        if ContentLoader.isNeverPublished(target) {
            return .broken("link to `\(destination)`, which is never published (YAML files and the data/ folder stay out of the site); link to a page that shows it")
        }
        return .broken("link to a missing file `\(destination)`; check the path (it is relative to this file)")
    }

    /// An RFC 3986 scheme before the first `:`: a letter, then letters, digits, `+`, `-`, `.`.
    private static func hasScheme(_ destination: String) -> Bool {
        let utf8 = destination.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy { byte in
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// Joins a relative path onto a folder; nil when `..` climbs above the content root.
    /// Worked over the UTF-8 bytes into one buffer: splitting by `Character` walked every
    /// path grapheme by grapheme, 14,000 instructions a link.
    static func join(_ folder: String, _ relative: String) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var folder = folder, relative = relative
        var joined: [UInt8] = []
        joined.reserveCapacity(folder.utf8.count + relative.utf8.count + 1)
        folder.withUTF8 { bytes in
            for component in bytes.split(separator: slash) {
                if !joined.isEmpty { joined.append(slash) }
                joined += component
            }
        }
        let staysInside = relative.withUTF8 { bytes in
            for component in bytes.split(separator: slash) {
                if component.count == 1, component.first == dot { continue }
                if component.count == 2, component.first == dot, component.last == dot {
                    guard !joined.isEmpty else { return false }
                    joined.removeSubrange((joined.lastIndex(of: slash) ?? 0)...)
                    continue
                }
                if !joined.isEmpty { joined.append(slash) }
                joined += component
            }
            return true
        }
        guard staysInside else { return nil }
        if relative.utf8.last == slash && !joined.isEmpty { joined.append(slash) }
        return String(decoding: joined, as: UTF8.self)
    }
}
