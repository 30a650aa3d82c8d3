import { loadConfig, ConfigError } from './config.js';
import { openDatabase, type Database } from './database.js';
import { buildApp, type App } from './app.js';
import { applySchema } from './db/schema.js';
import { ensureLocalCounts } from './repositories/local-counts.js';
import { loadDemoDataIfEmpty } from './demo.js';
import { countUsers, createUser, recordAudit } from './auth/service.js';
import { migrateAccountsFromGraph } from './auth/migrate.js';
import { openAccountStore, type AccountStore } from './auth/store.js';
import { startCacheWarmer } from './cache-warmer.js';
import { markStopping } from './db/embedded.js';

const log = (line: string) => console.log(`[chainatlas] ${line}`);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let db: Database | null = null;
  let accounts: AccountStore | null = null;
  let app: App | null = null;
  let warmer: ReturnType<typeof startCacheWarmer> | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // At once, so that a start right after this one waits for it rather than refusing.
    if (!config.external) markStopping(config.dataDir);
    log(`${signal}: stopping…`);
    await warmer?.stop().catch((e: unknown) => console.error(e));
    await app?.close().catch((e: unknown) => console.error(e));
    await db?.close().catch((e: unknown) => console.error(e));
    accounts?.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const onGiveUp = (reason: string) => {
    console.error(`[chainatlas] ${reason}; stopping`);
    void stop('neo4j-exit');
  };
  db = await openDatabase(config, { log, supervise: { onGiveUp } });
  log(`Neo4j ${db.version} (${db.mode}) at ${db.uri}`);
  accounts = openAccountStore(config);
  await applySchema(db.runner);
  await migrateAccountsFromGraph(db.runner, accounts, log);
  if (config.demoData) {
    const loaded = await loadDemoDataIfEmpty(db.runner, log);
    if (loaded) log(`demo data loaded: ${loaded}`);
  }
  await ensureLocalCounts(db.runner, log);
  let firstAdmin: string | null = null;
  if ((await countUsers(accounts)) === 0) {
    firstAdmin = (await createUser(accounts, 'admin', 'admin')).password;
    await recordAudit(accounts, { user: null, action: 'createUser', target: 'admin', detail: { role: 'admin', reason: 'first start' }, address: 'localhost' });
  }
  app = await buildApp(config, db.runner, accounts);
  const port = await app.listen(config.port, config.host);
  if (config.resultCache) warmer = startCacheWarmer(app.services, { log });
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (firstAdmin) {
    log('first start: created the user "admin". Its password is shown this once — sign in and keep it safe:');
    log(`    admin / ${firstAdmin}`);
    log('    (lost it? `npm run users -- reset-password admin`)');
  }
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s → http://${host}:${port}/  (GraphQL: http://${host}:${port}/graphql)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`[chainatlas] ${error.message}`);
  else console.error('[chainatlas] failed to start:', error);
  process.exit(1);
});
