// The part of jsdom the picture tests use (it ships no types, and @types/jsdom is not installed):
// parsing a document of a given content type.
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: { document: Document };
  }
}
