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

    /// Runs of white space (Unicode's White_Space) as one space, none at either end. By UTF-8
    /// bytes, copying each run of words as a slice of the text: appending scalar by scalar
    /// to a string was a tenth of a clean build, and a result put together from bytes was
    /// checked as UTF-8 again.
    static func compacted(_ text: String) -> String {
        var text = text
        let mayStartWhiteSpace = Self.mayStartWhiteSpace
        let runs = text.withUTF8 { bytes -> [Range<Int>] in
            var runs: [Range<Int>] = []
            var index = 0
            while index < bytes.count {
                let space = whiteSpaceLength(in: bytes, at: index)
                if space > 0 {
                    index += space
                    continue
                }
                // A run of words, copied whole: it ends at white space other than one space
                // between two words. Most bytes cannot start white space (the table; a
                // continuation byte never does, nor E1 but before 9A) and are passed one by one.
                var end = index
                while end < bytes.count {
                    let byte = bytes[end]
                    if !mayStartWhiteSpace[Int(byte)] || (byte == 0xE1 && end + 1 < bytes.count && bytes[end + 1] != 0x9A) {
                        end += 1
                    } else if byte == UInt8(ascii: " "), end + 1 < bytes.count, whiteSpaceLength(in: bytes, at: end + 1) == 0 {
                        end += 1
                    } else if whiteSpaceLength(in: bytes, at: end) == 0 {
                        end = min(end + scalarLength(leadingByte: bytes[end]), bytes.count)
                    } else {
                        break
                    }
                }
                runs.append(index..<end)
                index = end
            }
            return runs
        }
        if runs.count == 1, runs[0].count == text.utf8.count { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for run in runs {
            if !result.isEmpty { result += " " }
            result.append(utf8: run, of: text)
        }
        return result
    }

    /// The bytes a White_Space scalar can start with.
    private static let mayStartWhiteSpace: [Bool] = (0...255).map { byte in
        (0x09...0x0D).contains(byte) || [0x20, 0xC2, 0xE1, 0xE2, 0xE3].contains(byte)
    }

    /// How many bytes a White_Space scalar at `index` takes, 0 if the scalar there is not one:
    /// U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000.
    private static func whiteSpaceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        func next(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch byte {
        case 0xC2: return next(1) == 0x85 || next(1) == 0xA0 ? 2 : 0
        case 0xE1: return next(1) == 0x9A && next(2) == 0x80 ? 3 : 0
        case 0xE2:
            guard let second = next(1), let third = next(2) else { return 0 }
            if second == 0x80 { return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return next(1) == 0x80 && next(2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    private static func scalarLength(leadingByte byte: UInt8) -> Int {
        switch byte {
        case ..<0x80: 1
        case 0xF0...: 4
        case 0xE0...: 3
        default: 2
        }
    }
}
