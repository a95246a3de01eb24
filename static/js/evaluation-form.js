// The evaluation form: jump to the next unanswered question; fold or unfold every dimension.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    const next = document.querySelector("[data-next-unanswered]");
    if (next) {
      next.addEventListener("click", function () {
        const open = Array.from(document.querySelectorAll(".criterion:not(.answered)"));
        if (!open.length) { next.textContent = next.dataset.done || next.textContent; return; }
        // The first unanswered question below the top of the screen, else the first of all.
        const target = open.find(function (el) { return el.getBoundingClientRect().top > 80; }) || open[0];
        const fold = target.closest("details");
        if (fold) fold.open = true;
        target.scrollIntoView({ block: "start" });
        const field = target.querySelector("input:not([type=hidden]), textarea, select");
        if (field) field.focus({ preventScroll: true });
      });
    }
    document.querySelectorAll("[data-fold]").forEach(function (button) {
      button.addEventListener("click", function () {
        const open = button.dataset.fold === "open";
        document.querySelectorAll("details.dimension").forEach(function (d) { d.open = open; });
      });
    });
  });
})();
