/** Types of scripts/to-vitest.mjs for the TypeScript that imports it (test/unit/to-vitest.test.ts). */
export function convert(src: string): { out: string; problems: string[] };
