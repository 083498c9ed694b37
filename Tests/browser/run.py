#!/usr/bin/env python3
"""The generated site checked in a real browser: headless Chromium, driven through
chromium-driver by selenium, opening the pages from disk (file://) as a reader would.

Usage: Tests/browser/run.py PATH/TO/public
Prints one line per check and ends with `browser: N passed, M failed`; exits 1 on a failure.
Screenshots go to Tests/browser/screenshots/ (git-ignored) for people to look at.
"""
import base64
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HOME = "index.html"
HANDBOOK = "quy-trinh/hang-tuan/index.html"
REP = "kpi/nhan-vien/rep-01/index.html"
REVIEW = "reviews/2026-W47-weekly/index.html"
CALENDAR = "lich/index.html"
CHANGES = "kpi/thay-doi/weekly/index.html"

PAGE_WEIGHT_LIMIT = 50 * 1024
WAIT_SECONDS = 5
SCREEN_SIZES = {"phone": (390, 844, True), "laptop": (1280, 900, False)}
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


class CheckFailed(Exception):
    pass


class Skipped(Exception):
    pass


class Browser:
    """One Chromium for the whole run, with a fresh profile so no earlier run's storage leaks in."""

    def __init__(self, site):
        self.site = site
        self.profile = tempfile.mkdtemp(prefix="playbook-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium")
        options.add_argument("--headless=new")
        options.add_argument("--window-size=1280,900")
        options.add_argument(f"--user-data-dir={self.profile}")
        if os.geteuid() == 0:
            # Chromium refuses to start its sandbox as root (CI containers run as root).
            options.add_argument("--no-sandbox")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        # Every command to the driver gets this bound, so a stuck browser fails the run
        # instead of hanging it (selenium otherwise waits forever).
        socket.setdefaulttimeout(60)
        # An explicit driver path keeps Selenium Manager, which downloads drivers, out of it.
        service = Service(executable_path=shutil.which("chromedriver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(20)
        self.driver.set_script_timeout(30)

    def quit(self):
        self.driver.quit()
        shutil.rmtree(self.profile, ignore_errors=True)

    def url(self, page):
        path = self.site / page
        if not path.is_file():
            raise CheckFailed(f"{page} is not in the built site")
        return path.as_uri()

    def open(self, page):
        self.driver.get(self.url(page))

    def use_scheme(self, scheme):
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": scheme}],
        })

    def use_screen(self, size_name):
        width, height, mobile = SCREEN_SIZES[size_name]
        # `mobile` makes Chromium honour the pages' viewport meta tag, as a phone does.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def use_window_size(self):
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def run(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def wait_until(self, condition, message):
        try:
            return WebDriverWait(self.driver, WAIT_SECONDS).until(lambda _: condition())
        except TimeoutException:
            raise CheckFailed(f"{message} (waited {WAIT_SECONDS} s)") from None

    def element(self, css):
        found = self.driver.find_elements(By.CSS_SELECTOR, css)
        return found[0] if found else None

    def active_element_matches(self, css):
        return self.run("return document.activeElement.matches(arguments[0]);", css)

    def press(self, *keys):
        ActionChains(self.driver).send_keys(*keys).perform()

    def console_errors(self):
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]


def relative_luminance(css_colour):
    channels = [float(part) / 255 for part in css_colour[css_colour.index("(") + 1:-1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


# The checks. Each takes the browser, raises CheckFailed or Skipped, or returns to pass.

def no_console_errors(page):
    def check(browser):
        browser.use_scheme("light")
        browser.console_errors()  # drops what earlier pages logged
        browser.open(page)
        errors = browser.console_errors()
        if errors:
            raise CheckFailed("; ".join(errors))
    return check


def checklist_tick_survives_reload(browser):
    browser.open(REVIEW)
    box = browser.element("input[data-check]:not(:checked)")
    if box is None:
        raise CheckFailed("the review page has no unticked input[data-check]")
    box_id = box.get_attribute("id")
    box.click()
    browser.driver.refresh()
    browser.wait_until(
        lambda: browser.run("return document.getElementById(arguments[0]).checked;", box_id),
        f"#{box_id} is unticked after reloading")


def background_follows_scheme(browser):
    browser.open(HANDBOOK)
    body_background = "return getComputedStyle(document.body).backgroundColor;"
    browser.use_scheme("dark")
    dark = browser.run(body_background)
    browser.use_scheme("light")
    light = browser.run(body_background)
    if relative_luminance(dark) > 0.1:
        raise CheckFailed(f"with a dark scheme the body's background is {dark}")
    if relative_luminance(light) < 0.8:
        raise CheckFailed(f"with a light scheme the body's background is {light}")


def skip_link_comes_first_and_works(browser):
    browser.use_scheme("light")
    browser.open(HANDBOOK)
    browser.press(Keys.TAB)
    if not browser.active_element_matches("a.skip-link"):
        focused = browser.run("return document.activeElement.outerHTML.slice(0, 120);")
        raise CheckFailed(f"the first Tab focuses {focused}")
    inside_viewport = browser.run("""
        const box = document.activeElement.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
            && box.bottom <= innerHeight && box.right <= innerWidth;""")
    if not inside_viewport:
        raise CheckFailed("the focused skip link is not inside the viewport")
    browser.press(Keys.ENTER)
    browser.wait_until(lambda: browser.active_element_matches("#main"),
                       "Enter on the skip link leaves focus outside #main")


def no_serious_axe_violations(page, scheme):
    def check(browser):
        browser.use_scheme(scheme)
        browser.open(page)
        axe = Axe(browser.driver)
        axe.inject()
        results = axe.run()
        serious = [violation for violation in results["violations"]
                   if violation["impact"] in ("serious", "critical")]
        if serious:
            raise CheckFailed("; ".join(
                f"{violation['id']} ({violation['impact']}) at "
                + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
                for violation in serious))
    return check


def handbook_page_is_light_and_local(browser):
    browser.open(HANDBOOK)
    resources = browser.run("return performance.getEntriesByType('resource').map(entry => entry.name);")
    elsewhere = [name for name in resources if not name.startswith("file://")]
    if elsewhere:
        raise CheckFailed("requests to other origins: " + ", ".join(elsewhere))
    # file:// responses report no transfer size, so the weight is read from the files.
    files = [browser.site / HANDBOOK] + [Path(unquote(urlparse(name).path)) for name in resources]
    weight = sum(path.stat().st_size for path in files)
    if weight >= PAGE_WEIGHT_LIMIT:
        listing = ", ".join(f"{path.name} {path.stat().st_size} B" for path in files)
        raise CheckFailed(f"{weight} bytes ({listing})")


LAYOUT_SHIFT_LIMIT = 0.01


def no_layout_shift(browser):
    """Cumulative layout shift of each page as it loads (and its scripts run), by the
    browser's own Layout Instability API; 0.01 is a tenth of Web Vitals' "good"."""
    shifted = []
    for page in (HOME, HANDBOOK, REP, REVIEW, CALENDAR, CHANGES):
        browser.open(page)
        score = browser.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            let total = 0;
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { total += entry.value; } }
            }).observe({type: "layout-shift", buffered: true});
            setTimeout(() => done(total), 500);""")
        if score >= LAYOUT_SHIFT_LIMIT:
            shifted.append(f"{page} shifts by {score:.3f}")
    if shifted:
        raise CheckFailed("; ".join(shifted))


# Search and onboarding are being built on other branches; these checks follow their agreed
# contract and skip, saying why, until the pages carry the elements.

def search_page(browser):
    browser.use_scheme("light")
    browser.open(HOME)
    if browser.element("#search-input") is None:
        raise Skipped("the home page has no #search-input")


def wait_for_result(browser, text):
    # The list is redrawn as more of the index arrives; read it in one script call, once the
    # status no longer says the search is still going ("…"), so no element goes stale.
    browser.wait_until(lambda: browser.run("""
        const status = document.querySelector("#search-status").textContent;
        return status !== "" && !status.endsWith("…")
            && [...document.querySelectorAll("#search-results a")].some(link => link.textContent.includes(arguments[0]));""", text),
        f"no link containing “{text}” in #search-results")


def search_finds_meeting(browser):
    search_page(browser)
    browser.element("#search-input").send_keys("hop tong ket")
    wait_for_result(browser, "Họp tổng kết")


def slash_focuses_search(browser):
    search_page(browser)
    browser.press("/")
    browser.wait_until(lambda: browser.active_element_matches("#search-input"),
                       "/ does not focus #search-input")


def arrow_down_enter_opens_first_result(browser):
    search_page(browser)
    browser.element("#search-input").send_keys("hop tong ket")
    wait_for_result(browser, "Họp tổng kết")
    first_href = browser.run("return document.querySelector('#search-results a').href;")
    browser.press(Keys.ARROW_DOWN, Keys.ENTER)
    browser.wait_until(lambda: browser.driver.current_url == first_href,
                       f"ArrowDown, Enter did not open {first_href}")


def onboarding_tick_is_kept_and_shown(browser):
    browser.use_scheme("light")
    browser.open(HOME)
    first_step = browser.element("ol.onboarding-path li a")
    if first_step is None:
        raise CheckFailed("the home page has no ol.onboarding-path")
    step_href = first_step.get_attribute("href")
    browser.driver.get(step_href)
    if browser.element("#onboarding-read") is None:
        raise Skipped("the first onboarding page has no #onboarding-read")
    if not browser.element("#onboarding-read").is_selected():
        browser.element("#onboarding-read").click()
    browser.driver.refresh()
    browser.wait_until(lambda: browser.element("#onboarding-read").is_selected(),
                       "#onboarding-read is unticked after reloading")
    browser.open(HOME)
    browser.wait_until(lambda: browser.run("""
        const link = [...document.querySelectorAll('ol.onboarding-path li a')].find(a => a.href === arguments[0]);
        return link.closest('li').classList.contains('is-read');""", step_href),
        "the home page's onboarding step is not marked is-read")


def csp_blocks_inline_code(browser):
    browser.open(REP)
    ran = browser.run("""
        window.__inlineRan = false;
        var script = document.createElement("script");
        script.textContent = "window.__inlineRan = true;";
        document.body.appendChild(script);
        var button = document.createElement("button");
        button.setAttribute("onclick", "window.__inlineRan = true;");
        document.body.appendChild(button);
        button.click();
        return window.__inlineRan;
    """)
    if ran:
        raise CheckFailed("an inline script or handler ran despite the Content-Security-Policy")
    if not browser.run("return !!window.playbookSearch;"):
        raise CheckFailed("the site's own script did not run under the policy")


def open_at_clock(browser, page, epoch_ms):
    """Opens `page` with the browser's clock stopped at `epoch_ms`, as if read that moment."""
    script = browser.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": f"Date.now = function () {{ return {epoch_ms}; }};"})
    try:
        browser.open(page)
        browser.wait_until(lambda: browser.run(
            "return document.querySelector('.age-now').textContent !== '';"), "the age script never ran")
    finally:
        browser.driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def stale_warning_follows_the_clock(browser):
    browser.open(REP)
    box = browser.element(".freshness[data-as-of]")
    if box is None:
        raise CheckFailed(f"{REP} has no .freshness[data-as-of]")
    as_of_ms = browser.run("return Date.parse(arguments[0].dataset.asOf);", box)
    limit_ms = int(box.get_attribute("data-stale-after")) * 1000
    warning_shown = "return !document.querySelector('.stale-warning').hidden && document.querySelector('.stale-warning').offsetHeight > 0;"
    # The shipped snapshot is weeks older than any build day, so the page is written with the
    # warning showing: hiding it at 10 h is the script's doing.
    if 'class="stale-warning" role="status">' not in (browser.site / REP).read_text(encoding="utf-8"):
        raise CheckFailed(f"{REP} was not built with the warning showing; the check would prove nothing")
    open_at_clock(browser, REP, as_of_ms + 10 * 3600 * 1000)
    age = browser.element(".age-now").text
    if "10 giờ" not in age:
        raise CheckFailed(f"ten hours after as-of the page says “{age}”")
    if browser.run(warning_shown):
        raise CheckFailed("the stale warning shows ten hours after as-of")
    open_at_clock(browser, REP, as_of_ms + limit_ms + 3600 * 1000)
    if not browser.run(warning_shown):
        raise CheckFailed("the stale warning is hidden an hour past the threshold")
    age = browser.element(".age-now").text
    hours = limit_ms // (3600 * 1000) + 1
    expected = f"{hours} giờ" if hours < 48 else f"{hours // 24} ngày"
    if expected not in age:
        raise CheckFailed(f"an hour past the threshold the page says “{age}”, not “{expected}”")


def pages_fit_a_phone(browser):
    phone_width = SCREEN_SIZES["phone"][0]
    browser.use_screen("phone")
    try:
        too_wide = []
        for page in (HOME, HANDBOOK, REP, REVIEW, CALENDAR, CHANGES):
            browser.open(page)
            page_width = browser.run("return document.documentElement.scrollWidth;")
            if page_width > phone_width:
                too_wide.append(f"{page} is {page_width} px wide")
    finally:
        browser.use_window_size()
    if too_wide:
        raise CheckFailed("; ".join(too_wide))


def screenshots(browser):
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.use_scheme("light")
    for name, page in [("home", HOME), ("handbook", HANDBOOK), ("rep", REP), ("review", REVIEW)]:
        for size_name, (width, _, _) in SCREEN_SIZES.items():
            browser.use_screen(size_name)
            browser.open(page)
            # The whole page, not just the first screen: people scroll through these.
            page_height = browser.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]["height"]
            picture = browser.driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": page_height, "scale": 1}})
            (SCREENSHOTS / f"{name}-{size_name}.png").write_bytes(base64.b64decode(picture["data"]))
    browser.use_window_size()


CHECKS = (
    [(f"no console errors on {page}", no_console_errors(page))
     for page in (HOME, HANDBOOK, REP, REVIEW, CALENDAR, CHANGES)]
    + [("a review checklist tick survives a reload", checklist_tick_survives_reload),
       ("the body's background follows prefers-color-scheme", background_follows_scheme),
       ("Tab reaches the visible skip link first; Enter moves focus to #main", skip_link_comes_first_and_works)]
    + [(f"axe: no serious or critical violations on {page} ({scheme})", no_serious_axe_violations(page, scheme))
       for page in (HOME, HANDBOOK, REP, REVIEW, CHANGES) for scheme in ("light", "dark")]
    + [(f"{HANDBOOK} with its CSS and JS is under {PAGE_WEIGHT_LIMIT // 1024} KB, all from disk",
        handbook_page_is_light_and_local),
       (f"no page scrolls sideways at {SCREEN_SIZES['phone'][0]} px", pages_fit_a_phone),
       (f"no layout shift as pages load (CLS under {LAYOUT_SHIFT_LIMIT})", no_layout_shift),
       ("search: “hop tong ket” lists “Họp tổng kết”", search_finds_meeting),
       ("search: / focuses the search box", slash_focuses_search),
       ("search: ArrowDown, Enter opens the first result", arrow_down_enter_opens_first_result),
       ("onboarding: a read tick is kept and marked on the home page", onboarding_tick_is_kept_and_shown),
       ("CSP: inline scripts and handlers do not run; the site's own scripts do", csp_blocks_inline_code),
       ("stale data: with the clock fixed, the warning is hidden at 10 h and shown past the threshold", stale_warning_follows_the_clock),
       ("screenshots at phone and laptop widths", screenshots)]
)


def main():
    site = Path(sys.argv[1]).resolve()
    started = time.monotonic()
    browser = Browser(site)
    passed = failed = skipped = 0
    try:
        for name, check in CHECKS:
            try:
                check(browser)
            except Skipped as reason:
                skipped += 1
                print(f"skip - {name}: {reason}")
            except Exception as error:
                failed += 1
                print(f"FAIL - {name}: {error}")
            else:
                passed += 1
                print(f"ok - {name}")
    finally:
        browser.quit()
    print(f"{skipped} skipped; {time.monotonic() - started:.0f} s in the browser")
    print(f"browser: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
