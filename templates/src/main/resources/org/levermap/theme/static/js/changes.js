// levermap: filters the changes page by severity, kind and project, in the browser. The menus offer
// what this page lists; the choice is kept in the address and carried to the other pages by the pager.
// Without JavaScript every change shows and the form stays hidden.
(function () {
  "use strict";
  var form = document.getElementById("change-filter");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll("ul.changes > li[data-kind]"));
  var menus = ["severity", "kind", "project"].map(function (name) { return form.querySelector("[name=" + name + "]"); });
  var count = form.querySelector("output");

  // The kind and project menus: each value once, labelled as the list shows it.
  function fill(menu, attribute, labelOf) {
    var seen = {};
    items.forEach(function (li) {
      var value = li.getAttribute(attribute);
      if (!seen[value]) { seen[value] = labelOf(li) || value; }
    });
    Object.keys(seen).sort(function (a, b) { return seen[a].localeCompare(seen[b]); }).forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = seen[value];
      menu.appendChild(option);
    });
  }
  function text(li, selector) {
    var element = li.querySelector(selector);
    return element ? element.textContent.trim() : "";
  }
  fill(menus[1], "data-kind", function (li) { return text(li, ".what > .chip:not([class*=sev-])"); });
  fill(menus[2], "data-project", function (li) { return text(li, ".what > strong"); });

  function apply() {
    var shown = 0;
    items.forEach(function (li) {
      var ok = menus.every(function (m) { return !m.value || li.getAttribute("data-" + m.name) === m.value; });
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + " of " + items.length + " changes on this page";
    var params = new URLSearchParams();
    menus.forEach(function (m) { if (m.value) { params.set(m.name, m.value); } });
    var query = params.toString() ? "?" + params.toString() : "";
    document.querySelectorAll(".pager a").forEach(function (a) {
      a.search = query;
    });
    if (window.history && window.history.replaceState && location.protocol !== "file:") {
      window.history.replaceState(null, "", query || location.pathname);
    }
  }

  var initial = new URLSearchParams(location.search);
  menus.forEach(function (m) {
    var wanted = initial.get(m.name);
    if (wanted && m.querySelector("option[value='" + CSS.escape(wanted) + "']")) { m.value = wanted; }
    m.addEventListener("change", apply);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
