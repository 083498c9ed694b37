import FlyingFox
import Foundation

/// Answers the preview server's requests: files of the output folder (HTML with the
/// live-reload tag), the live-reload script and its long poll, and the error page while the
/// last build failed. FlyingFox's `DirectoryHTTPHandler` is not used: it serves
/// `/%2e%2e/…` from outside its folder and does not map `/` to `index.html`.
struct PreviewRequestHandler: HTTPHandler {
    let outputRoot: URL
    let hub: ReloadHub
    /// How long a page's request for the next build is held before it is answered anyway.
    let pollLimit: Duration

    func handleRequest(_ request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var reply = Reply(status: .methodNotAllowed, text: "Only GET and HEAD are served.\n")
            reply.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return reply.response(includingBody: true)
        }
        guard Self.namesThisMachine(request.headers[.host]) else {
            return Reply(status: .forbidden, text: "Forbidden: the preview answers to 127.0.0.1 and localhost only.\n")
                .response(includingBody: request.method == .GET)
        }
        return await reply(to: request).response(includingBody: request.method == .GET)
    }

    /// A page on another site that points its own name at 127.0.0.1 (DNS rebinding) would
    /// otherwise read the preview, customer figures included; browsers always send `Host`.
    private static func namesThisMachine(_ host: String?) -> Bool {
        guard let host else { return true }
        let name = host.split(separator: ":", maxSplits: 1).first ?? ""
        return name == "127.0.0.1" || name.lowercased() == "localhost"
    }

    private func reply(to request: HTTPRequest) async -> Reply {
        // The raw target: FlyingFox's decoded `path` has already turned `%2e%2e` into `..`.
        let path = request.target.path()
        switch path {
        case LiveReload.scriptPath:
            return Reply(status: .ok, contentType: ContentType.javascript, body: Data(LiveReload.script.utf8))
        case LiveReload.eventsPath:
            let seen = request.query.first { $0.name == "after" }?.value ?? ""
            return Reply(status: .ok, text: await hub.build(after: seen, waitingAtMost: pollLimit))
        default:
            break
        }
        let build = await hub.currentBuild
        if let failureLines = await hub.failureLines, Self.asksForPage(path) {
            return Reply(status: .internalServerError, html: BuildErrorPage.html(lines: failureLines, build: build))
        }
        switch ServedPath.resolve(path, in: outputRoot) {
        case .file(let file):
            guard let body = try? Data(contentsOf: file) else { return notFound(build: build) }
            let contentType = ContentType.of(file)
            guard contentType == ContentType.html else { return Reply(status: .ok, contentType: contentType, body: body) }
            return Reply(status: .ok, html: LiveReload.inject(into: String(decoding: body, as: UTF8.self), build: build))
        case .folderWithoutSlash:
            // Temporary: the next build may make a file of what is a folder now.
            var reply = Reply(status: .found, text: "")
            reply.headers[.location] = path + "/"
            return reply
        case .notFound:
            return notFound(build: build)
        case .refused:
            return Reply(status: .forbidden, text: "Forbidden: outside the site.\n")
        }
    }

    /// The site's own `404.html` when it has one.
    private func notFound(build: String) -> Reply {
        guard case .file(let page) = ServedPath.resolve("/404.html", in: outputRoot),
              let body = try? Data(contentsOf: page)
        else { return Reply(status: .notFound, text: "Not found.\n") }
        return Reply(status: .notFound, html: LiveReload.inject(into: String(decoding: body, as: UTF8.self), build: build))
    }

    /// A page rather than a style sheet, image or feed: a folder, an HTML file or a path
    /// without an extension, the way browsers ask for the documents they show.
    private static func asksForPage(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        return path.hasSuffix("/") || !name.contains(".") || ContentType.of(URL(fileURLWithPath: String(name))) == ContentType.html
    }
}

/// A response before it is sent: `HEAD` gets the same headers as `GET`, without the body.
private struct Reply {
    var status: HTTPStatusCode
    var headers: HTTPHeaders
    var body: Data

    init(status: HTTPStatusCode, contentType: String, body: Data) {
        self.status = status
        self.headers = [.contentType: contentType]
        self.body = body
    }

    init(status: HTTPStatusCode, text: String) {
        self.init(status: status, contentType: ContentType.text, body: Data(text.utf8))
    }

    init(status: HTTPStatusCode, html: String) {
        self.init(status: status, contentType: ContentType.html, body: Data(html.utf8))
    }

    func response(includingBody: Bool) -> HTTPResponse {
        var headers = headers
        // Every reply is of the build in progress: a cached page would hide the next build.
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: includingBody ? body : Data())
    }
}
