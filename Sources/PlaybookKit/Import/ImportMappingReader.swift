import Foundation
import Yams

/// Reads an import mapping from YAML, every mistake pointed at its line and column.
public enum ImportMappingReader {
    public static func parse(_ text: String, file: String) -> (ImportMapping?, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        var mapping = ImportMapping()
        guard let pairs = reader.parseMapping(text, what: "the import mapping") else { return (nil, reader.diagnostics) }
        for (key, value) in pairs {
            switch key {
            case "timezone":
                let zone = reader.string(value, key: key) ?? mapping.timezone
                if TimeZone(identifier: zone) == nil {
                    reader.error("unknown time zone `\(zone)`; use an IANA name such as Asia/Ho_Chi_Minh", at: value)
                }
                mapping.timezone = zone
            case "currency": mapping.currency = reader.string(value, key: key) ?? mapping.currency
            case "delimiter": mapping.delimiter = delimiter(value, reader: &reader)
            case "dates": mapping.dateFormats = dateFormats(value, reader: &reader)
            case "decimal_separator": mapping.decimalSeparator = character(value, key: key, reader: &reader) ?? "."
            case "thousands_separator": mapping.thousandsSeparator = character(value, key: key, reader: &reader)
            case "reps": mapping.reps = reps(value, reader: &reader)
            case "exports": mapping.exports = exports(value, reader: &reader)
            default:
                reader.error("unknown key `\(key)`; use timezone, currency, delimiter, dates, decimal_separator, thousands_separator, reps or exports", at: value)
            }
        }
        if mapping.exports.isEmpty && reader.diagnostics.isEmpty {
            reader.error("the mapping names no exports; add an `exports:` list", at: SourcePosition(line: 1, column: 1))
        }
        return (reader.diagnostics.isEmpty ? mapping : nil, reader.diagnostics)
    }

    private static func delimiter(_ node: Node, reader: inout YAMLReader) -> Unicode.Scalar? {
        guard let text = reader.string(node, key: "delimiter"), text != "auto" else { return nil }
        let named = ["tab": "\t", "\\t": "\t"][text] ?? text
        guard named.unicodeScalars.count == 1, let scalar = named.unicodeScalars.first else {
            reader.error("`delimiter` must be one character (`,`, `;`, `tab`) or `auto`", at: node)
            return nil
        }
        return scalar
    }

    private static func character(_ node: Node, key: String, reader: inout YAMLReader) -> Character? {
        guard let text = reader.string(node, key: key), !text.isEmpty else { return nil }
        guard text.count == 1 else {
            reader.error("`\(key)` must be one character", at: node)
            return nil
        }
        return text.first
    }

    private static func dateFormats(_ node: Node, reader: inout YAMLReader) -> [ImportDateFormat] {
        let names = reader.strings(node, key: "dates") ?? []
        var formats: [ImportDateFormat] = []
        for name in names {
            guard let format = ImportDateFormat(rawValue: name) else {
                let known = ImportDateFormat.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                reader.error("unknown date format `\(name)`; use \(known)", at: node)
                continue
            }
            formats.append(format)
        }
        return formats.isEmpty ? [.iso] : formats
    }

    private static func reps(_ node: Node, reader: inout YAMLReader) -> [ImportMapping.RepEntry] {
        guard let items = node.sequence else {
            reader.error("`reps` must be a list of reps (id, name, role, email, owners)", at: node)
            return []
        }
        var reps: [ImportMapping.RepEntry] = []
        for item in items {
            var entry = ImportMapping.RepEntry(id: "", name: "", role: "", email: nil, active: true, owners: [])
            for (key, value) in reader.mapping(item, key: "reps") ?? [] {
                switch key {
                case "id": entry.id = reader.string(value, key: "reps.id") ?? ""
                case "name": entry.name = reader.string(value, key: "reps.name") ?? ""
                case "role":
                    entry.role = reader.string(value, key: "reps.role") ?? ""
                    if Role(rawValue: entry.role) == nil {
                        reader.error("unknown role `\(entry.role)`; use inbound, outbound, bd_manager or other", at: value)
                    }
                case "email": entry.email = reader.string(value, key: "reps.email")
                case "active": entry.active = reader.bool(value, key: "reps.active") ?? true
                case "owners": entry.owners = reader.strings(value, key: "reps.owners") ?? []
                default: reader.error("unknown key `reps.\(key)`; use id, name, role, email, active or owners", at: value)
                }
            }
            if entry.id.isEmpty || entry.name.isEmpty || entry.role.isEmpty {
                reader.error("each rep needs an `id`, a `name` and a `role`", at: item)
            }
            reps.append(entry)
        }
        return reps
    }

    private static func exports(_ node: Node, reader: inout YAMLReader) -> [ExportMapping] {
        guard let items = node.sequence else {
            reader.error("`exports` must be a list, one entry per kind of export file", at: node)
            return []
        }
        return items.compactMap { export($0, reader: &reader) }
    }

    private static func export(_ node: Node, reader: inout YAMLReader) -> ExportMapping? {
        guard let pairs = reader.mapping(node, key: "exports") else { return nil }
        var kind: ExportMapping.Kind?
        var export = ExportMapping(kind: .deals, files: [], columns: [:], values: [:], stages: [:])
        var columnsNode: Node?
        for (key, value) in pairs {
            switch key {
            case "kind":
                let name = reader.string(value, key: "exports.kind") ?? ""
                kind = ExportMapping.Kind.byName.first { $0.0 == name }?.1
                if kind == nil {
                    let known = ExportMapping.Kind.byName.map(\.0).joined(separator: ", ")
                    reader.error("unknown export kind `\(name)`; use one of \(known)", at: value)
                }
            case "files": export.files = reader.strings(value, key: "exports.files") ?? []
            case "columns": columnsNode = value
            case "values":
                for (field, map) in reader.mapping(value, key: "exports.values") ?? [] {
                    export.values[field] = valueMap(map, key: "exports.values.\(field)", reader: &reader)
                }
            case "stages": export.stages = stages(value, reader: &reader)
            default: reader.error("unknown key `exports.\(key)`; use kind, files, columns, values or stages", at: value)
            }
        }
        guard let kind else {
            if reader.diagnostics.isEmpty { reader.error("each export needs a `kind`", at: node) }
            return nil
        }
        export.kind = kind
        if export.files.isEmpty { reader.error("`\(kind.name)` needs `files`: the pattern of its file names, e.g. \"*\(kind.name)*.csv\"", at: node) }
        let (required, optional) = kind.fields
        for (field, value) in columnsNode.flatMap({ reader.mapping($0, key: "exports.columns") }) ?? [] {
            guard required.contains(field) || optional.contains(field) else {
                reader.error("`\(kind.name)` has no field `\(field)`; its fields are \((required + optional).joined(separator: ", "))", at: value)
                continue
            }
            export.columns[field] = reader.strings(value, key: "exports.columns.\(field)") ?? []
        }
        let missing = required.filter { export.columns[$0]?.isEmpty ?? true }
        if !missing.isEmpty {
            reader.error("`\(kind.name)` needs a column for \(missing.joined(separator: ", "))", at: columnsNode ?? node)
        }
        if kind == .deals && export.stages.isEmpty {
            reader.error("`deals` needs `stages`: each CRM deal stage with its status (open, won, lost) and probability", at: node)
        }
        for field in export.values.keys where export.columns[field] == nil {
            reader.error("`values.\(field)` maps a field that has no column", at: node)
        }
        return export
    }

    private static func valueMap(_ node: Node, key: String, reader: inout YAMLReader) -> ExportMapping.ValueMap {
        var map: ExportMapping.ValueMap = [:]
        for (crmValue, ours) in reader.mapping(node, key: key) ?? [] {
            let folded = crmValue == "*" ? "*" : ImportMapping.folded(crmValue)
            if ours.null != nil {
                map[folded] = .some(nil)
            } else if let text = reader.string(ours, key: key) {
                map[folded] = .some(text)
            }
        }
        return map
    }

    private static func stages(_ node: Node, reader: inout YAMLReader) -> [String: ExportMapping.Stage] {
        var stages: [String: ExportMapping.Stage] = [:]
        for (name, value) in reader.mapping(node, key: "exports.stages") ?? [] {
            var status: Deal.Status?
            var probability: Int?
            for (key, field) in reader.mapping(value, key: "exports.stages.\(name)") ?? [] {
                switch key {
                case "status":
                    let text = reader.string(field, key: "status") ?? ""
                    status = Deal.Status(rawValue: text)
                    if status == nil { reader.error("unknown deal status `\(text)`; use open, won or lost", at: field) }
                case "probability":
                    probability = reader.integer(field, key: "probability")
                    if let value = probability, !(0...100).contains(value) {
                        reader.error("`probability` is a whole percent, 0 to 100", at: field)
                    }
                default: reader.error("unknown key `\(key)` in a stage; use status and probability", at: field)
                }
            }
            guard let status else {
                reader.error("stage `\(name)` needs a `status` (open, won or lost)", at: value)
                continue
            }
            let implied = status == .won ? 100 : status == .lost ? 0 : nil
            guard let chance = probability ?? implied else {
                reader.error("open stage `\(name)` needs a `probability`", at: value)
                continue
            }
            stages[ImportMapping.folded(name)] = ExportMapping.Stage(status: status, probability: chance)
        }
        return stages
    }
}
