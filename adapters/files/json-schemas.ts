// The JSON Schemas committed beside the packs, generated from the zod schemas (never written by hand).
import { z } from 'zod';
import { PackSchema, PackTestFileSchema } from '../../engine/index.js';

export function packJsonSchema(): unknown {
  return { ...z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' }), title: 'tanzhong policy pack' };
}

export function packTestsJsonSchema(): unknown {
  return { ...z.toJSONSchema(PackTestFileSchema, { io: 'input', unrepresentable: 'any' }), title: 'tanzhong pack test cases' };
}

export const SCHEMA_FILES = {
  'pack.schema.json': packJsonSchema,
  'pack-tests.schema.json': packTestsJsonSchema,
} as const;

export function schemaText(make: () => unknown): string {
  return `${JSON.stringify(make(), null, 2)}\n`;
}
