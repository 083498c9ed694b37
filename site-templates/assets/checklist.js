// Review checklists: remembers which items this browser has ticked, per page.
// Without this script the boxes still tick; they are just not remembered.
(function () {
  "use strict";
  var prefix = "playbook:" + location.pathname + ":";
  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var store = storage();
    if (!store) { return; }
    var boxes = document.querySelectorAll("input[data-check]");
    Array.prototype.forEach.call(boxes, function (box) {
      var saved = store.getItem(prefix + box.id);
      if (saved !== null) { box.checked = saved === "1"; }
      box.addEventListener("change", function () {
        try { store.setItem(prefix + box.id, box.checked ? "1" : "0"); } catch (error) { /* storage full or denied: the tick still shows */ }
      });
    });
  });
})();
