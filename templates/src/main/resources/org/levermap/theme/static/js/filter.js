// levermap: filters the index table with the generated search index (search-index.js).
// Without JavaScript the table is complete and the filter form stays hidden.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var table = document.getElementById("projects");
  if (!form || !table || !window.LEVERMAP_INDEX) { return; }
  var index = {};
  window.LEVERMAP_INDEX.forEach(function (entry) { index[entry.id] = entry; });
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-id]"));
  var q = form.querySelector("[name=q]");
  var model = form.querySelector("[name=model]");
  var family = form.querySelector("[name=family]");
  var flag = form.querySelector("[name=flag]");
  var count = form.querySelector("output");

  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var e = index[row.getAttribute("data-id")];
      var ok = !!e
        && words.every(function (w) { return e.text.indexOf(w) >= 0; })
        && (!model.value || e.model === model.value)
        && (!family.value || e.family === family.value)
        && (!flag.value || (flag.value === "none" ? e.flags.length === 0 : e.flags.indexOf(flag.value) >= 0));
      row.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + " of " + rows.length + " projects";
    var params = new URLSearchParams();
    [q, model, family, flag].forEach(function (f) { if (f.value) { params.set(f.name, f.value); } });
    var query = params.toString();
    if (window.history && window.history.replaceState && location.protocol !== "file:") {
      window.history.replaceState(null, "", query ? "?" + query : location.pathname);
    }
  }

  var initial = new URLSearchParams(location.search);
  [q, model, family, flag].forEach(function (f) {
    if (initial.get(f.name)) { f.value = initial.get(f.name); }
    f.addEventListener("input", apply);
    f.addEventListener("change", apply);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
