import Foundation

/// One file of the generated site, by its path relative to the output folder.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case text(String)
        /// A file published as it is, copied from this source.
        case copy(URL)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
