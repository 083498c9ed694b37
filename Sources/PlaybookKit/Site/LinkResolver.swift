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

    enum Outcome: Equatable {
        case keep
        case replace(String)
        case broken(String)
    }

    /// Resolves `destination`, written in the document at `sourcePath`, for a page at `url`.
    func resolve(_ destination: String, from sourcePath: String, url: SiteURL) -> Outcome {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || Self.hasScheme(destination) {
            return .keep
        }
        var pathPart = Substring(destination)
        var suffix = ""
        if let cut = pathPart.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(pathPart[cut...])
            pathPart = pathPart[..<cut]
        }
        // Foundation's decoding bridges every path through NSString; most have nothing to decode.
        let decoded = pathPart.utf8.contains(UInt8(ascii: "%")) ? pathPart.removingPercentEncoding ?? String(pathPart) : String(pathPart)
        let folder = sourcePath.lastIndex(of: "/").map { String(sourcePath[..<$0]) } ?? ""
        guard let target = Self.join(decoded.hasPrefix("/") ? "" : folder, decoded) else {
            return .broken("link `\(destination)` points outside the content folder")
        }
        let fragment = suffix.hasPrefix("#") ? String(suffix.dropFirst()) : nil
        if target.hasSuffix(".md") {
            if let page = tree.pages[target] { return .replace(url.page(page.urlPath, fragment: fragment)) }
            if let section = sectionsByIndex[target] { return .replace(url.page(section.urlPath, fragment: fragment)) }
            if draftPaths.contains(target) { return .broken("link to `\(destination)`, which is a draft and not published") }
            return .broken("link to a missing document `\(destination)`; check the path (it is relative to this file)")
        }
        if let section = tree.sections[target.hasSuffix("/") ? String(target.dropLast()) : target], !target.isEmpty {
            return .replace(url.page(section.urlPath, fragment: fragment))
        }
        if staticFiles.contains(target) { return .replace(url.file(target) + suffix) }
        return .broken("link to a missing file `\(destination)`; check the path (it is relative to this file)")
    }

    private static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// Joins a relative path onto a folder; nil when `..` climbs above the content root.
    /// Split by the slash byte: splitting by `Character` walked every path grapheme by
    /// grapheme, 14,000 instructions a link.
    static func join(_ folder: String, _ relative: String) -> String? {
        let slash = UInt8(ascii: "/")
        var components = folder.utf8.split(separator: slash)
        for component in relative.utf8.split(separator: slash) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                guard components.popLast() != nil else { return nil }
                continue
            }
            components.append(component)
        }
        var joined: [UInt8] = []
        for component in components {
            if !joined.isEmpty { joined.append(slash) }
            joined += component
        }
        if relative.utf8.last == slash && !joined.isEmpty { joined.append(slash) }
        return String(decoding: joined, as: UTF8.self)
    }
}
