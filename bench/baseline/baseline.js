// The baseline the benchmark compares against: the way Leaflet.TimeDimension redraws, a new
// L.geoJSON of everything in force, built from scratch on every time step by scanning all records.
/* global L */
(async () => {
  const base = new URLSearchParams(location.search).get('data');
  const get = async (name) => (await fetch(new URL(name, new URL(base, location.href)))).json();
  const manifest = await get('dataset.json');
  const [actors, sites, control, incidents] = await Promise.all(
    ['actors', 'sites', 'control', 'incidents'].map((k) => get(manifest.files[k])));
  const colour = Object.fromEntries(actors.map((a) => [a.id, a.colour]));
  const start = Date.parse(manifest.extent.start);
  const map = L.map('map');
  const bounds = L.geoJSON(sites).getBounds();
  map.fitBounds(bounds);
  let layer = null;
  window.baselineTime = start;

  window.baselineDraw = (t) => {
    window.baselineTime = t;
    const held = {};
    for (const i of control.initial) held[i.site] = { controller: i.controller, contested: !!i.contested };
    for (const c of control.changes) if (Date.parse(c.at) <= t) held[c.site] = { controller: c.to, contested: c.contested };
    const features = sites.features.map((f) => ({ ...f, properties: { ...f.properties, ...held[f.id] } }));
    const byId = Object.fromEntries(sites.features.map((f) => [f.id, f]));
    for (const inc of incidents) {
      const s = Date.parse(inc.start);
      const e = inc.end ? Date.parse(inc.end) : s;
      if (s > t || (s <= t - 86400000 && e < t)) continue;
      let coords = inc.location.point;
      if (!coords) {
        const ring = byId[inc.location.site].geometry.coordinates[0];
        coords = [(ring[0][0] + ring[2][0]) / 2, (ring[0][1] + ring[2][1]) / 2];
      }
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: coords }, properties: { incident: inc.type } });
    }
    if (layer) map.removeLayer(layer);
    layer = L.geoJSON({ type: 'FeatureCollection', features }, {
      style: (f) => ({ fillColor: colour[f.properties.controller] || '#999', fillOpacity: f.properties.contested ? 0.2 : 0.45, weight: 1 }),
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 5, weight: 1, fillOpacity: 0.8 }),
      onEachFeature: (f, l) => l.bindPopup(f.properties.incident || f.id),
    }).addTo(map);
  };
  window.baselineDraw(start);
  document.title = 'ready';
})();
