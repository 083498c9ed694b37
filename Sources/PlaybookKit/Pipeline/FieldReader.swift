/// Typed reads of one JSON value, each reporting a wrong type at the value's place.
/// `null` reads as absent; whether absence is allowed is the caller's business.
enum FieldReader {
    typealias SyntaxError = JSONReader.SyntaxError

    static func string(_ reader: inout JSONReader, _ path: JSONPath, into decoder: inout SnapshotDecoder) throws(SyntaxError) -> String? {
        let offset = reader.offset
        switch try reader.peekKind() {
        case .string: return try reader.readString()
        case .null:
            try reader.readNull()
            return nil
        default:
            decoder.fail(offset, path, "must be a text in double quotes")
            try reader.skipValue()
            return nil
        }
    }

    /// A text shown to people: normalised to NFC like every other input text.
    static func name(_ reader: inout JSONReader, _ path: JSONPath, into decoder: inout SnapshotDecoder) throws(SyntaxError) -> String? {
        guard let text = try string(&reader, path, into: &decoder) else { return nil }
        return text.utf8.allSatisfy { $0 < 0x80 } ? text : TextFolding.normalized(text)
    }

    static func integer(_ reader: inout JSONReader, _ path: JSONPath, into decoder: inout SnapshotDecoder) throws(SyntaxError) -> Int? {
        let offset = reader.offset
        switch try reader.peekKind() {
        case .number:
            switch try reader.readNumber() {
            case .integer(let value): return value
            case .tooLarge:
                decoder.fail(offset, path, "the number does not fit in 64 bits")
            case .fractional:
                decoder.fail(offset, path, "must be a whole number")
            }
            return nil
        case .null:
            try reader.readNull()
            return nil
        default:
            decoder.fail(offset, path, "must be a number")
            try reader.skipValue()
            return nil
        }
    }

    static func integer(
        _ reader: inout JSONReader, _ path: JSONPath, in range: ClosedRange<Int>, rule: String, into decoder: inout SnapshotDecoder
    ) throws(SyntaxError) -> Int? {
        let offset = reader.offset
        guard let value = try integer(&reader, path, into: &decoder) else { return nil }
        guard range.contains(value) else {
            decoder.fail(offset, path, "\(value) is out of range: \(rule)")
            return nil
        }
        return value
    }

    static func bool(_ reader: inout JSONReader, _ path: JSONPath, into decoder: inout SnapshotDecoder) throws(SyntaxError) -> Bool? {
        let offset = reader.offset
        switch try reader.peekKind() {
        case .bool: return try reader.readBool()
        case .null:
            try reader.readNull()
            return nil
        default:
            decoder.fail(offset, path, "must be true or false")
            try reader.skipValue()
            return nil
        }
    }

    static func date(
        _ reader: inout JSONReader, _ path: JSONPath, zone: inout ZoneCalendar, into decoder: inout SnapshotDecoder
    ) throws(SyntaxError) -> LocalDay? {
        let offset = reader.offset
        guard let text = try string(&reader, path, into: &decoder) else { return nil }
        guard let date = WrittenDate(text) else {
            decoder.fail(offset, path, "`\(text)` is not a date: write YYYY-MM-DD or an RFC 3339 date-time with an offset")
            return nil
        }
        let day = zone.localDay(of: date)
        guard !day.isBeforeSupportedYears else {
            decoder.fail(offset, path, "`\(text)` is before \(LocalDay.supportedYears.lowerBound); check the year")
            return nil
        }
        return day
    }

    static func choice<Value: RawRepresentable & CaseIterable>(
        _ reader: inout JSONReader, _ path: JSONPath, into decoder: inout SnapshotDecoder
    ) throws(SyntaxError) -> Value? where Value.RawValue == String {
        let offset = reader.offset
        guard let text = try string(&reader, path, into: &decoder) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            decoder.fail(offset, path, "`\(text)` is not one of \(allowed)")
            return nil
        }
        return value
    }

    /// Reads an object, calling `body` per key; anything but an object is reported.
    static func object(
        _ reader: inout JSONReader, _ path: JSONPath, into decoder: inout SnapshotDecoder,
        _ body: (inout JSONReader, String, inout SnapshotDecoder) throws(SyntaxError) -> Void
    ) throws(SyntaxError) -> Bool {
        let offset = reader.offset
        guard try reader.peekKind() == .object else {
            decoder.fail(offset, path, "must be an object")
            try reader.skipValue()
            return false
        }
        var duplicates: [(String, Int)] = []
        try reader.readObject(duplicate: { duplicates.append(($0, $1)) }) { reader, key, _ throws(SyntaxError) in
            try body(&reader, key, &decoder)
        }
        for (key, keyOffset) in duplicates {
            decoder.fail(keyOffset, path.appending(key), "duplicate key")
        }
        return true
    }

    /// Reads an array, calling `body` per element with its index and offset.
    static func array(
        _ reader: inout JSONReader, _ collection: String, into decoder: inout SnapshotDecoder,
        _ body: (inout JSONReader, Int, Int, inout SnapshotDecoder) throws(SyntaxError) -> Void
    ) throws(SyntaxError) {
        let offset = reader.offset
        guard try reader.peekKind() == .array else {
            decoder.fail(offset, JSONPath(collection: collection), "must be a list")
            try reader.skipValue()
            return
        }
        try reader.readArray { reader, index, elementOffset throws(SyntaxError) in
            try body(&reader, index, elementOffset, &decoder)
        }
    }
}
