#if canImport(CMimalloc)
import CMimalloc
import Glibc

/// Which allocator serves this process's `malloc`. On Linux the executable links mimalloc so
/// that it does; `--verbose` says so, and the CLI checks hold the build to it, because a link
/// order or a loader that let the C library's malloc win again would add about 15% to a clean
/// build without failing anything else.
enum Allocator {
    static var name: String {
        guard let probe = malloc(64) else { return "unknown" }
        defer { free(probe) }
        guard mi_is_in_heap_region(probe) else { return "not mimalloc" }
        let version = mi_version()
        return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
    }
}
#else
/// Elsewhere the system's allocator serves the process: on macOS the system's Swift runtime
/// and Foundation are bound to libsystem_malloc, which linking another allocator does not
/// replace.
enum Allocator {
    static let name = "the system's malloc"
}
#endif
