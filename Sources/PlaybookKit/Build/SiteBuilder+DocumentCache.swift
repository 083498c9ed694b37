import Foundation

/// The records in `.playbook/` beside the build manifest: what loading learnt of each
/// document, and the headings the search index holds. Read before a build, written after one
/// that succeeded. They are only caches: a missing or damaged one means more work, the same
/// site.
extension SiteBuilder {
    /// Records made by another generator, or for another content folder, are not used.
    var documentCacheIdentity: String {
        Self.generatorIdentity + " " + options.contentRoot.path
    }

    func previousDocumentCache() -> DocumentCache? {
        guard !options.clean, let bytes = FileBytes.read(options.documentCacheFile.path) else { return nil }
        return DocumentCache.decode(bytes, generator: documentCacheIdentity)
    }

    func recordDocuments(_ bytes: [UInt8]?) {
        guard let bytes else { return }
        try? RecordFile.writeOverSpare(bytes, to: options.documentCacheFile)
    }

    func previousHistoryCache() -> HistoryCache? {
        guard !options.clean, let bytes = FileBytes.read(options.historyCacheFile.path) else { return nil }
        return HistoryCache.decode(bytes, generator: documentCacheIdentity)
    }

    func record(_ history: HistoryCache) {
        try? RecordFile.writeOverSpare(history.encoded(generator: documentCacheIdentity), to: options.historyCacheFile)
    }

    func previousSearchHeadings() -> SearchHeadingCache? {
        guard !options.clean, let bytes = FileBytes.read(options.searchHeadingsFile.path) else { return nil }
        return SearchHeadingCache.decode(bytes, generator: Self.generatorIdentity)
    }

    func record(_ headings: SearchHeadingCache) {
        try? RecordFile.writeOverSpare(headings.encoded(generator: Self.generatorIdentity), to: options.searchHeadingsFile)
    }
}
