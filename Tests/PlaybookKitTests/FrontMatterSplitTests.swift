import Testing
@testable import PlaybookKit

@Suite struct FrontMatterSplitTests {
    @Test func splitsAtTheClosingLineAndCountsLines() throws {
        let split = try FrontMatterSplit.split("---\ntitle: Quy trình\nweight: 2\n---\n## Sáng thứ 2\n- [ ] Check\n").get()
        #expect(split == FrontMatterSplit(
            yaml: "title: Quy trình\nweight: 2\n", yamlFirstLine: 2, body: "## Sáng thứ 2\n- [ ] Check\n", bodyFirstLine: 5))
        let dots = try FrontMatterSplit.split("---\na: 1\n...").get()
        #expect(dots == FrontMatterSplit(yaml: "a: 1\n", yamlFirstLine: 2, body: "", bodyFirstLine: 4))
        let empty = try FrontMatterSplit.split("---\n---\nThân").get()
        #expect(empty == FrontMatterSplit(yaml: "", yamlFirstLine: 2, body: "Thân", bodyFirstLine: 3))
    }

    @Test func textWithoutAFirstDashLineIsAllBody() throws {
        for text in ["", "# Tiêu đề\n---\n", "--- \na: 1\n---\n", "----\n---\n"] {
            #expect(try FrontMatterSplit.split(text).get() == FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
    }

    /// A closing line must be exactly `---` or `...`: a mark joined to the last dash, spaces
    /// after it, or a longer line do not close, so the front matter is unclosed.
    @Test func onlyAnExactLineCloses() {
        for text in ["---", "---\na: 1", "---\na: 1\n---\u{301}\nb", "---\na: 1\n--- \n", "---\na: 1\n----\n", "---\na: 1\n\u{301}---\n"] {
            #expect(FrontMatterSplit.split(text) == .failure(.unclosed), "\(Array(text.unicodeScalars))")
        }
    }
}
