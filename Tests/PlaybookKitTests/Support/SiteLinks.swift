import Foundation
@testable import PlaybookKit

/// The links of a built site, read from its files as a browser would follow them.
enum SiteLinks {
    /// Every relative `href` and `src` of every page that names no file the build wrote, or
    /// a `#fragment` with no id on the same page, as `page -> target`; and how many were checked.
    static func broken(in files: [String: Data]) -> (broken: [String], checked: Int) {
        var broken: [String] = []
        var checked = 0
        for (page, data) in files where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let folder = page.split(separator: "/").dropLast().joined(separator: "/")
            for attribute in ["href=\"", "src=\""] {
                for rest in html.components(separatedBy: attribute).dropFirst() {
                    let target = String(rest.prefix(while: { $0 != "\"" }))
                    guard !target.contains(":") else { continue }
                    let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    checked += 1
                    let found = parts[0].isEmpty
                        ? html.contains("id=\"\(parts[1])\"")
                        : LinkResolver.join(folder, parts[0].removingPercentEncoding ?? parts[0]).flatMap { files[$0] } != nil
                    if !found { broken.append("\(page) -> \(target)") }
                }
            }
        }
        return (broken.sorted(), checked)
    }
}
