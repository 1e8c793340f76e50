/*
 * Trefpunt pages work without JavaScript; this only improves them.
 * After a form comes back with errors (a full page load, or htmx swapping in the new form),
 * focus moves to the error summary so keyboard and screen-reader users land on the list of
 * problems, each of which links to its field.
 */
(function () {
  "use strict";

  var SUMMARY = "[data-trefpunt-error-summary]";

  function focusErrorSummary(scope) {
    var summary = scope.matches && scope.matches(SUMMARY) ? scope : scope.querySelector(SUMMARY);
    if (summary) {
      summary.focus();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      focusErrorSummary(document);
    });
  } else {
    focusErrorSummary(document);
  }
  // After htmx swapped in part of a page, only a summary in that part takes focus.
  document.addEventListener("htmx:afterSettle", function (event) {
    var swapped = event.target;
    if (swapped && swapped.isConnected) {
      focusErrorSummary(swapped);
    }
  });
})();
