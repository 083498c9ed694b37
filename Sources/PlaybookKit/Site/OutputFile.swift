import Foundation

/// One file of the generated site, by its path relative to the output folder.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case text(String)
        /// A file published as it is, copied from this source.
        case copy(URL)
        /// The previous build's file, made from the same inputs, still holds.
        case unchanged
    }

    public var path: String
    public var content: Content
    /// What the file was made from, for the next build to compare; nil when not tracked.
    public var inputs: Fingerprint?

    public init(path: String, content: Content, inputs: Fingerprint? = nil) {
        self.path = path
        self.content = content
        self.inputs = inputs
    }

    func made(from inputs: Fingerprint) -> OutputFile {
        OutputFile(path: path, content: content, inputs: inputs)
    }
}
