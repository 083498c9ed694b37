import CCmarkGFM
import Foundation

/// Finds where a link's destination is written. cmark-gfm's positions for inline nodes are
/// right on a paragraph's first line but drift on continuation lines and in table cells, so
/// the reported position is checked against the text and, when wrong, the destination is
/// looked up from the enclosing block's first line. Columns count characters, not bytes.
struct LinkLocator {
    private let markdown: String
    /// Where each line starts, found by the newline byte (splitting Characters broke every
    /// document into graphemes), and made only once a link asks.
    private lazy var lineStarts: [String.Index] = {
        var text = markdown
        let offsets = text.withUTF8 { bytes in
            var offsets = [0]
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                offsets.append(offset + 1)
            }
            return offsets
        }
        let utf8 = markdown.utf8
        return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }()

    init(markdown: String) {
        self.markdown = markdown
    }

    mutating func locate(_ destination: String, reportedBy node: OpaquePointer) -> SourcePosition {
        let reportedLine = Int(cmark_node_get_start_line(node))
        let reportedByteColumn = Int(cmark_node_get_start_column(node))
        let blockLine = max(1, Int(cmark_node_get_start_line(Self.enclosingBlock(of: node))))
        guard !destination.isEmpty else { return SourcePosition(line: blockLine, column: 1) }
        // `(dest` and `<dest` are how inline links and autolinks write it; the bare text
        // covers link reference definitions and GFM's bare URLs.
        for (prefix, skip) in [("(", 1), ("<", 1), ("", 0)] {
            let needle = prefix + destination
            if let column = find(needle, onLine: reportedLine, fromByteColumn: reportedByteColumn) {
                return SourcePosition(line: reportedLine, column: column + skip)
            }
            for line in blockLine...max(blockLine, lineStarts.count) {
                if let column = find(needle, onLine: line, fromByteColumn: 1) {
                    return SourcePosition(line: line, column: column + skip)
                }
            }
        }
        return SourcePosition(line: blockLine, column: 1)
    }

    /// The character column where `destination` starts on `line`, at or after a byte column.
    /// Found by its UTF-8 bytes (both texts are NFC, so equal text is equal bytes), counted
    /// in characters only up to where it starts.
    private mutating func find(_ destination: String, onLine line: Int, fromByteColumn byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return nil }
        let end = line < lineStarts.count ? markdown.utf8.index(before: lineStarts[line]) : markdown.endIndex
        let text = markdown[lineStarts[line - 1]..<end]
        let utf8 = text.utf8
        guard let start = utf8.index(utf8.startIndex, offsetBy: byteColumn - 1, limitedBy: utf8.endIndex),
              let found = Self.firstIndex(of: destination.utf8, in: utf8[start...]) else { return nil }
        return text.distance(from: text.startIndex, to: found) + 1
    }

    private static func firstIndex(of needle: String.UTF8View, in haystack: Substring.UTF8View.SubSequence) -> String.Index? {
        guard let first = needle.first else { return haystack.startIndex }
        var candidate = haystack.startIndex
        while let found = haystack[candidate...].firstIndex(of: first) {
            if haystack[found...].starts(with: needle) { return found }
            candidate = haystack.index(after: found)
        }
        return nil
    }

    private static func enclosingBlock(of node: OpaquePointer) -> OpaquePointer {
        var current = node
        while let parent = cmark_node_parent(current) {
            if cmark_node_get_type(current).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                return current
            }
            current = parent
        }
        return current
    }
}
