// The comparison table: each dimension folds its questions away (the dimension's row stays).
(function () {
  "use strict";
  function fold(body, open) {
    body.querySelectorAll(".criterion-row").forEach(function (row) { row.hidden = !open; });
    const button = body.querySelector("button.fold");
    if (button) button.setAttribute("aria-expanded", open ? "true" : "false");
  }
  document.addEventListener("click", function (event) {
    const button = event.target.closest("button.fold");
    if (button) {
      fold(button.closest("tbody"), button.getAttribute("aria-expanded") !== "true");
      return;
    }
    const all = event.target.closest("[data-fold-all]");
    if (all) {
      document.querySelectorAll("table.compare tbody.dim").forEach(function (body) {
        fold(body, all.dataset.foldAll === "open");
      });
    }
  });
})();
