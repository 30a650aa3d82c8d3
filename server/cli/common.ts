import { loadConfig, ConfigError, type Config } from '../config.js';
import { openDatabase, type Database } from '../database.js';
import { applySchema } from '../db/schema.js';
import { migrateAccountsFromGraph } from '../auth/migrate.js';
import { openAccountStore, type AccountStore } from '../auth/store.js';

/** Exit codes of the operator commands. */
export const EXIT = { OK: 0, REJECTED: 1, USAGE: 2 } as const;

export class UsageError extends Error {}

/**
 * Runs an operator command against the configured database: the running app's embedded instance
 * of the same DATA_DIR, a fresh embedded one, or NEO4J_URI. Closes it however the command ends.
 */
export async function runCommand(work: (db: Database, config: Config, accounts: AccountStore) => Promise<number>): Promise<never> {
  let db: Database | null = null;
  let accounts: AccountStore | null = null;
  let code: number = EXIT.OK;
  try {
    const config = loadConfig();
    db = await openDatabase(config, { attach: true, log: (line) => console.error(`[chainatlas] ${line}`) });
    await applySchema(db.runner);
    accounts = openAccountStore(config);
    await migrateAccountsFromGraph(db.runner, accounts, (line) => console.error(`[chainatlas] ${line}`));
    code = await work(db, config, accounts);
  } catch (error) {
    code = error instanceof UsageError ? EXIT.USAGE : EXIT.REJECTED;
    if (error instanceof ConfigError || error instanceof UsageError) console.error(error.message);
    else console.error(error instanceof Error ? error.message : error);
  } finally {
    await db?.close().catch(() => undefined);
    accounts?.close();
  }
  process.exit(code);
}
