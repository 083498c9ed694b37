import Foundation

/// The live-reload client. Pages get a `<script src>` tag, never inline code, so that a
/// Content-Security-Policy forbidding inline scripts still lets it run; the server adds the
/// tag to the pages it sends and nothing of it is written to the output folder.
enum LiveReload {
    static let scriptPath = "/__playbook/reload.js"
    static let eventsPath = "/__playbook/events"

    /// Long-polls for the build after the one the page came from (its `data-build`), and
    /// reloads when there is one. A failed request is retried a second later: the server
    /// may be restarting, and a restarted server's builds have another name, so it reloads.
    static let script = """
        (() => {
          const served = document.currentScript ? document.currentScript.dataset.build : "";
          const pause = (milliseconds) => new Promise((resume) => setTimeout(resume, milliseconds));
          const watch = async () => {
            for (;;) {
              try {
                const response = await fetch("\(eventsPath)?after=" + encodeURIComponent(served), { cache: "no-store" });
                const build = response.ok ? (await response.text()).trim() : served;
                if (build !== served) {
                  location.reload();
                  return;
                }
                if (!response.ok) await pause(1000);
              } catch {
                await pause(1000);
              }
            }
          };
          watch();
        })();

        """

    static func tag(build: String) -> String {
        "<script src=\"\(scriptPath)\" data-build=\"\(HTML.escape(build))\" defer></script>"
    }

    /// The page with the tag just before its last `</body>`, or at the end when it has none.
    static func inject(into page: String, build: String) -> String {
        guard let end = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return page + tag(build: build) + "\n"
        }
        return page[..<end.lowerBound] + tag(build: build) + "\n" + page[end.lowerBound...]
    }
}
