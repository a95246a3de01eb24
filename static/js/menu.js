// The main menu folds behind a "Menu" button on narrow screens (see .menu-toggle in app.css).
// Without JavaScript the menu simply stays open: the CSS folds it only under html.js.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    const button = document.querySelector(".menu-toggle");
    const nav = document.getElementById("mainnav");
    if (!button || !nav) return;
    button.addEventListener("click", function () {
      const open = nav.classList.toggle("open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
})();
