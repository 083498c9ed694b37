import Foundation

/// Folding that makes Vietnamese text comparable and URL-safe without depending on the
/// process locale: the same input folds the same way under any `LANG`.
public enum TextFolding {
    /// Lower-cases, strips diacritics (also `đ`/`Đ`, which Unicode does not decompose)
    /// and returns the text in canonical decomposed-then-stripped form.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
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
        return String(scalars)
    }

    /// `Các mốc thời gian cần nhớ` -> `cac-moc-thoi-gian-can-nho`: ASCII letters and digits
    /// joined by single hyphens. Empty when nothing alphanumeric is left.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in fold(text).unicodeScalars {
            let isASCIIAlphanumeric = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
            if isASCIIAlphanumeric {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
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
