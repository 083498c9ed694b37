import CCmarkGFM

/// Links each term's first use in a document's prose by splitting the text node it is in
/// and putting a link node around the words. Headings, links and images are left alone (a
/// link cannot hold a link, and a heading is not where a reader meets a word first); code
/// is not text, so it is never searched.
enum TermLinker {
    static func linkFirstUses(of terms: [LinkedTerm], in document: OpaquePointer) {
        let matcher = TermMatcher(terms)
        guard !matcher.isEmpty else { return }
        var linked: Set<String> = []
        for textNode in prose(in: document) {
            var node = textNode
            var remaining = String(cString: cmark_node_get_literal(node))
            while let use = matcher.firstUse(in: remaining, excluding: linked),
                  let link = cmark_node_new(CMARK_NODE_LINK),
                  let words = cmark_node_new(CMARK_NODE_TEXT),
                  let rest = cmark_node_new(CMARK_NODE_TEXT) {
                linked.insert(use.destination)
                cmark_node_set_literal(node, String(remaining[..<use.range.lowerBound]))
                cmark_node_set_url(link, use.destination)
                cmark_node_set_literal(words, String(remaining[use.range]))
                cmark_node_append_child(link, words)
                remaining = String(remaining[use.range.upperBound...])
                cmark_node_set_literal(rest, remaining)
                cmark_node_insert_after(node, link)
                cmark_node_insert_after(link, rest)
                node = rest
            }
        }
    }

    /// The text nodes outside headings, links and images, in reading order, gathered first
    /// because cmark's iterator must not see the tree change under it.
    private static func prose(in document: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return nodes }
        defer { cmark_iter_free(iterator) }
        var skippedDepth = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                skippedDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            case CMARK_NODE_TEXT where skippedDepth == 0:
                nodes.append(node)
            default:
                break
            }
        }
        return nodes
    }
}
