import Foundation
import Testing
@testable import PlaybookKit

/// Every page of the shipped site carries the policy that forbids inline code and other
/// origins, and gives it nothing to forbid: scripts are files, no element has a handler.
@Suite struct ContentSecurityPolicyTests {
    static let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'\">"

    @Test func everyShippedPageCarriesThePolicyAndNoInlineCode() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        let pages = try TestSite.snapshot(of: try site.buildShippedPlaybook()).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 200)
        let handler = try Regex(#"<[a-zA-Z][^>]*\s[oO][nN][a-zA-Z]+\s*="#)
        let inlineScript = try Regex(#"<script\b(?![^>]*\bsrc=)"#).ignoresCase()
        let inlineStyle = try Regex(#"<style\b|\sstyle\s*=\s*["']"#).ignoresCase()
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            let head = html.components(separatedBy: "</head>")[0]
            #expect(head.contains("<meta charset=\"utf-8\">\n" + Self.policy), "\(path) has no policy first in its head")
            #expect(html.firstMatch(of: inlineScript) == nil, "\(path) has an inline script")
            #expect(html.firstMatch(of: handler) == nil, "\(path) has an inline handler")
            #expect(html.firstMatch(of: inlineStyle) == nil, "\(path) has an inline style")
        }
    }
}
