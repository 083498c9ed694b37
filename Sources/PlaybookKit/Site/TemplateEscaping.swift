import Mustache

/// The HTML escaping `{{x}}` does, as swift-mustache's own does it (`< > & " '`), but over
/// UTF-8 bytes, returning the text as it is when nothing needs escaping: the package's walks
/// `Character`s, breaking Vietnamese text into graphemes for every value of every page
/// (an eighth of a clean build). Byte by byte, a `<` that a combining mark joins into one
/// Character is escaped too, where the package's would let it through.
struct PlaybookHTMLEscaping: MustacheContentType {
    static let name = "PLAYBOOK_HTML"

    /// Put first in every template the library renders: the package's default content type
    /// is fixed, a pragma is how a template chooses another.
    static let pragma: String = {
        MustacheContentTypes.register(PlaybookHTMLEscaping(), named: name)
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }()

    func escapeText(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: Self.needsEscaping) }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): escaped += Array("&lt;".utf8)
            case UInt8(ascii: ">"): escaped += Array("&gt;".utf8)
            case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
            case UInt8(ascii: "\""): escaped += Array("&quot;".utf8)
            case UInt8(ascii: "'"): escaped += Array("&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
