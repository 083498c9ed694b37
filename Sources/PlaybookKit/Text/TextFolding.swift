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
        text.precomposedStringWithCanonicalMapping
    }
}
