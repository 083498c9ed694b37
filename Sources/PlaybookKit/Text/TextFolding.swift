import Foundation

/// Folding that makes Vietnamese text comparable and URL-safe without depending on the
/// process locale: the same input folds the same way under any `LANG`.
public enum TextFolding {
    /// Lower-cases, strips diacritics (also `đ`/`Đ`, which Unicode does not decompose)
    /// and returns the text in canonical decomposed-then-stripped form.
    public static func fold(_ text: String) -> String {
        // Text of precomposed letters only (nearly all Vietnamese) has no combining mark to
        // reorder, so it folds letter by letter, each letter's fold looked up in a table made
        // once per process, byte by byte: decomposing through Foundation was a fifth of a
        // rebuild with nothing to do. Other text takes the general way.
        let table = precomposedFolds
        return table.bytes.withUnsafeBufferPointer { bytes in
            table.ends.withUnsafeBufferPointer { ends in
                var folded: [UInt8] = []
                folded.reserveCapacity(text.utf8.count)
                for scalar in text.unicodeScalars {
                    let value = scalar.value
                    let entry: Int
                    if value < 0x80 {
                        folded.append(UInt8(value) | ((0x41...0x5A).contains(value) ? 0x20 : 0))
                        continue
                    } else if value < 0x300 {
                        entry = Int(value)
                    } else if (0x1E00...0x1EFF).contains(value) {
                        entry = Int(value - 0x1E00 + 0x300)
                    } else {
                        return foldDecomposing(text)
                    }
                    let start = entry == 0 ? 0 : Int(ends[entry - 1])
                    folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<Int(ends[entry])]))
                }
                return String(decoding: folded, as: UTF8.self)
            }
        }
    }

    /// The UTF-8 of the fold of each scalar `isSurelyNFC` admits (U+0000–U+02FF, then
    /// U+1E00–U+1EFF) end to end in one buffer, with where each ends: an array per scalar
    /// had its count retained and released by every core for every letter. Every letter is
    /// decomposed in one call, each followed by a private-use starter that nothing combines
    /// with or reorders across: a call to Foundation per letter took 10 ms of every build.
    private static let precomposedFolds: (bytes: [UInt8], ends: [Int32]) = {
        let separator: Unicode.Scalar = "\u{E000}"
        var letters = String.UnicodeScalarView()
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) {
            letters.append(Unicode.Scalar(UInt32(value))!)
            letters.append(separator)
        }
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        for letter in String(letters).decomposedStringWithCanonicalMapping.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).dropLast() {
            bytes += Array(String(foldDecomposed(letter)).utf8)
            ends.append(Int32(bytes.count))
        }
        return (bytes, ends)
    }()

    static func foldDecomposing(_ text: String) -> String {
        String(foldDecomposed(text.decomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// Decomposed text without its marks, lower-cased, `đ` as `d`.
    private static func foldDecomposed(_ decomposed: some Sequence<Unicode.Scalar>) -> String.UnicodeScalarView {
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                continue
            default:
                break
            }
            switch scalar {
            case "\u{0111}", "\u{0110}": scalars.append("d")
            default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return scalars
    }

    /// `Các mốc thời gian cần nhớ` -> `cac-moc-thoi-gian-can-nho`: ASCII letters and digits
    /// joined by single hyphens. Empty when nothing alphanumeric is left.
    public static func slug(_ text: String) -> String {
        var result: [UInt8] = []
        var pendingHyphen = false
        for byte in fold(text).utf8 {
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                if pendingHyphen && !result.isEmpty { result.append(0x2D) }
                pendingHyphen = false
                result.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Unicode NFC, applied to every input text before anything else reads it.
    public static func normalized(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar has NFC_Quick_Check=Yes and combining class 0, so the text
    /// is NFC as it stands: everything below U+0300 (ASCII, Latin-1, Latin Extended-A and
    /// -B with ơ and ư) and Latin Extended Additional (U+1E00–U+1EFF, Vietnamese's
    /// precomposed letters). Foundation's normaliser is slow, and this is most text here.
    static func isSurelyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
    }
}
