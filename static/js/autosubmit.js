// A <select data-autosubmit> sends its form as soon as another option is chosen (the weight
// profile picker). Without JavaScript the form's own "Show" button, in <noscript>, does it.
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    const field = event.target;
    if (field.matches && field.matches("[data-autosubmit]") && field.form) field.form.submit();
  });
})();
