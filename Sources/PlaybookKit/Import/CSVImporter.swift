import Foundation

/// One export file as read from disk.
public struct ExportFile: Sendable {
    /// The file as messages name it.
    public var display: String
    public var data: Data

    public init(display: String, data: Data) {
        self.display = display
        self.data = data
    }
}

/// What an import made: the snapshot's text, the rows it could not map, and the counts.
public struct ImportResult: Sendable {
    public var snapshotJSON: String
    public var asOf: Instant
    public var problems: [ImportProblem]
    public var summary: ImportSummary
}

public struct ImportSummary: Sendable, Equatable {
    public struct Skipped: Sendable, Equatable {
        public var reason: String
        public var rows: Int
    }

    public var files = 0
    public var rowsRead = 0
    public var imported = 0
    /// Rows a value map sent to `null` (contacts that are not leads, say).
    public var leftOut = 0
    /// Skipped rows counted by the reason of their first problem, most frequent first.
    public var skipped: [Skipped] = []
}

/// Mistakes that stop an import: in the mapping, a file name, a file's header.
public struct ImportFailure: Error {
    public var diagnostics: [Diagnostic]
}

/// Turns a CRM's CSV exports into a schema-1 snapshot, guided by a mapping. A problem with
/// the files themselves (no mapping matches a file name, a mapped column missing from the
/// header) fails the whole import; a problem with one row skips that row and is reported.
public enum CSVImporter {
    public static func run(mapping: ImportMapping, mappingFile: String, exports: [ExportFile], asOf: Instant) -> Result<ImportResult, ImportFailure> {
        var fatal: [Diagnostic] = []
        var tables: [(ExportMapping, CSVTable, ColumnLayout)] = []
        for file in exports {
            let name = URL(fileURLWithPath: file.display).lastPathComponent
            let matches = mapping.exports.filter { export in export.files.contains { fnmatch($0, name, 0) == 0 } }
            guard let export = matches.first else {
                let patterns = mapping.exports.flatMap(\.files).map { "`\($0)`" }.joined(separator: ", ")
                fatal.append(.error("no export in \(mappingFile) matches this file name; its patterns are \(patterns)", in: file.display))
                continue
            }
            if matches.count > 1 {
                fatal.append(.error("the file name matches both `\(matches[0].kind.name)` and `\(matches[1].kind.name)` in \(mappingFile); make the patterns tell them apart", in: file.display))
                continue
            }
            switch CSVTable.read(file.data, file: file.display, delimiter: mapping.delimiter) {
            case .failure(let problem): fatal.append(problem)
            case .success(let table):
                switch ColumnLayout.resolve(export, in: table, mappingFile: mappingFile) {
                case .failure(let failure): fatal += failure.diagnostics
                case .success(let layout): tables.append((export, table, layout))
                }
            }
        }
        guard fatal.isEmpty else { return .failure(ImportFailure(diagnostics: fatal)) }
        var assembler = SnapshotAssembler(mapping: mapping)
        let order: [ExportMapping.Kind] = [.companies, .targets, .contacts, .deals]
        let sorted = tables.sorted { lhs, rhs in
            let left = order.firstIndex(of: lhs.0.kind) ?? order.count
            let right = order.firstIndex(of: rhs.0.kind) ?? order.count
            return (left, lhs.1.file) < (right, rhs.1.file)
        }
        for (export, table, layout) in sorted {
            assembler.add(table, export: export, layout: layout)
        }
        var summary = assembler.summary
        summary.files = exports.count
        return .success(ImportResult(snapshotJSON: assembler.snapshotJSON(asOf: asOf), asOf: asOf, problems: assembler.problems, summary: summary))
    }
}
