// drizzle-kit: generates the SQLite migrations from the schema (npm run db:generate). They are committed and run at start.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './adapters/storage/sqlite/schema.ts',
  out: './adapters/storage/sqlite/migrations',
});
