// embed.js: sizes the conflict maps embedded on this page (iframes marked data-conflict-map) to the
// height each asks for, so the frame fits its content with no inner scroll bar. No dependencies, no
// eval, no inline styles (it sets element.style, which a strict CSP allows); load it once or twice.
// Docs: docs/links-and-embedding.md, "Responsive height".
(function () {
  var w = window;
  if (w.conflictMapEmbed) return;
  w.conflictMapEmbed = 1;
  var MIN = 320;
  var frames = function () { return document.querySelectorAll('iframe[data-conflict-map]'); };
  // Only the frame's own window, at the origin its address names, is heard. A sandboxed frame has
  // the opaque origin "null", which can be checked no further than that its window sent it.
  var trusted = function (f, e) {
    if (e.source !== f.contentWindow) return false;
    var sandboxed = f.hasAttribute('sandbox') && !f.sandbox.contains('allow-same-origin');
    try { return e.origin === new URL(f.src, location.href).origin || (sandboxed && e.origin === 'null'); } catch (_) { return false; }
  };
  w.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.protocol !== 'conflict-map' || d.version !== 1 || d.type !== 'resize' || !(d.height > 0)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (!trusted(f, e)) continue;
      f.style.border = '0';
      f.style.height = Math.max(MIN, Math.ceil(Math.min(d.height, 1e4))) + 'px';
    }
  });
})();
