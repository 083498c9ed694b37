/// How a CRM's CSV exports become a snapshot: which file is which export, which column feeds
/// which snapshot field, how the CRM's words map to ours, and how it writes dates and
/// numbers. Read from YAML by `ImportMappingReader`; `content/data/import/hubspot.yml` is the
/// one shipped for HubSpot (documented in docs/IMPORT.md).
public struct ImportMapping: Sendable {
    public var timezone = SnapshotDecoder.defaultTimezone
    public var currency = "VND"
    /// Nil guesses each file's separator from its header line.
    public var delimiter: Unicode.Scalar?
    public var dateFormats: [ImportDateFormat] = [.iso, .dayMonthYear]
    public var decimalSeparator: Character = "."
    public var thousandsSeparator: Character?
    public var reps: [RepEntry] = []
    public var exports: [ExportMapping] = []

    /// A rep as the snapshot lists them, with the names and e-mails the CRM writes for them.
    public struct RepEntry: Sendable {
        public var id: String
        public var name: String
        public var role: String
        public var email: String?
        public var active: Bool
        public var owners: [String]
    }
}

/// One kind of export file and how its columns map.
public struct ExportMapping: Sendable {
    public enum Kind: Sendable, Equatable {
        case companies, contacts, deals, targets
        case activities(Activity.Kind)

        static let byName: [(String, Kind)] = [
            ("companies", .companies), ("contacts", .contacts), ("deals", .deals), ("targets", .targets),
            ("calls", .activities(.call)), ("meetings", .activities(.meeting)), ("tasks", .activities(.task)),
            ("emails", .activities(.email)), ("notes", .activities(.note)), ("zalo", .activities(.zalo)),
        ]

        var name: String { Self.byName.first { $0.1 == self }!.0 }

        /// The snapshot fields a column may feed, required ones first.
        var fields: (required: [String], optional: [String]) {
            switch self {
            case .companies: (["id", "name", "rep"], ["segment", "region", "group", "care_day", "purchase_cycle_days"])
            case .contacts: (["id", "rep", "company", "status", "created"], ["customer", "source"])
            case .deals: (["id", "name", "rep", "customer", "stage", "amount", "created"], ["close"])
            case .targets: (["rep", "period"], ["revenue", "new_customers", "meetings", "leads"])
            case .activities: (["id", "rep", "date"], ["customer", "deal", "due", "done", "subject"])
            }
        }
    }

    /// A deal stage as the CRM names it, in our terms.
    public struct Stage: Sendable {
        public var status: Deal.Status
        public var probability: Int
    }

    /// A CRM value and what it becomes; `nil` leaves the row out on purpose.
    public typealias ValueMap = [String: String?]

    public var kind: Kind
    /// Shell patterns (`*deals*.csv`) matched against each export's file name.
    public var files: [String]
    /// Field → the columns it is read from, the first non-empty one winning.
    public var columns: [String: [String]]
    /// Field → value map, keyed by the folded CRM value (see `ImportMapping.folded`); `*`
    /// stands for any value not listed.
    public var values: [String: ValueMap]
    /// Folded stage name → stage; deals only.
    public var stages: [String: Stage]
}

extension ImportMapping {
    /// How CRM values are compared with the mapping's: trimmed, NFC, lower case.
    static func folded(_ value: String) -> String {
        TextFolding.normalized(value.trimmingCharacters(in: .whitespaces)).lowercased()
    }
}
