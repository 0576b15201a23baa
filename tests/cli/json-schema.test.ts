import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { SCHEMA_DIR, jsonSchemas } from '../../src/cli/json-schema';

const manifest = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { files: Record<string, string> };

describe('the published JSON Schemas', () => {
  it('are up to date with the code (run `npm run schema` after changing src/core/schema.ts)', () => {
    for (const [name, text] of jsonSchemas()) expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(text);
  });

  it('accept the built-in dataset\'s files in an independent validator (Ajv), and reject a broken record', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const check = (name: string, data: unknown) => {
      const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as object);
      return validate(data) ? [] : validate.errors ?? [];
    };
    expect(check('manifest', manifest)).toEqual([]);
    for (const [key, file] of Object.entries(manifest.files)) {
      expect(check(key, JSON.parse(readFileSync(join('data', file), 'utf8'))), file).toEqual([]);
    }
    const incidents = JSON.parse(readFileSync('data/incidents.json', 'utf8')) as Record<string, unknown>[];
    incidents[0]!.start = '21 April';
    incidents[1]!.summery = 'typo';
    const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Record<string, unknown>[];
    sources[0]!.date = '2016-04-31x';
    expect(check('sources', sources).map((e) => `${e.instancePath} ${e.message}`)).toEqual(['/0/date must match format "date"']);
    const errors = check('incidents', incidents).map((e) => `${e.instancePath} ${e.message}`);
    expect(errors.join('\n')).toMatch(/\/0\/start must match pattern/);
    expect(errors.join('\n')).toMatch(/\/1 must NOT have additional properties/);
  });
});
