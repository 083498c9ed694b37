import CCmarkGFM
import Foundation

/// The only code that talks to libcmark-gfm.
///
/// cmark-gfm's HTML renderer cannot put ids on headings, so each heading is rendered on its
/// own and replaced by an HTML block carrying the id. HTML blocks only pass through in
/// unsafe mode; the renderer therefore runs unsafe and does what safe mode would itself:
/// user-written HTML becomes `<!-- raw HTML omitted -->` and dangerous link schemes are
/// emptied. The tagfilter extension still applies when raw HTML is allowed.
public struct MarkdownRenderer: Sendable {
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
        Self.registerExtensions
    }

    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let omittedHTML = "<!-- raw HTML omitted -->"

    /// Renders `markdown`; `resolveLink` decides what each link and image destination becomes,
    /// and each of `terms` is linked where the prose first uses it.
    public func render(
        _ markdown: String,
        linkingFirstUsesOf terms: [LinkedTerm] = [],
        resolveLink: (String) -> LinkResolution = { _ in .keep }
    ) -> RenderedMarkdown {
        // No CMARK_OPT_VALIDATE_UTF8: a Swift string is valid UTF-8 already, and cmark-gfm
        // replaces NUL bytes whatever the options.
        let options = CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else {
            return RenderedMarkdown(html: "", headings: [], images: [])
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else {
            return RenderedMarkdown(html: "", headings: [], images: [])
        }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        // A marker's keys hold `_`, which splits text nodes; one node per run of text lets a
        // marker be found and removed whole.
        cmark_consolidate_text_nodes(document)

        let nodes = CollectedNodes(document)
        for node in nodes.rawHTML where !allowsRawHTML {
            cmark_node_set_literal(node, Self.omittedHTML)
        }
        var images: [MarkdownImage] = []
        var brokenLinks: [BrokenLink] = []
        var locator = LinkLocator(markdown: markdown)
        for node in nodes.linksAndImages {
            let destination = String(cString: cmark_node_get_url(node))
            // Where it is written is looked for only when something needs it: an image (for
            // its alt text's warning) or a broken link.
            let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
            let imagePosition = isImage ? locator.locate(destination, reportedBy: node) : nil
            switch URLSafety.isDangerous(destination) ? .drop : resolveLink(destination) {
            case .keep: break
            case .replace(let url): cmark_node_set_url(node, url)
            case .drop: cmark_node_set_url(node, "")
            case .broken(let message):
                let position = imagePosition ?? locator.locate(destination, reportedBy: node)
                brokenLinks.append(BrokenLink(destination: destination, message: message, position: position))
            }
            if let imagePosition {
                images.append(MarkdownImage(source: destination, alt: Self.plainText(of: node), position: imagePosition))
            }
        }
        var markers: [MetricMarker] = []
        for node in nodes.markedText {
            let literal = String(cString: cmark_node_get_literal(node))
            let (text, parsed) = MetricMarker.strip(literal)
            let position = locator.locate(MetricMarker.opening, reportedBy: node)
            markers += parsed.map { MetricMarker(keys: $0.keys, period: $0.period, position: position) }
            cmark_node_set_literal(node, text)
        }
        TermLinker.linkFirstUses(of: terms, in: document)
        let taskItems = nodes.taskItems.map { item, headingIndex in
            Self.taskItem(item, headingIndex: headingIndex, markers: markers)
        }
        let sectionTexts = Self.sectionTexts(of: document)
        for ((node, _), item) in zip(nodes.taskItems, taskItems) {
            Self.labelCheckbox(of: node, checked: item.checked)
        }
        var headings: [MarkdownHeading] = []
        var anchors = AnchorAllocator()
        for node in nodes.headings {
            let text = Self.plainText(of: node)
            headings.append(MarkdownHeading(
                level: Int(cmark_node_get_heading_level(node)),
                text: text,
                id: anchors.allocate(for: text)
            ))
        }
        // Where no raw HTML passes through, every `<hN>` of the page is a heading's, in order,
        // and takes its id there; rendering each heading on its own to replace it took more
        // than cmark-gfm's whole rendering of the page.
        var html = nodes.rawHTML.isEmpty || !allowsRawHTML
            ? Self.insertingIDs(headings.map(\.id), into: Self.takeString(cmark_render_html(document, options, extensions)))
            : nil
        if html == nil {
            for (node, heading) in zip(nodes.headings, headings) {
                Self.replace(node, withHTML: Self.headingHTML(node, id: heading.id, extensions: extensions))
            }
            html = Self.takeString(cmark_render_html(document, options, extensions))
        }
        return RenderedMarkdown(
            html: html ?? "", headings: headings, images: images, taskItems: taskItems, metricMarkers: markers,
            brokenLinks: brokenLinks, sectionTexts: sectionTexts)
    }

    /// The visible text before the first heading, then under each heading (its own text
    /// left out), with a space wherever a block ends so words of two blocks never join.
    /// Gathered as bytes, each section made a string once: a string per text node, each
    /// checked as UTF-8 and appended, cost twice as much.
    private static func sectionTexts(of document: OpaquePointer) -> [String] {
        var sections: [String] = []
        var text: [UInt8] = []
        guard let iterator = cmark_iter_new(document) else { return [""] }
        defer { cmark_iter_free(iterator) }
        var inHeading = false
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                inHeading = event == CMARK_EVENT_ENTER
                if inHeading {
                    sections.append(String(decoding: text, as: UTF8.self))
                    text.removeAll(keepingCapacity: true)
                }
                continue
            }
            if inHeading { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) {
                    text.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: " "))
            default:
                if event == CMARK_EVENT_EXIT, isBlock(type) { text.append(UInt8(ascii: " ")) }
            }
        }
        sections.append(String(decoding: text, as: UTF8.self))
        return sections
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }

    /// The item's own paragraph, its nesting and the markers written on its lines.
    private static func taskItem(_ node: OpaquePointer, headingIndex: Int?, markers: [MetricMarker]) -> TaskItem {
        var depth = 0
        var ancestor = cmark_node_parent(node)
        while let current = ancestor {
            if cmark_node_get_type(current) == CMARK_NODE_ITEM { depth += 1 }
            ancestor = cmark_node_parent(current)
        }
        let paragraph = cmark_node_first_child(node)
        let firstLine = Int(cmark_node_get_start_line(node))
        let lastLine = paragraph.map { Int(cmark_node_get_end_line($0)) } ?? firstLine
        return TaskItem(
            text: paragraph.map(plainText(of:))?.trimmingHorizontalWhitespace() ?? "",
            checked: cmark_gfm_extensions_get_tasklist_item_checked(node),
            depth: depth,
            headingIndex: headingIndex,
            markers: markers.filter { (firstLine...lastLine).contains($0.position.line) },
            line: firstLine)
    }

    /// cmark-gfm puts the item's checkbox before its text with nothing naming it, so screen
    /// readers announce a checkbox without a name. The item is rendered as a plain one whose
    /// first paragraph starts with the checkbox inside a `<label>` that ends with the paragraph.
    private static func labelCheckbox(of item: OpaquePointer, checked: Bool) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let opening = cmark_node_new(CMARK_NODE_HTML_INLINE),
              let closing = cmark_node_new(CMARK_NODE_HTML_INLINE) else { return }
        cmark_node_set_literal(opening, "<label class=\"task\"><input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" /> ")
        cmark_node_set_literal(closing, "</label>")
        cmark_node_prepend_child(paragraph, opening)
        cmark_node_append_child(paragraph, closing)
        cmark_node_set_syntax_extension(item, nil)
    }

    /// `html` with ` id="…"` written into each `<h1>`…`<h6>` opening tag, the ids in order;
    /// nil unless there are exactly as many such tags as ids.
    static func insertingIDs(_ ids: [String], into html: String) -> String? {
        var html = html
        // Where each tag's `>` stands, found from one `<` to the next with memchr.
        let ends = html.withUTF8 { bytes -> [Int] in
            guard let base = bytes.baseAddress else { return [] }
            var ends: [Int] = []
            var index = 0
            while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) {
                let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                index = at + 1
                if at + 3 < bytes.count, bytes[at + 1] == UInt8(ascii: "h"), bytes[at + 3] == UInt8(ascii: ">"),
                   (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[at + 2]) {
                    ends.append(at + 3)
                }
            }
            return ends
        }
        guard ends.count == ids.count else { return nil }
        var result = ""
        result.reserveCapacity(html.utf8.count + ids.count * 24)
        var copied = 0
        for (end, id) in zip(ends, ids) {
            result.append(utf8: copied..<end, of: html)
            result += " id=\"" + id + "\""
            copied = end
        }
        result.append(utf8: copied..<html.utf8.count, of: html)
        return result
    }

    private static func headingHTML(_ node: OpaquePointer, id: String, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        let html = takeString(cmark_render_html(node, CMARK_OPT_UNSAFE, extensions))
        let level = cmark_node_get_heading_level(node)
        let openingTag = "<h\(level)>"
        // By bytes: `hasPrefix` and `dropFirst` compare and count Characters.
        guard html.utf8.starts(with: openingTag.utf8) else { return html }
        return "<h\(level) id=\"\(id)\">" + html[html.utf8.index(html.startIndex, offsetBy: openingTag.utf8.count)...]
    }

    private static func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return }
        cmark_node_set_literal(block, html)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// The visible text of a node's inline children: what a heading or alt text reads as.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    private static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// The nodes the renderer changes, gathered first because cmark's iterator must not see
/// the tree change under it.
private struct CollectedNodes {
    var headings: [OpaquePointer] = []
    var linksAndImages: [OpaquePointer] = []
    var rawHTML: [OpaquePointer] = []
    var markedText: [OpaquePointer] = []
    /// Task-list items with the index of the heading above them.
    var taskItems: [(OpaquePointer, Int?)] = []

    /// The marker's opening as a C string, made once: passing the Swift string to `strstr`
    /// made a C copy of it for every text node.
    private static let markerOpening = Array(MetricMarker.opening.utf8CString)

    init(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        let opening = Self.markerOpening
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if let literal = cmark_node_get_literal(node), opening.withUnsafeBufferPointer({ $0.baseAddress.flatMap { strstr(literal, $0) } }) != nil {
                    markedText.append(node)
                }
            case CMARK_NODE_ITEM:
                if String(cString: cmark_node_get_type_string(node)) == "tasklist" {
                    taskItems.append((node, headings.isEmpty ? nil : headings.count - 1))
                }
            case CMARK_NODE_HEADING: headings.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linksAndImages.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
            default: break
            }
        }
    }
}

/// GitHub-style anchors: the folded heading text, with `-1`, `-2`… on repeats.
struct AnchorAllocator {
    private var used: Set<String> = []

    mutating func allocate(for text: String) -> String {
        let slug = TextFolding.slug(text)
        let base = slug.isEmpty ? "section" : slug
        var candidate = base
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}
