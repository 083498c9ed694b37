import Foundation

/// The `Content-Type` of each kind of file a site holds.
enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let javascript = "text/javascript; charset=utf-8"
    static let text = "text/plain; charset=utf-8"

    static func of(_ file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "html", "htm": html
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": javascript
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "xml": "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "txt": text
        default: "application/octet-stream"
        }
    }
}
