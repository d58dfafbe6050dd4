(function () {
  'use strict';
  // Live preview: the server says when the journey changed; the page then fetches itself again.
  if (!window.EventSource) { return; }
  var source = new EventSource('/events');
  source.addEventListener('change', function () { window.location.reload(); });
}());
