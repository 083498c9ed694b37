/// One thing the site search finds: a page, with its text under each heading, or a record
/// of the pipeline or the calendar (a rep, a customer, a meeting series) found by its name.
struct SearchEntry: Sendable, Equatable {
    struct Heading: Sendable, Equatable {
        var text: String
        var anchor: String
    }

    /// The URL path of the page it opens (`""` for home).
    var path: String
    /// The element it opens on that page, e.g. a customer's row.
    var fragment: String?
    var title: String
    /// What a record is, e.g. `Khách hàng · Nguyễn An`; nil for handbook pages.
    var label: String?
    var headings: [Heading]
    /// The text before the first heading, then under each heading: one space between words.
    var texts: [String]

    init(path: String, fragment: String? = nil, title: String, label: String? = nil, headings: [Heading] = [], texts: [String] = []) {
        self.path = path
        self.fragment = fragment
        self.title = title
        self.label = label
        self.headings = headings
        self.texts = texts.map(Self.compacted)
    }

    /// Runs of white space as one space, none at either end. By scalar, and ASCII without
    /// the property tables: splitting characters would find grapheme breaks in megabytes of
    /// text for nothing.
    static func compacted(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? (scalar == " " || ("\t"..."\r").contains(scalar)) : scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
