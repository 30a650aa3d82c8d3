import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { convert } from '../../scripts/to-vitest.mjs';

// The codemod that moved the tests from node:test to Vitest is run again over every branch merged
// after it, so its mapping is pinned here line by line.
const NODE_TEST = `import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';

const before = 1;
before(async () => {});
describe('a suite', { skip: !process.env.X && 'needs X' }, () => {
  beforeEach(() => {});
  it('a test', { timeout: 5_000 }, async (t) => {
    t.diagnostic(\`in \${t.name}\`);
    if (before) t.skip('not today');
    assert.ok(/[{]/.test('{'));
  });
  it(\`a todo \${1}\`, { todo: 'later' }, () => {});
});
after(() => undefined);
`;

const VITEST = `import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';

const before = 1;
beforeAll(async () => {});
describe.skipIf(Boolean(!process.env.X && 'needs X'))('a suite', () => {
  beforeEach(() => {});
  it('a test', { timeout: 5_000 }, async (t) => {
    console.log(\`in \${t.task.name}\`);
    if (before) t.skip('not today');
    assert.ok(/[{]/.test('{'));
  });
  it.todo(\`a todo \${1}\`, () => {});
});
afterAll(() => undefined);
`;

describe('scripts/to-vitest.mjs', () => {
  it('maps imports, hooks, options and the test context as documented, and leaves a variable named `before` alone', () => {
    const { out, problems } = convert(NODE_TEST);
    assert.deepEqual(problems, []);
    assert.equal(out, VITEST);
  });

  it('is idempotent: a converted file comes back unchanged', () => {
    assert.deepEqual(convert(VITEST), { out: VITEST, problems: [] });
  });

  it('leaves code written inside strings and comments alone (a fixture of a test is not the test)', () => {
    const src = "import { it } from 'node:test';\n// before(() => {})\nconst fixture = `\nimport { it } from 'node:test';\nbefore(() => {});\n`;\nit('x', () => {});\n";
    const { out, problems } = convert(src);
    assert.deepEqual(problems, []);
    assert.equal(out, "import { it } from 'vitest';\n// before(() => {})\nconst fixture = `\nimport { it } from 'node:test';\nbefore(() => {});\n`;\nit('x', () => {});\n");
  });

  it('refuses what has no Vitest mapping instead of converting it half', () => {
    const cases: Array<[string, RegExp]> = [
      ["import { it, mock } from 'node:test';\nit('x', () => {});\n", /'mock' from node:test has no Vitest mapping/],
      ["import { it } from 'node:test';\nit('x', (t, done) => { done(); });\n", /done-callback test at line 2/],
      ["import { it } from 'node:test';\nit('x', async (t) => { await t.test('inner', () => {}); });\n", /t\.test \(node:test context\) has no Vitest mapping/],
      ["import { it } from 'node:test';\nit('x', (t) => { [1].map((t) => t.name); });\n", /the test context 't' is shadowed/],
      ["import * as nt from 'node:test';\nnt.it('x', () => {});\n", /an import of 'node:test' this script does not read/],
      ["import { describe } from 'node:test';\ndescribe('x', { concurrency: 2 }, () => {});\n", /describe option 'concurrency' has no Vitest mapping/],
    ];
    for (const [src, problem] of cases) {
      const { problems } = convert(src);
      assert.ok(
        problems.some((p) => problem.test(p)),
        `${JSON.stringify(src)} → ${JSON.stringify(problems)}`,
      );
    }
  });
});
