// npm run schema: regenerates policies/*.schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILES, schemaText } from './json-schemas.js';
import { POLICIES_DIR } from './pack-files.js';

for (const [name, make] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(join(POLICIES_DIR, name), schemaText(make));
  console.log(`wrote policies/${name}`);
}
