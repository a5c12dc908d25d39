/* Small additions to Material (mkdocs.yml, extra_javascript); nothing loads from another host.
   Material's document$ emits on every page view: a load, and each instant navigation. */

/* The language selector keeps the reader's place: every language has each page at the same
   path under its own home, and the sections share their ids ({ #id }), so
   /pytorch-notes/2.15/tensors/#create switches to /pytorch-notes/zh/2.15/tensors/#create.
   Each language's home is its <link rel="alternate" hreflang> in the head (Material writes
   one per entry of extra.alternate), and the page's own language is <html lang>. Material's
   own handler looks the page up in the other language's sitemap.xml, whose addresses name
   the host and port the site is published at: served anywhere else (make serve, the tests)
   it lands on the other language's home page. Capture phase, and no further, so that its
   handler and instant navigation do not act on the same click. */
document.addEventListener("click", function (ev) {
  var link = ev.target instanceof Element && ev.target.closest(".md-select__link[hreflang]");
  if (!link || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
  var homes = {};
  document.querySelectorAll("link[rel=alternate][hreflang]").forEach(function (el) {
    homes[el.hreflang] = el.href;
  });
  var here = homes[document.documentElement.lang], there = homes[link.hreflang];
  if (!here || !there || location.href.indexOf(here) !== 0) return;
  ev.preventDefault();
  ev.stopPropagation();
  location.href = there + location.href.slice(here.length);
}, true);

/* API index: the filter box above the tables hides the rows (and the groups) whose API name
   does not contain the words typed (the pages listed beside a name are not searched: every
   row that names "Gradient clipping: clip_grad_norm_" among its pages matched clip_grad).
   pytorch_notes/api_index.py writes the box and the tables. Set up on each page view
   (document$: a load, or an instant navigation to the page). */
document$.subscribe(function () {
  var box = document.querySelector(".api-filter input");
  if (!box) return;
  var groups = Array.from(document.querySelectorAll(".api-index .api-group"));
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    groups.forEach(function (group) {
      var shown = 0;
      group.querySelectorAll("tbody tr").forEach(function (row) {
        var text = row.cells[0].textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      group.hidden = shown === 0;
    });
  });
});
