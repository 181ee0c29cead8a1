// drizzle-kit: generates the PostgreSQL migrations from the schema (npm run db:generate). They are committed and run at start.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './adapters/storage/postgres/schema.ts',
  out: './adapters/storage/postgres/migrations',
});
