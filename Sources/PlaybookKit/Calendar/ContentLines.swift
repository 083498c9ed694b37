/// An iCalendar stream being written, one content line (RFC 5545 §3.1) at a time: each is
/// folded to at most 75 octets and ended by CRLF.
struct ContentLines {
    static let maximumOctets = 75

    private(set) var text = ""

    /// Appends `NAME;PARAMETERS:value`; `parameters` and `value` come already written in
    /// their value types (see `ICalendarValue`), `parameters` with its leading `;`.
    mutating func append(_ name: String, _ value: String, parameters: String = "") {
        text += Self.fold(name + parameters + ":" + value)
        text += "\r\n"
    }

    /// Breaks `line` before any scalar that would take it past 75 octets, with CRLF and
    /// the space that readers remove when they unfold. Breaking only between scalars keeps
    /// every UTF-8 sequence whole, as §3.1 requires; Vietnamese letters take 2 or 3 octets.
    static func fold(_ line: String) -> String {
        var folded = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumOctets {
                folded.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            folded.append(scalar)
            octets += width
        }
        return String(folded)
    }
}
