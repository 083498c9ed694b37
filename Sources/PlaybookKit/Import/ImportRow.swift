/// A row that cannot be mapped: where it is and, in a word, why (for the summary).
public struct ImportProblem: Sendable {
    public var diagnostic: Diagnostic
    public var reason: String
}

/// Where each of an export's fields is read from in one file's header.
struct ColumnLayout {
    /// Field → (0-based index, header name) of each mapped column present in the file.
    let columns: [String: [(index: Int, name: String)]]

    /// Fails with every mapped column the header lacks.
    static func resolve(_ export: ExportMapping, in table: CSVTable, mappingFile: String) -> Result<ColumnLayout, ImportFailure> {
        var columns: [String: [(Int, String)]] = [:]
        var problems: [Diagnostic] = []
        let (required, _) = export.kind.fields
        for (field, names) in export.columns.sorted(by: { $0.key < $1.key }) {
            let found = names.compactMap { name in table.header.firstIndex(of: name).map { ($0, name) } }
            if found.isEmpty && required.contains(field) {
                let named = names.map { "\"\($0)\"" }.joined(separator: " or ")
                problems.append(.error(
                    "no column \(named) for `\(field)` (the \(export.kind.name) mapping in \(mappingFile) names it); the header has "
                        + table.header.map { "\"\($0)\"" }.joined(separator: ", "),
                    in: table.file, at: SourcePosition(line: 1, column: 1)))
            }
            columns[field] = found
        }
        return problems.isEmpty ? .success(ColumnLayout(columns: columns)) : .failure(ImportFailure(diagnostics: problems))
    }
}

/// Reads one CSV row's fields as snapshot values, collecting what is wrong with it.
struct ImportRow {
    let table: CSVTable
    let row: CSVTable.Row
    let export: ExportMapping
    let layout: ColumnLayout
    let mapping: ImportMapping
    private(set) var problems: [ImportProblem] = []
    /// A value map sent the row to `null`: left out on purpose, not a problem.
    private(set) var isLeftOut = false

    init(table: CSVTable, row: CSVTable.Row, export: ExportMapping, layout: ColumnLayout, mapping: ImportMapping) {
        self.table = table
        self.row = row
        self.export = export
        self.layout = layout
        self.mapping = mapping
    }

    /// The first non-empty mapped column's value, trimmed, with where it was found.
    func cell(_ field: String) -> (value: String, index: Int, name: String)? {
        for column in layout.columns[field] ?? [] where column.index < row.fields.count {
            let value = row.fields[column.index].trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { return (value, column.index, column.name) }
        }
        return nil
    }

    mutating func fail(_ field: String, at cell: (value: String, index: Int, name: String)?, _ message: String, reason: String) {
        let column = cell.map { ($0.index, $0.name) } ?? layout.columns[field]?.first ?? (0, field)
        let diagnostic = Diagnostic.error("column \"\(column.1)\": \(message)", in: table.file, at: SourcePosition(line: row.line, column: column.0 + 1))
        problems.append(ImportProblem(diagnostic: diagnostic, reason: reason))
    }

    /// The field's text after the export's value map (whose `""` entry stands for an empty
    /// cell); nil when empty (a problem if `required`) or when the map leaves the row out.
    mutating func text(_ field: String, required: Bool) -> String? {
        guard let cell = cell(field) else {
            if case .some(let mapped) = export.values[field]?[""] {
                if mapped == nil { isLeftOut = true }
                return mapped
            }
            if required { fail(field, at: nil, "no value; every row of \(export.kind.name) needs `\(field)`", reason: "missing \(field)") }
            return nil
        }
        guard let map = export.values[field] else { return cell.value }
        guard let mapped = map[ImportMapping.folded(cell.value)] ?? map["*"] else {
            fail(field, at: cell, "`\(cell.value)` is not in the mapping's `values.\(field)`; add it there", reason: "unknown \(field) value")
            return nil
        }
        guard let value = mapped else {
            isLeftOut = true
            return nil
        }
        return value
    }

    mutating func date(_ field: String, required: Bool) -> ImportedDate? {
        guard let value = text(field, required: required) else { return nil }
        guard let date = ImportedDate.parse(value, formats: mapping.dateFormats) else {
            let formats = mapping.dateFormats.map(\.rawValue).joined(separator: ", ")
            fail(field, at: cell(field), "`\(value)` is not a date in the mapping's formats (\(formats))", reason: "bad date")
            return nil
        }
        return date
    }

    mutating func integer(_ field: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = text(field, required: false) else { return nil }
        guard let number = ImportAmount.parse(value, decimal: mapping.decimalSeparator, thousands: mapping.thousandsSeparator),
              range.contains(number) else {
            fail(field, at: cell(field), "`\(value)` is not a whole number from \(range.lowerBound) to \(range.upperBound)", reason: "bad number")
            return nil
        }
        return number
    }

    mutating func amount(_ field: String, required: Bool) -> Int? {
        guard let value = text(field, required: required) else { return nil }
        guard let amount = ImportAmount.parse(value, decimal: mapping.decimalSeparator, thousands: mapping.thousandsSeparator),
              amount <= SnapshotDecoder.largestAmount else {
            fail(field, at: cell(field), "`\(value)` is not an amount of money (digits, `\(mapping.decimalSeparator)` before a fraction)", reason: "bad amount")
            return nil
        }
        return amount
    }

    /// A value that must name a record of `index`; `what` names the kind in messages.
    mutating func reference(_ field: String, in index: RecordIndex, what: String, required: Bool) -> String? {
        guard let value = text(field, required: required) else { return nil }
        switch index.resolve(value) {
        case .found(let id): return id
        case .ambiguous:
            fail(field, at: cell(field), "two \(what)s are named `\(value)`; map a column holding the \(what)'s Record ID instead", reason: "ambiguous \(what)")
        case .missing:
            guard required else { return nil }
            let place = what == "rep" ? "among the mapping's `reps`; add it to a rep's `owners`" : "in the exports"
            fail(field, at: cell(field), "no \(what) `\(value)` \(place)", reason: "unknown \(what)")
        }
        return nil
    }
}

/// Finds a record by the CRM's id or, failing that, its exact (folded) name; HubSpot writes
/// several associations in one cell separated by `;`, and the first one counts.
struct RecordIndex {
    enum Match { case found(String), ambiguous, missing }

    private var ids: Set<String> = []
    private var names: [String: String?] = [:]

    mutating func add(id: String, names aliases: [String]) {
        ids.insert(id)
        for alias in aliases where !alias.isEmpty {
            let key = ImportMapping.folded(alias)
            if let existing = names[key], existing != id { names[key] = .some(nil) } else { names[key] = id }
        }
    }

    func contains(_ id: String) -> Bool { ids.contains(id) }

    func resolve(_ value: String) -> Match {
        let first = value.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? value
        for candidate in [value, first] {
            if ids.contains(candidate) { return .found(candidate) }
            switch names[ImportMapping.folded(candidate)] {
            case .some(.some(let id)): return .found(id)
            case .some(.none): return .ambiguous
            case .none: continue
            }
        }
        return .missing
    }
}
