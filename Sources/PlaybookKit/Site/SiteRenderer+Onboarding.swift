/// The new-hire path on the pages: each step with its neighbours along the path and a
/// "read" box, and the home page's list. What was read is kept by the browser
/// (`assets/onboarding.js`); the pages themselves are the same for everyone.
extension SiteRenderer {
    static let onboardingScript = "assets/onboarding.js"

    /// The page's URL path: the same from every page and wherever the site is published, so
    /// the document page and the home page name a step alike.
    static func onboardingKey(of page: ContentTree.Page) -> String {
        "/" + page.urlPath + "/"
    }

    func onboardingNav(of page: ContentTree.Page, url: SiteURL) -> OnboardingNavView? {
        let path = onboardingPath
        guard let index = path.firstIndex(where: { $0.document.sourcePath == page.document.sourcePath }) else { return nil }
        let link = { (step: ContentTree.Page) in LinkView(title: step.document.title, href: url.page(step.urlPath)) }
        return OnboardingNavView(
            step: input.strings["onboarding_step"]
                .replacingOccurrences(of: "{step}", with: String(index + 1))
                .replacingOccurrences(of: "{total}", with: String(path.count)),
            previousStep: index > 0 ? link(path[index - 1]) : nil,
            nextStep: index + 1 < path.count ? link(path[index + 1]) : nil,
            key: Self.onboardingKey(of: page),
            scriptHref: url.file(Self.onboardingScript))
    }

    func onboardingPathView(url: SiteURL) -> OnboardingPathView? {
        guard !onboardingPath.isEmpty else { return nil }
        return OnboardingPathView(
            items: onboardingPath.map { page in
                OnboardingPathView.Item(
                    title: page.document.title, href: url.page(page.urlPath),
                    summary: page.document.frontMatter.description, key: Self.onboardingKey(of: page))
            },
            progress: input.strings["onboarding_progress"].replacingOccurrences(of: "{total}", with: String(onboardingPath.count)),
            scriptHref: url.file(Self.onboardingScript))
    }
}
