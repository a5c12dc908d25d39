/* Small additions to Material (mkdocs.yml, extra_javascript); nothing loads from another host.
   Material's document$ emits on every page load (and on instant navigation, if enabled). */

/* The language selector keeps the reader's place: both languages share the heading ids
   ({ #id }), so /tensors/#create switches to /zh/tensors/#create. The selector's link is
   already the page's translation (mkdocs-static-i18n): it is followed as it is, plus the
   hash. Capture phase, and no further: Material's handler for hreflang alternates would
   look the page up in sitemap.xml, whose absolute URLs differ from a local or versioned
   address, and land on the language's home page. */
document.addEventListener("click", function (ev) {
  var link = ev.target instanceof Element && ev.target.closest(".md-select__link[hreflang]");
  if (!link || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
  var url = new URL(link.href);
  url.hash = location.hash;
  ev.preventDefault();
  ev.stopPropagation();
  location.href = url.href;
}, true);

/* API index: the filter box above the tables hides the rows (and the groups) that do not
   contain the text typed. docs/hooks/api_index.py writes the box and the tables. */
document$.subscribe(function () {
  var box = document.querySelector(".api-filter input");
  if (!box) return;
  var groups = Array.prototype.slice.call(document.querySelectorAll(".api-index .api-group"));
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    groups.forEach(function (group) {
      var shown = 0;
      group.querySelectorAll("tbody tr").forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      group.hidden = shown === 0;
    });
  });
});
