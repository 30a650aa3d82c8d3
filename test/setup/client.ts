/** Vitest global setup of the e2e project: builds the client (dist/client) the test app serves. */
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  console.log('[test] building the client…');
  const build = spawnSync('npx', ['vite', 'build', 'client', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`the client build failed (exit ${build.status ?? build.signal})`);
}
