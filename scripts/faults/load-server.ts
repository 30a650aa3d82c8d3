// The server under load for scripts/faults/load.ts, in a process of its own so that its RSS is
// the server's alone: an embedded Neo4j of its own (temp DATA_DIR) with the demo data loaded
// through the import path, the app on 127.0.0.1:0 and a viewer with an API token. Prints
//   LOAD_SERVER_READY {"url": …, "token": …, "neo4jPid": …}
// and runs until SIGTERM/SIGINT or until its stdin closes (its parent died), then cleans up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../server/app.js';
import { createToken, createUser } from '../../server/auth/service.js';
import { openAccountStore } from '../../server/auth/store.js';
import { loadConfig } from '../../server/config.js';
import { DEMO_DIR } from '../../server/demo.js';
import { importWorkbook } from '../../server/import/index.js';
import { OwnNeo4j } from './lib/own-neo4j.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-load-'));
const neo = await OwnNeo4j.start({ dataDir, heap: process.env.LOAD_NEO4J_HEAP ?? '1g', pageCache: '256m' });
let closing: Promise<void> | null = null;
const close = () => {
  closing ??= (async () => {
    await app?.close().catch(() => undefined);
    // Resolvers of requests the load generator abandoned at its end may still be running.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await neo.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  })();
  return closing;
};
let app: Awaited<ReturnType<typeof buildApp>> | null = null;
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
process.stdin.on('end', () => void close());
process.stdin.resume();

const demo = await importWorkbook(neo.runner, DEMO_DIR.pathname);
if (!demo.ok) throw new Error(`the demo data was rejected: ${JSON.stringify(demo.errors.slice(0, 5))}`);
const config = loadConfig({ HOME_REGION: 'QDEDZ', DEMO_DATA: 'off', DATA_DIR: dataDir });
const accounts = openAccountStore(config);
app = await buildApp(config, neo.runner, accounts);
const port = await app.listen(0, '127.0.0.1');
await createUser(accounts, 'load-test', 'viewer');
const { token } = await createToken(accounts, 'load-test', 'load test');
process.stdout.write(`LOAD_SERVER_READY ${JSON.stringify({ url: `http://127.0.0.1:${port}`, token, neo4jPid: neo.pid })}\n`);
