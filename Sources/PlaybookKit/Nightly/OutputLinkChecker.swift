import Foundation

/// Follows every `href` and `src` of the built pages to a file in the output folder, and
/// every `#fragment` to an `id` in its page: what a reader would meet as a dead link, found
/// before the site is published. The build checks the documents' own links; this checks
/// what templates, generated pages and copied files make of them.
///
/// Written by hand rather than with an HTML parser: the pages are this generator's own,
/// attributes always double-quoted and escaped, and no Swift HTML parser is served here.
public enum OutputLinkChecker {
    public struct Result: Sendable {
        public var pagesChecked = 0
        public var linksChecked = 0
        /// `public/kpi/index.html: error: link to `x/index.html`: no such file`, one per dead link.
        public var broken: [Diagnostic] = []
    }

    public static func check(output: URL) -> Result {
        let root = output.standardizedFileURL.path
        let tree = Tree(root: root)
        // Every page is read once, in parallel; the links are then followed through lookups.
        let parsed = tree.pages.concurrentMap { page in
            FileManager.default.contents(atPath: root + "/" + page).map { Attributes(html: [UInt8]($0)) }
        }
        var ids: [String: Set<String>] = [:]
        for (page, attributes) in zip(tree.pages, parsed) { ids[page] = attributes?.ids }
        var result = Result()
        for (page, attributes) in zip(tree.pages, parsed) {
            guard let attributes else { continue }
            result.pagesChecked += 1
            for link in attributes.links {
                result.linksChecked += 1
                if let problem = problem(with: link, on: page, tree: tree, ids: ids) {
                    result.broken.append(.error("link to `\(link)`: \(problem)", in: DisplayPath.of(URL(fileURLWithPath: root + "/" + page))))
                }
            }
        }
        return result
    }

    /// What is wrong with `link` on `page`, or nil when it leads somewhere. Read as UTF-8
    /// bytes: a site has hundreds of thousands of links, and each is split at `/` and `#`.
    private static func problem(with link: String, on page: String, tree: Tree, ids: [String: Set<String>]) -> String? {
        if link.isEmpty { return "an empty address" }
        if hasScheme(link) { return nil }
        let bytes = link.utf8
        let hash = bytes.firstIndex(of: 0x23)
        let beforeHash = bytes[..<(hash ?? bytes.endIndex)]
        let pathPart = beforeHash[..<(beforeHash.firstIndex(of: 0x3F) ?? beforeHash.endIndex)]
        var target = page
        if !pathPart.isEmpty {
            var components = pathPart.first == 0x2F ? [] : Array(page.utf8.split(separator: 0x2F).dropLast())
            for component in pathPart.split(separator: 0x2F) {
                if component.elementsEqual([0x2E]) { continue }
                if component.elementsEqual([0x2E, 0x2E]) {
                    guard !components.isEmpty else { return "leaves the site" }
                    components.removeLast()
                } else {
                    components.append(component)
                }
            }
            target = components.map { component in
                let name = String(Substring(component))
                return component.contains(0x25) ? name.removingPercentEncoding ?? name : name
            }.joined(separator: "/")
            if tree.folders.contains(target) {
                target += target.isEmpty ? "index.html" : "/index.html"
                guard tree.files.contains(target) else { return "a folder without index.html" }
            } else if !tree.files.contains(target) {
                return "no such file"
            }
        }
        guard let hash, let targetIDs = ids[target] else { return nil }
        let fragment = String(Substring(bytes[bytes.index(after: hash)...]))
        guard !fragment.isEmpty else { return nil }
        let id = fragment.utf8.contains(0x25) ? fragment.removingPercentEncoding ?? fragment : fragment
        return targetIDs.contains(id) ? nil : "no element with id `\(fragment)` in \(target)"
    }

    /// Every file and folder below the output folder, relative, walked once.
    private struct Tree {
        var files: Set<String> = []
        var folders: Set<String> = [""]
        /// The `.html` files, in code-point order.
        var pages: [String] = []

        init(root: String) {
            guard let walker = FileManager.default.enumerator(atPath: root) else { return }
            while let path = walker.nextObject() as? String {
                if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                    folders.insert(path)
                } else {
                    files.insert(path)
                    if path.hasSuffix(".html") { pages.append(path) }
                }
            }
            pages.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
    }

    private static func hasScheme(_ link: String) -> Bool {
        // A scheme is letters, digits, `+`, `-`, `.` up to the first `:` (RFC 3986 §3.1).
        for (index, byte) in link.utf8.enumerated() {
            switch byte {
            case 0x3A: return index > 0
            case 0x61...0x7A, 0x41...0x5A: continue
            case 0x30...0x39, 0x2B, 0x2D, 0x2E: if index == 0 { return false }
            default: return false
            }
        }
        return false
    }

    /// The `href`/`src` values and `id`s of one page, unescaped.
    private struct Attributes: Sendable {
        var links: [String] = []
        var ids: Set<String> = []

        init(html: [UInt8]) {
            var index = 0
            while index < html.count {
                guard html[index] == 0x20 || html[index] == 0x0A else {
                    index += 1
                    continue
                }
                let start = index + 1
                for (name, isLink) in Self.names where Self.matches(html, at: start, name) {
                    let valueStart = start + name.count
                    guard let end = html[valueStart...].firstIndex(of: 0x22) else { break }
                    let value = Self.unescaped(String(decoding: html[valueStart..<end], as: UTF8.self))
                    if isLink { links.append(value) } else { ids.insert(value) }
                    index = end
                    break
                }
                index += 1
            }
        }

        /// The attributes looked for, and whether each is a link (else an id).
        private static let names: [([UInt8], Bool)] = [(Array("href=\"".utf8), true), (Array("src=\"".utf8), true), (Array("id=\"".utf8), false)]

        private static func matches(_ html: [UInt8], at start: Int, _ name: [UInt8]) -> Bool {
            start + name.count <= html.count && html[start..<start + name.count].elementsEqual(name)
        }

        private static func unescaped(_ value: String) -> String {
            guard value.utf8.contains(0x26) else { return value }
            return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}
