// The default database, apart from open-store.ts so that naming it (the CLI's help text) does not load the
// database drivers: `tanzhong evaluate` never opens a database and starts faster without them.

/** The SQLite file used when no DATABASE_URL is given, relative to the working directory. */
export const DEFAULT_DATABASE_URL = './data/tanzhong.db';
