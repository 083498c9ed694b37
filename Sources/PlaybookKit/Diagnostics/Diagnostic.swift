/// A problem found in the user's input, printed the way compilers do:
/// `file:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var file: String
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, in file: String, at position: SourcePosition? = nil) -> Diagnostic {
        Diagnostic(file: file, line: position?.line, column: position?.column, severity: .error, message: message)
    }

    public static func warning(_ message: String, in file: String, at position: SourcePosition? = nil) -> Diagnostic {
        Diagnostic(file: file, line: position?.line, column: position?.column, severity: .warning, message: message)
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// A 1-based line and column in a source file.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position `other` (relative to a fragment) has in a file where the fragment
    /// starts on line `self.line` at column 1.
    public func offsetting(by other: SourcePosition) -> SourcePosition {
        SourcePosition(line: line + other.line - 1, column: other.column)
    }
}

extension Diagnostic {
    /// File, then position, then message: a stable order whatever order stages ran in.
    public static func reportingOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return lhs.message < rhs.message
    }
}
