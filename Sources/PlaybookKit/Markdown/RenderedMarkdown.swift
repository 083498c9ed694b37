/// What the renderer hands back for one Markdown text: the HTML body and what the
/// site needs to know about it without parsing HTML again.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var headings: [MarkdownHeading]
    public var images: [MarkdownImage]
    public var taskItems: [TaskItem] = []
    public var metricMarkers: [MetricMarker] = []
    public var brokenLinks: [BrokenLink] = []
    /// The plain text before the first heading, then under each of `headings` in order:
    /// what search matches and quotes.
    public var sectionTexts: [String] = []
}

public struct MarkdownHeading: Sendable, Equatable {
    public var level: Int
    public var text: String
    /// The anchor id, unique within the document.
    public var id: String
}

public struct MarkdownImage: Sendable, Equatable {
    public var source: String
    public var alt: String
    public var position: SourcePosition
}

/// A link or image destination the site could not resolve, with why and where it is written.
public struct BrokenLink: Sendable, Equatable {
    public var destination: String
    public var message: String
    public var position: SourcePosition
}

/// The site's answer for a destination: keep it, replace it, drop it (the renderer then
/// emits an empty `href`, as cmark-gfm's safe mode does), or keep it and report it broken.
public enum LinkResolution: Sendable, Equatable {
    case keep
    case replace(String)
    case drop
    /// Kept as written; the renderer finds where it is written, which only a broken link
    /// needs (a third of a link's cost was finding its column).
    case broken(String)
}
