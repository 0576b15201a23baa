// embed.js: sizes every iframe[data-conflict-map] on the page to the height its map asks for (no
// inner scroll bar); with data-conflict-map-link, keeps the map's view in this page's fragment
// (#cmap=… or #cmap.<iframe id>=…) and gives it back to the map when the page is opened with it.
// No dependencies, no eval, no style attributes (element.style is allowed by a strict CSP); loading
// it twice is harmless. See docs/links-and-embedding.md, "Responsive height" and "Links into the article".
(function () {
  var w = window, doc = document, loc = location;
  if (w.conflictMapEmbed) return;
  w.conflictMapEmbed = 1;
  // The view's own parts of a map link: never data= (another dataset) or anything else.
  var KEYS = ['t', 'event', 'map', 'layers', 'compare', 'lang', 'step'];
  var frames = function () { return doc.querySelectorAll('iframe[data-conflict-map]'); };
  var key = function (f) { return 'cmap' + (f.id ? '.' + f.id : ''); };
  // The fragment's parts when all are ours ({} when empty); null when the page uses it for itself.
  var ours = function () {
    var out = {}, parts = loc.hash.slice(1).split('&');
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i], j = p.indexOf('=');
      if (!p) continue;
      if (!/^cmap[.=]/.test(p) || j < 0) return null;
      out[p.slice(0, j)] = p.slice(j + 1);
    }
    return out;
  };
  var view = function (query) {
    var from = new URLSearchParams(query), to = new URLSearchParams();
    KEYS.forEach(function (k) { if (from.has(k)) to.set(k, from.get(k)); });
    return to.toString().replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%2C/g, ',');
  };
  // The frame's own window, at the origin its address names (a sandboxed frame's origin is "null").
  var trusted = function (f, e) {
    if (e.source !== f.contentWindow) return false;
    var opaque = f.hasAttribute('sandbox') && !f.sandbox.contains('allow-same-origin');
    try { return e.origin === new URL(f.src, loc.href).origin || (opaque && e.origin === 'null'); } catch (_) { return false; }
  };
  var saved = ours() || {};
  Array.prototype.forEach.call(frames(), function (f) {
    f.style.border = '0';
    var stored = f.hasAttribute('data-conflict-map-link') && saved[key(f)];
    if (!stored) return;
    var u = new URL(f.src, loc.href), q = new URLSearchParams(view(decodeURIComponent(stored)));
    KEYS.forEach(function (k) { u.searchParams.delete(k); });
    q.forEach(function (v, k) { u.searchParams.set(k, v); });
    if (u.href !== f.src) f.src = u.href;
  });
  w.addEventListener('message', function (e) {
    var d = e.data, list = frames();
    if (!d || d.protocol !== 'conflict-map' || d.version !== 1) return;
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (!trusted(f, e)) continue;
      f.style.border = '0';
      if (d.type === 'resize' && d.height > 0) f.style.height = Math.max(320, Math.ceil(Math.min(d.height, 1e4))) + 'px';
      var s = d.type === 'viewchange' && typeof d.query === 'string' && f.hasAttribute('data-conflict-map-link') && ours();
      if (!s) continue;
      var q = view(d.query);
      if (q) s[key(f)] = encodeURIComponent(q).replace(/%3D/g, '=').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%2C/g, ',');
      else delete s[key(f)];
      var h = Object.keys(s).map(function (k) { return k + '=' + s[k]; }).join('&');
      history.replaceState(history.state, '', h ? '#' + h : loc.pathname + loc.search);
    }
  });
})();
