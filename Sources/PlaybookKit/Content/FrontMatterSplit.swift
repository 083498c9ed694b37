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

    /// Splits on a first line of exactly `---` and the next line of `---` or `...`. Lines
    /// are found by UTF-8 bytes: counting and walking `Character`s broke every document's
    /// text into graphemes, a twentieth of a clean build. (A line feed is a grapheme of its
    /// own, so the lines are the same.)
    static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .success(FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        let utf8 = text.utf8
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        var lineNumber = 1
        var searchStart = yamlStart
        while searchStart < utf8.endIndex {
            lineNumber += 1
            let lineEnd = utf8[searchStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = utf8[searchStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(FrontMatterSplit(
                    yaml: String(text[yamlStart..<searchStart]), yamlFirstLine: 2, body: String(text[bodyStart...]),
                    bodyFirstLine: lineNumber + 1))
            }
            searchStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        return .failure(.unclosed)
    }
}
