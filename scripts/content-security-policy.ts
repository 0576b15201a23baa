// The built app's Content Security Policy, one directive per line with why it is there.
// Shipped as a <meta> in dist/index.html (works on any static host); see README, "Security".

export const CSP_DIRECTIVES: Record<string, string> = {
  // Nothing that is not named below.
  'default-src': "'self'",
  // The app's own module files only: no inline script, no eval (the build needs neither).
  'script-src': "'self'",
  // The stylesheet only. Leaflet and Preact set styles through element.style, which CSP allows;
  // nothing writes a style="" attribute in HTML text, so 'unsafe-inline' is not needed.
  'style-src': "'self'",
  // The dataset loader runs in a worker built as its own file beside the app.
  'worker-src': "'self'",
  // The data: favicon; web tiles from whatever http(s) host config.json names.
  'img-src': "'self' data: http: https:",
  // config.json and the dataset, and datasets hosted elsewhere (?data=<address>).
  'connect-src': "'self' http: https:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one header or meta value. frame-ancestors cannot be set by a meta (see README). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES).map(([k, v]) => `${k} ${v}`).join('; ');
