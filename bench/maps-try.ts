import { mapBench } from '/work/main/bench/maps.js';
const r = await mapBench([500, 2000], { elkTimeoutMs: 60000, panSeconds: 2, log: console.log });
console.log(JSON.stringify(r, null, 1).slice(0, 1500));
