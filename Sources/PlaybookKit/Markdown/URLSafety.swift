/// The schemes cmark-gfm's safe mode refuses, applied by us because the renderer runs
/// cmark-gfm unsafe to emit its own heading markup (see `MarkdownRenderer`).
enum URLSafety {
    private static let refusedSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let allowedDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    static func isDangerous(_ destination: String) -> Bool {
        let trimmed = destination.drop(while: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
        let lowered = String(trimmed.prefix(20)).lowercased()
        guard refusedSchemes.contains(where: { lowered.hasPrefix($0) }) else { return false }
        return !allowedDataPrefixes.contains(where: { lowered.hasPrefix($0) })
    }
}
