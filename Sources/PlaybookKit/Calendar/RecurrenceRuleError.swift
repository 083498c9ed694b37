/// A mistake in the text of a recurrence rule: what is wrong and how to fix it, and where it
/// starts, so that the caller can report it at its file, line and column.
public struct RecurrenceRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 0-based, in characters (as editors count them) from the start of the parsed text.
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String {
        "\(message) (at offset \(offset))"
    }
}
