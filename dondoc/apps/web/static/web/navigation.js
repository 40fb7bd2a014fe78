// On a phone the main navigation is one row that scrolls sideways (dondoc.css): bring the current
// page's item, and the count beside it, into view. A file of our own, as the Content-Security-Policy
// allows no inline script.
(function () {
  "use strict";
  var current = document.querySelector('nav.main [aria-current="page"]');
  if (!current) {
    return;
  }
  var nav = current.parentElement;
  if (nav.scrollWidth <= nav.clientWidth) {
    return;
  }
  var offset = current.getBoundingClientRect().left - nav.getBoundingClientRect().left;
  nav.scrollLeft += offset - (nav.clientWidth - current.offsetWidth) / 2;
})();
