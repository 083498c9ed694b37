import Foundation

/// The shipped playbook (config, content and templates) bundled with the binary, so that
/// `playbook init` can start a new playbook from it.
public enum ExamplePlaybook {
    public static let entries = ["playbook.yml", "content", "site-templates"]

    /// The folder holding the entries; nil when the resource bundle is not beside the binary.
    public static var root: URL? {
        guard let root = Bundle.module.resourceURL,
              FileManager.default.fileExists(atPath: root.appendingPathComponent("playbook.yml").path) else { return nil }
        return root
    }
}
