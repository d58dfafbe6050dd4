(function () {
  'use strict';
  var root = document.documentElement;
  var data = JSON.parse(document.getElementById('journey-data').textContent);
  var words = data.words;
  var byId = {};
  data.touchpoints.forEach(function (t) { byId[t.id] = t; });

  // Theme: the reader's choice wins over the system's, and is remembered where the browser allows it.
  var toggle = document.getElementById('theme-toggle');
  function systemDark() {
    return window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)').matches : false;
  }
  function applyTheme(theme) {
    root.setAttribute('data-theme', theme);
    toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  var stored = null;
  try { stored = window.localStorage.getItem('journey-theme'); } catch (e) { stored = null; }
  applyTheme(stored === 'dark' || stored === 'light' ? stored : (systemDark() ? 'dark' : 'light'));
  toggle.addEventListener('click', function () {
    var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    try { window.localStorage.setItem('journey-theme', next); } catch (e) { /* private mode: not remembered */ }
  });

  // Each card of the map names its touchpoint in data-touchpoint.
  var mapCards = {};
  var groups = document.querySelectorAll('#map svg g.touchpoint[data-touchpoint]');
  Array.prototype.forEach.call(groups, function (g) {
    var t = byId[g.getAttribute('data-touchpoint')];
    if (!t) { return; }
    mapCards[t.id] = g;
    g.addEventListener('mouseenter', function () { showDetails(t); });
    g.addEventListener('click', function () { highlight(t.id, false); });
  });

  var details = document.getElementById('card-details');
  function line(parent, label, text) {
    if (!text) { return; }
    var p = document.createElement('div');
    if (label) {
      var b = document.createElement('strong');
      b.textContent = label + words.colon;
      p.appendChild(b);
    }
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }
  function list(parent, label, items) {
    if (!items || items.length === 0) { return; }
    line(parent, label, ' ');
    var ul = document.createElement('ul');
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item;
      ul.appendChild(li);
    });
    parent.appendChild(ul);
  }
  function showDetails(t) {
    if (!details) { return; }
    details.textContent = '';
    var title = document.createElement('strong');
    title.textContent = t.name;
    details.appendChild(title);
    // The labels are the journey's language, from the page data (words.*): the script writes no words of its own.
    line(details, words.stage, t.stage);
    line(details, words.channel, t.channel);
    line(details, words['for'], t.who);
    line(details, words.feels, t.emotion);
    line(details, words.effort, t.effort);
    line(details, words.thinks, t.thought);
    if (t.hotspot) { line(details, words.analysis, t.hotspot); }
    list(details, words.painPoints, t.pains);
    list(details, words.opportunities, t.opportunities);
  }
  Array.prototype.forEach.call(document.querySelectorAll('.tp-card'), function (card) {
    var t = byId[card.getAttribute('data-touchpoint')];
    if (!t) { return; }
    card.addEventListener('focus', function () { showDetails(t); });
    card.addEventListener('mouseenter', function () { showDetails(t); });
  });

  // A hotspot (or any link to a touchpoint) scrolls to its card on the map and highlights it there and below.
  function highlight(id, scroll) {
    Array.prototype.forEach.call(document.querySelectorAll('.is-highlighted'), function (e) {
      e.classList.remove('is-highlighted');
    });
    var g = mapCards[id];
    var card = document.getElementById('tp-' + id);
    if (card) { card.classList.add('is-highlighted'); }
    if (g) {
      g.classList.add('is-highlighted');
      if (scroll) { g.scrollIntoView({block: 'center', inline: 'center'}); }
    } else if (card && scroll) {
      card.scrollIntoView({block: 'center'});
    }
    if (byId[id]) { showDetails(byId[id]); }
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-goto]'), function (button) {
    button.addEventListener('click', function () {
      var row = button.closest('tr');
      highlight(button.getAttribute('data-goto'), true);
      if (row) { row.classList.add('is-highlighted'); }
    });
  });

  // Persona filter: show only what the chosen persona lives (a touchpoint without actors is everyone's).
  var filter = document.getElementById('persona-filter');
  function livedBy(personas, persona) {
    return persona === '' || !personas || personas.length === 0 || personas.indexOf(persona) >= 0;
  }
  function split(attribute) {
    return attribute ? attribute.split(' ').filter(function (s) { return s !== ''; }) : [];
  }
  if (filter) {
    filter.addEventListener('change', function () {
      var persona = filter.value;
      Array.prototype.forEach.call(document.querySelectorAll('.persona-card'), function (c) {
        c.hidden = persona !== '' && c.getAttribute('data-persona') !== persona;
      });
      Array.prototype.forEach.call(document.querySelectorAll('.tp-card, #action-list tbody tr, [data-personas]'),
        function (e) {
          if (e.classList.contains('persona-card')) { return; }
          e.hidden = !livedBy(split(e.getAttribute('data-personas')), persona);
        });
      data.touchpoints.forEach(function (t) {
        var g = mapCards[t.id];
        if (g) { g.classList.toggle('is-dimmed', !livedBy(t.personas, persona)); }
      });
    });
  }

  // The action list sorts by owner or due date; rows without one go last, ties keep the journey's order.
  var table = document.getElementById('action-list');
  if (table) {
    var body = table.querySelector('tbody');
    Array.prototype.forEach.call(table.querySelectorAll('th[data-sort]'), function (th) {
      th.querySelector('button').addEventListener('click', function () {
        var key = th.getAttribute('data-sort');
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.querySelectorAll('th[data-sort]'), function (other) {
          other.setAttribute('aria-sort', 'none');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.querySelectorAll('tr'));
        rows.sort(function (a, b) {
          var x = a.getAttribute('data-' + key) || '';
          var y = b.getAttribute('data-' + key) || '';
          if ((x === '') !== (y === '')) { return x === '' ? 1 : -1; }
          var c = x.localeCompare(y);
          if (c === 0) { return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order')); }
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
}());
