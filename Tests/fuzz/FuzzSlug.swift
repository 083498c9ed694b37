// libFuzzer target: the slugger and the folding behind search, on any bytes read as UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSlug(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let slug = TextFolding.slug(text)
    precondition(slug.utf8.allSatisfy { ("a"..."z").contains(Character(Unicode.Scalar($0))) || ("0"..."9").contains(Character(Unicode.Scalar($0))) || $0 == 0x2D },
                 "a slug with a character outside a-z, 0-9 and -")
    precondition(TextFolding.slug(slug) == slug, "slugging a slug changes it")
    _ = TextFolding.fold(text)
    return 0
}
