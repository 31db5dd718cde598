import { readFileSync, readdirSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withDrawableFields } from '../../../src/components/explorer/drawable-query';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const cookbook = readdirSync('cookbook').filter((file) => file.endsWith('.graphql'));

describe('widening a pasted query to what the map draws', () => {
  it('adds id, name, kind and urgent to concepts, and ends and type to relations', () => {
    const widened = withDrawableFields('{ concept(id: "back-spasm") { name relations { from { name } to { name } } } }', schema);
    expect(widened).toMatch(/concept\(id: "back-spasm"\) \{\s+name[\s\S]*?id\s+kind\s+urgent/);
    expect(widened).toMatch(/relations \{\s+from \{\s+name\s+id\s+kind\s+urgent[\s\S]*?\}\s+id\s+type\s+evidence/);
  });

  it.each(cookbook)('keeps the cookbook query %s valid against the schema', (file) => {
    const widened = withDrawableFields(readFileSync(`cookbook/${file}`, 'utf8'), schema);
    expect(validate(schema, parse(widened))).toEqual([]);
  });
});
