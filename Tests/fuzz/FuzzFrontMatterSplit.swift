// libFuzzer target: the front-matter splitter, on any bytes read as UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatterSplit(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if case .success(let split) = FrontMatterSplit.split(text) {
        precondition(split.bodyFirstLine >= split.yamlFirstLine, "the body starts before the front matter")
    }
    return 0
}
