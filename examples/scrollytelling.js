// The example article's script: drives the embedded map over postMessage as the reader scrolls.
// The map's address: ?map=<url> on this page, or the app beside the examples folder.
const mapUrl = new URL(new URLSearchParams(location.search).get('map') || '../', location.href);
mapUrl.searchParams.set('embed', '1');
const frame = document.getElementById('map');
const status = document.getElementById('status');
frame.src = mapUrl.href;

const PROTOCOL = { protocol: 'conflict-map', version: 1 };
let ready = false;
let queued = null;
const send = (message) => {
  if (!ready) { queued = message; return; }
  frame.contentWindow.postMessage({ ...PROTOCOL, ...message }, '*');
};

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const msg = event.data;
  if (!msg || msg.protocol !== 'conflict-map' || msg.version !== 1) return;
  if (msg.type === 'ready') {
    ready = true;
    if (queued) send(queued);
    queued = null;
  } else if (msg.type === 'timechange') {
    status.textContent = `The map shows ${msg.wholeDay ? msg.time.slice(0, 10) + ' (whole day)' : msg.time.slice(0, 16).replace('T', ' ')}`;
    status.dataset.time = msg.time;
  } else if (msg.type === 'selectionchange') {
    status.dataset.selected = msg.id || '';
  }
});

const steps = document.querySelectorAll('.step');
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    steps.forEach((s) => s.classList.toggle('is-active', s === entry.target));
    const { time, event } = entry.target.dataset;
    if (event) send({ type: 'selectIncident', id: event });
    else if (time) send({ type: 'setTime', time });
  }
}, { rootMargin: '-45% 0px -45% 0px' });
steps.forEach((s) => observer.observe(s));
