// node-fetch, as citation-js imports it, in the built app: the browser's own fetch and Headers (which
// citation-js uses in a browser anyway), so that node-fetch and its Node built-ins stay out of the build.
export default globalThis.fetch;
export const Headers = globalThis.Headers;
