// `npm run schema`: regenerates docs/schema/*.schema.json from the code's schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR, jsonSchemas } from './json-schema';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [name, text] of jsonSchemas()) {
  writeFileSync(join(SCHEMA_DIR, name), text);
  console.log(`wrote ${join(SCHEMA_DIR, name)}`);
}
