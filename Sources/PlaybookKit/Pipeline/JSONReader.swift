/// A pull reader over JSON bytes that keeps byte offsets, so that every problem can be
/// reported at its line and column. Foundation's JSONSerialization gives no positions and
/// builds a whole tree; the snapshot can hold millions of records, which this reads straight
/// into typed values. Written by hand for those two reasons.
struct JSONReader {
    enum ValueKind {
        case object, array, string, number, bool, null
    }

    struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    /// A number as written: its integer value when it is an integer that fits 64 bits.
    enum Number {
        case integer(Int)
        case tooLarge
        case fractional
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    /// Nesting depth, bounded so that hostile input cannot exhaust the stack.
    private var depth = 0
    static let maximumDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The kind of the next value, after whitespace.
    mutating func peekKind() throws(SyntaxError) -> ValueKind {
        skipWhitespace()
        guard offset < bytes.count else { throw SyntaxError(offset: offset, message: "unexpected end of the file") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw SyntaxError(offset: offset, message: "NaN and Infinity are not JSON numbers")
        default:
            throw SyntaxError(offset: offset, message: "expected a value, found `\(Self.describe(bytes[offset]))`")
        }
    }

    /// Calls `body` with each key of an object, positioned at the key's value; `body` must
    /// consume the value. Reports a repeated key through `duplicate`.
    mutating func readObject(
        duplicate: (String, Int) -> Void = { _, _ in },
        _ body: (inout JSONReader, String, Int) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        try expect(UInt8(ascii: "{"))
        try enter()
        skipWhitespace()
        if peekByte == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return
        }
        // An object has a handful of keys: a scan beats hashing every key into a new set.
        var seen: [String] = []
        while true {
            skipWhitespace()
            let keyOffset = offset
            guard peekByte == UInt8(ascii: "\"") else {
                throw SyntaxError(offset: offset, message: "expected a key in double quotes")
            }
            let key = try readString()
            if seen.contains(key) {
                duplicate(key, keyOffset)
            } else {
                seen.append(key)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try body(&self, key, offset)
            skipWhitespace()
            if peekByte == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            try expect(UInt8(ascii: "}"), what: "`,` or `}`")
            depth -= 1
            return
        }
    }

    /// Calls `body` with each element's index and offset; `body` must consume the element.
    mutating func readArray(_ body: (inout JSONReader, Int, Int) throws(SyntaxError) -> Void) throws(SyntaxError) {
        try expect(UInt8(ascii: "["))
        try enter()
        skipWhitespace()
        if peekByte == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return
        }
        var index = 0
        while true {
            skipWhitespace()
            try body(&self, index, offset)
            index += 1
            skipWhitespace()
            if peekByte == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            try expect(UInt8(ascii: "]"), what: "`,` or `]`")
            depth -= 1
            return
        }
    }

    mutating func readString() throws(SyntaxError) -> String {
        try expect(UInt8(ascii: "\""))
        let start = offset
        var hasEscapes = false
        while true {
            guard offset < bytes.count else { throw SyntaxError(offset: start - 1, message: "a string is not closed") }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                offset += 2
                continue
            }
            if byte < 0x20 { throw SyntaxError(offset: offset, message: "control character inside a string; escape it") }
            offset += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        offset += 1
        if !hasEscapes {
            guard let string = String(validating: raw, as: UTF8.self) else {
                throw SyntaxError(offset: start, message: "the string is not valid UTF-8")
            }
            return string
        }
        return try unescape(raw, start: start)
    }

    mutating func readNumber() throws(SyntaxError) -> Number {
        let start = offset
        var negative = false
        if peekByte == UInt8(ascii: "-") {
            negative = true
            offset += 1
        }
        var value = 0
        var overflow = false
        let digitsStart = offset
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
            let digit = Int(bytes[offset] - UInt8(ascii: "0"))
            let (multiplied, o1) = value.multipliedReportingOverflow(by: 10)
            // A negative number is gathered below zero, where 64 bits reach one further.
            let (added, o2) = negative ? multiplied.subtractingReportingOverflow(digit) : multiplied.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = added
            offset += 1
        }
        guard offset > digitsStart else { throw SyntaxError(offset: start, message: "invalid number") }
        if bytes[digitsStart] == UInt8(ascii: "0") && offset - digitsStart > 1 {
            throw SyntaxError(offset: start, message: "numbers cannot start with 0")
        }
        var fractional = false
        if peekByte == UInt8(ascii: ".") {
            fractional = true
            offset += 1
            let fractionStart = offset
            while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") { offset += 1 }
            guard offset > fractionStart else { throw SyntaxError(offset: start, message: "invalid number") }
        }
        if peekByte == UInt8(ascii: "e") || peekByte == UInt8(ascii: "E") {
            fractional = true
            offset += 1
            if peekByte == UInt8(ascii: "+") || peekByte == UInt8(ascii: "-") { offset += 1 }
            let exponentStart = offset
            while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") { offset += 1 }
            guard offset > exponentStart else { throw SyntaxError(offset: start, message: "invalid number") }
        }
        if fractional { return .fractional }
        if overflow { return .tooLarge }
        return .integer(value)
    }

    mutating func readBool() throws(SyntaxError) -> Bool {
        if matches("true") {
            offset += 4
            return true
        }
        if matches("false") {
            offset += 5
            return false
        }
        throw SyntaxError(offset: offset, message: "expected true or false")
    }

    mutating func readNull() throws(SyntaxError) {
        guard matches("null") else { throw SyntaxError(offset: offset, message: "expected null") }
        offset += 4
    }

    /// Reads and discards any value, checking its syntax but building no strings.
    mutating func skipValue() throws(SyntaxError) {
        switch try peekKind() {
        case .object:
            try expect(UInt8(ascii: "{"))
            try enter()
            skipWhitespace()
            if peekByte == UInt8(ascii: "}") {
                offset += 1
                depth -= 1
                return
            }
            while true {
                skipWhitespace()
                guard peekByte == UInt8(ascii: "\"") else {
                    throw SyntaxError(offset: offset, message: "expected a key in double quotes")
                }
                try skipString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                try skipValue()
                skipWhitespace()
                if peekByte == UInt8(ascii: ",") {
                    offset += 1
                    continue
                }
                try expect(UInt8(ascii: "}"), what: "`,` or `}`")
                depth -= 1
                return
            }
        case .array: try readArray { reader, _, _ throws(SyntaxError) in try reader.skipValue() }
        case .string: try skipString()
        case .number: _ = try readNumber()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
    }

    private mutating func skipString() throws(SyntaxError) {
        let start = offset
        offset += 1
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return
            }
            if byte < 0x20 { throw SyntaxError(offset: offset, message: "control character inside a string; escape it") }
            offset += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw SyntaxError(offset: start, message: "a string is not closed")
    }

    /// Moves to `offset`, to read again a value whose place an earlier pass noted.
    mutating func seek(to offset: Int) {
        self.offset = offset
    }

    /// After the top-level value only whitespace may follow.
    mutating func expectEnd() throws(SyntaxError) {
        skipWhitespace()
        if offset < bytes.count {
            throw SyntaxError(offset: offset, message: "unexpected `\(Self.describe(bytes[offset]))` after the end of the JSON value")
        }
    }

    private var peekByte: UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw SyntaxError(offset: offset, message: "nested more than \(Self.maximumDepth) levels deep")
        }
    }

    private mutating func expect(_ byte: UInt8, what: String? = nil) throws(SyntaxError) {
        guard offset < bytes.count else {
            throw SyntaxError(offset: offset, message: "unexpected end of the file; expected \(what ?? "`\(Self.describe(byte))`")")
        }
        guard bytes[offset] == byte else {
            throw SyntaxError(offset: offset, message: "expected \(what ?? "`\(Self.describe(byte))`"), found `\(Self.describe(bytes[offset]))`")
        }
        offset += 1
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return word.withUTF8Buffer { literal in
            (0..<count).allSatisfy { bytes[offset + $0] == literal[$0] }
        }
    }

    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, start: Int) throws(SyntaxError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        func hex4(at position: Int) throws(SyntaxError) -> UInt32 {
            guard position + 4 <= raw.count else { throw SyntaxError(offset: start + position, message: "invalid \\u escape") }
            var value: UInt32 = 0
            for byte in raw[position..<position + 4] {
                guard let digit = Self.hexValue(byte) else { throw SyntaxError(offset: start + position, message: "invalid \\u escape") }
                value = value * 16 + digit
            }
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else { throw SyntaxError(offset: start + index, message: "invalid escape") }
            let escaped = raw[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""): output.append(0x22)
            case UInt8(ascii: "\\"): output.append(0x5C)
            case UInt8(ascii: "/"): output.append(0x2F)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(at: index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar), index + 6 <= raw.count,
                   raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u") {
                    let low = try hex4(at: index + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw SyntaxError(offset: start + index - 6, message: "\\u escape names a lone surrogate")
                }
                output.append(contentsOf: Array(String(unicode).utf8))
            default:
                throw SyntaxError(offset: start + index - 2, message: "invalid escape `\\\(Self.describe(escaped))`")
            }
        }
        guard let string = String(validating: output, as: UTF8.self) else {
            throw SyntaxError(offset: start, message: "the string is not valid UTF-8")
        }
        return string
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "byte 0x" + String(byte, radix: 16)
    }
}

/// Turns byte offsets into 1-based lines and character columns, scanning only when asked.
struct SourceLocator {
    let bytes: UnsafeBufferPointer<UInt8>
    private var lineStarts: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func position(of offset: Int) -> SourcePosition {
        if lineStarts.isEmpty {
            lineStarts = [0]
            for index in bytes.indices where bytes[index] == 0x0A { lineStarts.append(index + 1) }
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let end = min(max(offset, lineStart), bytes.count)
        let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
        return SourcePosition(line: low + 1, column: column)
    }
}
