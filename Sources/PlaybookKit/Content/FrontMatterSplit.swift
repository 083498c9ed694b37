/// A document's text cut into front matter and body.
struct FrontMatterSplit: Equatable {
    var yaml: String?
    /// 1-based line of the first YAML line, so YAML positions map back to the file.
    var yamlFirstLine: Int
    var body: String
    /// 1-based line where the Markdown body starts.
    var bodyFirstLine: Int

    enum Failure: Error, Equatable {
        case unclosed
    }

    /// Splits on a first line of exactly `---` and the next line of `---` or `...`.
    static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        var lineNumber = 1
        var searchStart = text.index(text.startIndex, offsetBy: min(4, text.count))
        while searchStart < text.endIndex {
            lineNumber += 1
            let lineEnd = text[searchStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[searchStart..<lineEnd]
            if line == "---" || line == "..." {
                let yaml = String(text[text.index(text.startIndex, offsetBy: 4)..<searchStart])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(FrontMatterSplit(
                    yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1))
            }
            searchStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return .failure(.unclosed)
    }
}
