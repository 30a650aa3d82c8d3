import { mapBench } from './maps.js';
const r = await mapBench([Number(process.argv[2] ?? 2000)], { elkTimeoutMs: 60000, panSeconds: 2, log: console.log });
console.log(JSON.stringify(r));
