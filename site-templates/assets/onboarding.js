// The new-hire path: remembers, in this browser, which documents of the path were read.
// Keys are the documents' URL paths, so a step reads the same from its page and from the
// home page. Without this script the pages read the same; the box and the marks stay hidden.
(function () {
  "use strict";
  var prefix = "playbook:onboarding:";

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function isRead(store, key) {
    try { return store.getItem(prefix + key) === "1"; } catch (error) { return false; }
  }

  function showReadBox(store, box) {
    var key = box.getAttribute("data-onboarding-key");
    box.checked = isRead(store, key);
    box.hidden = false;
    Array.prototype.forEach.call(box.labels || [], function (label) { label.hidden = false; });
    box.addEventListener("change", function () {
      try {
        if (box.checked) { store.setItem(prefix + key, "1"); } else { store.removeItem(prefix + key); }
      } catch (error) { /* storage full or denied: the tick still shows on this visit */ }
    });
  }

  function markPath(store, path) {
    var read = 0;
    Array.prototype.forEach.call(path.querySelectorAll("li[data-onboarding-key]"), function (item) {
      var done = isRead(store, item.getAttribute("data-onboarding-key"));
      if (done) { read += 1; }
      item.classList.toggle("is-read", done);
      var status = item.querySelector(".onboarding-status");
      if (status) {
        status.textContent = path.getAttribute(done ? "data-read-label" : "data-unread-label");
        status.hidden = false;
      }
    });
    var progress = document.querySelector("[data-onboarding-progress]");
    if (progress) {
      progress.textContent = progress.getAttribute("data-onboarding-progress").replace("{read}", String(read));
      progress.hidden = false;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var store = storage();
    if (!store) { return; }
    var box = document.getElementById("onboarding-read");
    if (box) { showReadBox(store, box); }
    var path = document.querySelector("ol.onboarding-path");
    if (path) {
      markPath(store, path);
      // Coming back to the home page with the Back button shows it from the browser's
      // cache, without running this script again: mark what was read meanwhile.
      window.addEventListener("pageshow", function (event) {
        if (event.persisted) { markPath(store, path); }
      });
    }
  });
})();
