// `npm start`: installs and builds whatever is missing, then runs the server in this process
// (so Ctrl-C and SIGTERM reach it directly and it stops the embedded Neo4j).
// `npm start -- --workers N` (or WORKERS=N): this process keeps Neo4j and forks N app processes
// sharing the port; they run this file again and go straight to the server (server/main.ts).
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (cluster.isWorker) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'server/main.ts')).href);
} else {
  await prepareAndStart();
}

async function prepareAndStart() {
  if (!existsSync('node_modules/.package-lock.json') || statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs) {
    console.log('[chainatlas] installing npm packages…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  const builtIndex = 'dist/client/index.html';
  if (!existsSync(builtIndex) || newestMtime('client') > statSync(builtIndex).mtimeMs) {
    console.log('[chainatlas] building the client…');
    run('npx', ['vite', 'build', 'client', '--logLevel', 'warn']);
  }
  // Unless told otherwise, the server runs as in production: graphql-js otherwise checks every
  // instanceOf for mixed-up copies of itself (measured: the largest single cost of executing a
  // large answer). Set here, after npm ci and the build, so they still see development.
  process.env.NODE_ENV ??= 'production';
  const { register } = await import('tsx/esm/api');
  register();
  const { ensureLauncherBuilt } = await import(pathToFileURL(path.join(root, 'server/db/embedded.ts')).href);
  if (!process.env.NEO4J_URI) ensureLauncherBuilt((line) => console.log(`[chainatlas] ${line}`));
  await import(pathToFileURL(path.join(root, 'server/main.ts')).href);
}
