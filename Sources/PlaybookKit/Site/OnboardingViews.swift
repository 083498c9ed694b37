import Mustache

/// A document's place on the new-hire path. The neighbours are named `previousStep` and
/// `nextStep`, not `previous` and `next`: inside `{{#onboarding}}` a missing step would
/// otherwise fall through to the page's section neighbours.
struct OnboardingNavView: Sendable {
    var step: String
    var previousStep: LinkView?
    var nextStep: LinkView?
    /// What the browser remembers the document as read under.
    var key: String
    var scriptHref: String
}

/// The new-hire path as the home page lists it.
struct OnboardingPathView: Sendable {
    struct Item: Sendable {
        var title: String
        var href: String
        /// The document's description. Not named `description`: when it is missing, the
        /// template would show the page's description found further up the context.
        var summary: String?
        var key: String
    }

    var items: [Item]
    /// "Đã đọc {read} / 6": the script fills in `{read}` from what this browser remembers.
    var progress: String
    var scriptHref: String
}

extension OnboardingNavView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "step": templateValue(self.step)
        case "previousStep": templateValue(self.previousStep)
        case "nextStep": templateValue(self.nextStep)
        case "key": templateValue(self.key)
        case "scriptHref": templateValue(self.scriptHref)
        default: nil
        }
    }
}

extension OnboardingPathView: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "items": templateValue(self.items)
        case "progress": templateValue(self.progress)
        case "scriptHref": templateValue(self.scriptHref)
        default: nil
        }
    }
}

extension OnboardingPathView.Item: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": templateValue(self.title)
        case "href": templateValue(self.href)
        case "summary": templateValue(self.summary)
        case "key": templateValue(self.key)
        default: nil
        }
    }
}
