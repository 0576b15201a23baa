// The JSON Schemas of the data format, generated from the code's schema (src/core/schema.ts).
// `npm run schema` writes them to docs/schema/; a test fails when the committed ones are out of date.
import { toJsonSchema } from '@valibot/to-json-schema';
import { FILE_SCHEMAS } from '../core/schema';

export const SCHEMA_DIR = 'docs/schema';

/** File name → JSON text, for every file of a dataset. */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, schema] of Object.entries(FILE_SCHEMAS)) {
    // Checks that JSON Schema cannot express (a ring that closes, a date that exists) are dropped here;
    // `npm run validate` applies them, and the cross-record checks, in full.
    const json = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<string, unknown>;
    const doc = {
      $schema: json.$schema,
      title: `conflict-map-dataset/1: ${name}`,
      description: `The ${name} file of a dataset (see docs/data-format.md). Generated from src/core/schema.ts; do not edit.`,
      ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')),
    };
    out.set(`${name}.schema.json`, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return out;
}
