/// What the browser shows while the last build failed: the lines the terminal shows, and the
/// live-reload tag, so that saving the fix brings the site back by itself.
enum BuildErrorPage {
    static func html(lines: [String], build: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · playbook serve</title>
        </head>
        <body>
        <h1>The build failed</h1>
        <p>Fix what is listed below and save: this page reloads when the next build finishes.
        The files on disk are still those of the last build that succeeded.</p>
        <pre>\(lines.map(HTML.escape).joined(separator: "\n"))</pre>
        \(LiveReload.tag(build: build))
        </body>
        </html>

        """
    }
}
