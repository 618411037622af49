// Served by the engine tests' server and injected as the first element of <head> (an
// external file, so it runs under the strict CSP too). It records what classic WebDriver
// cannot report — uncaught errors, console errors and warnings, CSP violations — keeps the
// cards the HTML itself holds before any module script runs, notes any part of a card that
// moves while the HTML is still arriving, and samples an element's position on every
// animation frame.
(function () {
  "use strict";
  var probe = (window.probe = { errors: [], messages: [], violations: [], parsedCards: [] });
  window.addEventListener("error", function (event) {
    probe.errors.push("error: " + event.message);
  });
  window.addEventListener("unhandledrejection", function (event) {
    probe.errors.push("unhandled rejection: " + event.reason);
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    probe.violations.push(event.violatedDirective + " " + event.blockedURI);
  });
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      probe.messages.push(level + ": " + Array.prototype.map.call(arguments, String).join(" "));
      return original.apply(this, arguments);
    };
  });
  // The document is parsed, and deferred and module scripts (the widget's loader) have not
  // run yet: whatever cards are here came in the HTML.
  document.addEventListener("readystatechange", function () {
    if (document.readyState === "interactive") probe.parsedCards = Array.prototype.slice.call(document.querySelectorAll("article"));
  });

  // While the document is still being parsed, on every animation frame: where each part of a
  // card already there sits (page-relative), and each change of that place (`moves`); the
  // frames that had a card part (`partialFrames`).
  probe.moves = [];
  probe.partialFrames = 0;
  var placed = new Map();
  requestAnimationFrame(function watchParsing() {
    if (document.readyState !== "loading") return;
    var parts = document.querySelectorAll(".ac-card, .ac-card__main, .ac-card__title, .ac-figure");
    if (parts.length > 0) probe.partialFrames += 1;
    parts.forEach(function (part) {
      var box = part.getBoundingClientRect();
      var at = Math.round(box.left + window.scrollX) + "," + Math.round(box.top + window.scrollY);
      var was = placed.get(part);
      if (was !== undefined && was !== at) probe.moves.push(part.className + " " + was + " → " + at);
      placed.set(part, at);
    });
    requestAnimationFrame(watchParsing);
  });

  /**
   * Samples the page-relative top of `selector` on every animation frame in which it is in
   * the viewport (where a reader would see it move), from `startTracking` until
   * `stopTracking`, which returns the distinct positions seen.
   */
  var tops = null;
  function sampler(selector, seen) {
    return function sample() {
      var element = document.querySelector(selector);
      var box = element && element.getBoundingClientRect();
      if (box && box.bottom > 0 && box.top < window.innerHeight) seen[box.top + window.scrollY] = true;
      if (tops === seen) requestAnimationFrame(sample);
    };
  }
  probe.startTracking = function (selector) {
    tops = {};
    sampler(selector, tops)();
  };
  probe.stopTracking = function () {
    var seen = tops || {};
    tops = null;
    return Object.keys(seen).map(Number);
  };
})();
