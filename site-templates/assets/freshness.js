// Pipeline pages: how old the figures are now, and a warning once they pass the site's
// threshold. The page itself states their age on the day it was built; this script keeps
// that true on the days after, when nobody rebuilds it.
(function () {
  "use strict";
  function fill(template, count) {
    return template.replace("{n}", String(count));
  }
  function ageText(box, seconds) {
    if (seconds < 3600) { return fill(box.dataset.minutes, Math.max(1, Math.floor(seconds / 60))); }
    if (seconds < 48 * 3600) { return fill(box.dataset.hours, Math.floor(seconds / 3600)); }
    return fill(box.dataset.days, Math.floor(seconds / 86400));
  }
  function update(box) {
    var asOf = Date.parse(box.dataset.asOf);
    var limit = Number(box.dataset.staleAfter);
    if (isNaN(asOf) || isNaN(limit)) { return; }
    var seconds = Math.max(0, (Date.now() - asOf) / 1000);
    var now = box.querySelector(".age-now");
    if (now) { now.textContent = box.dataset.ageNow.replace("{age}", ageText(box, seconds)); }
    var warning = box.querySelector(".stale-warning");
    if (warning) { warning.hidden = seconds <= limit; }
  }
  function updateAll() {
    Array.prototype.forEach.call(document.querySelectorAll(".freshness[data-as-of]"), update);
  }
  document.addEventListener("DOMContentLoaded", function () {
    updateAll();
    // A page left open before a meeting keeps telling the truth.
    window.setInterval(updateAll, 60000);
  });
})();
