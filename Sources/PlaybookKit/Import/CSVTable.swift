import CSV
import Foundation

/// One CSV export, parsed by CSV.swift: the header and each record with the line it starts
/// on, so a problem in a record whose quoted field spans lines still names the right line.
struct CSVTable {
    struct Row {
        /// 1-based line of the record's first character.
        var line: Int
        var fields: [String]
    }

    let file: String
    let header: [String]
    let rows: [Row]

    /// Reads `data` as every input is read (UTF-8, byte-order mark dropped, line ends made
    /// LF, NFC; see SourceText); `delimiter` nil picks `,`,
    /// `;` or a tab, whichever the header line holds most of (spreadsheets set to a
    /// Vietnamese or European locale export with `;`).
    static func read(_ data: Data, file: String, delimiter: Unicode.Scalar?) -> Result<CSVTable, Diagnostic> {
        let text: String
        switch SourceText.decode(data, displayPath: file) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return .failure(problem)
        }
        let separator = delimiter ?? guessDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator)
        } catch {
            return .failure(.error("cannot read the CSV: \(error)", in: file, at: SourcePosition(line: 1, column: 1)))
        }
        var line = 1
        var header: [String]?
        var rows: [Row] = []
        while let fields = reader.next() {
            let startLine = line
            line += 1 + fields.reduce(0) { $0 + $1.utf8.count(where: { $0 == 0x0A }) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if header == nil {
                header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            } else {
                rows.append(Row(line: startLine, fields: fields))
            }
        }
        if let error = reader.error {
            return .failure(.error("cannot read the CSV: \(error)", in: file, at: SourcePosition(line: line, column: 1)))
        }
        guard let header else {
            return .failure(.error("the file is empty; an export has a header line of column names", in: file, at: SourcePosition(line: 1, column: 1)))
        }
        return .success(CSVTable(file: file, header: header, rows: rows))
    }

    private static func guessDelimiter(_ text: String) -> Unicode.Scalar {
        let candidates: [Unicode.Scalar] = [",", ";", "\t"]
        var counts = [0, 0, 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" { break }
            if let index = candidates.firstIndex(of: scalar) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return candidates[best]
    }
}
