(function () {
  'use strict';
  var FIELDS = ['severity', 'rule', 'cwe', 'path'];
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody.finding'));
  var shown = document.getElementById('shown');

  // Filters come from the query, then the fragment: report.html#severity=high&path=src/
  function requested() {
    var merged = new URLSearchParams(location.search);
    new URLSearchParams(location.hash.replace(/^#/, '')).forEach(function (value, key) {
      merged.set(key, value);
    });
    return merged;
  }

  function load() {
    var wanted = requested();
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      var value = wanted.get(name) || '';
      if (field.tagName === 'SELECT' && !Array.prototype.some.call(field.options, function (option) {
        return option.value === value;
      })) {
        value = '';
      }
      field.value = value;
    });
  }

  function current() {
    var values = {};
    FIELDS.forEach(function (name) { values[name] = form.elements[name].value.trim(); });
    return values;
  }

  function apply() {
    var v = current();
    var needle = v.path.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var match = (!v.severity || d.severity === v.severity)
        && (!v.rule || d.rule === v.rule)
        && (!v.cwe || d.cwe.split(' ').indexOf(v.cwe) >= 0)
        && (!needle || d.path.toLowerCase().indexOf(needle) >= 0);
      row.hidden = !match;
      if (match) { count++; }
    });
    shown.textContent = count + ' of ' + rows.length + ' findings shown';
    document.body.setAttribute('data-shown', String(count));
  }

  function save() {
    var v = current();
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) { if (v[name]) { params.set(name, v[name]); } });
    var hash = params.toString();
    try {
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    } catch (e) {
      // some browsers refuse history changes on file: pages; the filter still applies
    }
  }

  function changed() { apply(); save(); }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(changed, 0); });
  window.addEventListener('hashchange', function () { load(); apply(); });
  load();
  apply();
})();
