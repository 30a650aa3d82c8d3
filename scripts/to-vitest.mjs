#!/usr/bin/env node
// Converts test files from node:test to Vitest, in place. Idempotent: a file that no longer imports
// from 'node:test' is left alone, so it can be run again over the whole tree after a merge.
//
//   node scripts/to-vitest.mjs                 # every *.test.ts under test/
//   node scripts/to-vitest.mjs <file|dir>...   # only these
//   node scripts/to-vitest.mjs --check         # lists files still on node:test; exit 1 if any
//
// The mapping (assertions are not touched: node:assert runs unchanged under Vitest):
//   import { … } from 'node:test'      → import { … } from 'vitest', names mapped as below
//   import test from 'node:test'       → import { test } from 'vitest'
//   before(…) / after(…)               → beforeAll(…) / afterAll(…)   (hook calls at line start)
//   beforeEach / afterEach / describe / it / test → the same names (suite → describe)
//   describe|it|test(name, { skip: X }, fn)   → describe|it|test.skipIf(Boolean(X))(name, fn)
//   describe|it|test(name, { todo: X }, fn)   → ….todo(name, fn)     ({ only: true } → .only)
//   { timeout: N } (and retry, repeats)       → kept as the second argument (Vitest takes it there;
//                                               on a describe, node:test timed the whole suite,
//                                               Vitest times each test in it)
//   a test's context parameter (t) =>:  t.skip(…) → t.skip(…) (Vitest's context.skip; it stops the
//     test where node:test went on), t.todo(…) → t.skip(…), t.diagnostic(x) → console.log(x),
//     t.name → t.task.name, t.after(fn) → t.onTestFinished(fn), t.signal → t.signal
// Refused with a message (convert by hand): `mock` from node:test, `import * as … from 'node:test'`,
// done-callbacks ((t, done) =>), subtests (t.test), t.plan, t.mock, t.assert, t.beforeEach/afterEach,
// option keys other than skip/todo/only/timeout/retry/repeats.
// Note: Vitest treats a function returned by a beforeAll hook as its teardown; node:test ignored
// hook return values. A hook whose body is an expression returning a function must get braces.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMES = { before: 'beforeAll', after: 'afterAll', beforeEach: 'beforeEach', afterEach: 'afterEach', describe: 'describe', suite: 'describe', it: 'it', test: 'test' };
/** An import statement of node:test (found in the code only, see mask). */
const NODE_TEST_IMPORT = /^\s*import\b[^;]*?\bfrom\s*['"]node:test['"]/m;
const KEPT_OPTIONS = new Set(['timeout', 'retry', 'repeats']);

/** Index just past the string/template/comment starting at i, or i when none starts there. */
function skipLiteral(src, i) {
  const c = src[i];
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    let j = i + 1;
    while (j < src.length && src[j] !== '`') {
      if (src[j] === '\\') j += 2;
      else if (src[j] === '$' && src[j + 1] === '{') j = matchClose(src, j + 1) + 1;
      else j++;
    }
    return j + 1;
  }
  if (c === '/' && src[i + 1] === '/') return src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
  if (c === '/' && src[i + 1] === '*') return src.indexOf('*/', i + 2) + 2;
  if (c === '/' && /(^|[(,=:[!&|?{};]|\breturn)\s*$/.test(src.slice(Math.max(0, i - 12), i))) {
    // a regular expression literal: to its closing slash outside a character class
    let j = i + 1;
    for (let inClass = false; j < src.length && src[j] !== '\n'; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === '[') inClass = true;
      else if (src[j] === ']') inClass = false;
      else if (src[j] === '/' && !inClass) return j + 1;
    }
  }
  return i;
}

/** Index of the bracket closing the one at `open` ((, [ or {), skipping strings and comments. */
function matchClose(src, open) {
  const pairs = { '(': ')', '[': ']', '{': '}' };
  const stack = [];
  for (let i = open; i < src.length;) {
    const next = skipLiteral(src, i);
    if (next !== i) {
      i = next;
      continue;
    }
    const c = src[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) throw new Error(`unbalanced ${c} at ${i}`);
      if (!stack.length) return i;
    }
    i++;
  }
  throw new Error(`no closing bracket for ${src[open]} at ${open}`);
}

/** Splits the inside of an object literal into its top-level `key: value` entries. */
function objectEntries(body) {
  const entries = [];
  let start = 0;
  for (let i = 0; i <= body.length;) {
    if (i === body.length || body[i] === ',') {
      const part = body.slice(start, i).trim();
      if (part) {
        const m = /^([A-Za-z_$][\w$]*)\s*(?::\s*([\s\S]+))?$/.exec(part);
        if (!m) throw new Error(`cannot read option ${part}`);
        entries.push({ key: m[1], value: (m[2] ?? m[1]).trim() });
      }
      start = i + 1;
      i++;
      continue;
    }
    const next = skipLiteral(body, i);
    if (next !== i) i = next;
    else if ('([{'.includes(body[i])) i = matchClose(body, i) + 1;
    else i++;
  }
  return entries;
}

const blank = (text) => text.replace(/[^\n]/g, ' ');

/**
 * The text with comments and the literal parts of template strings blanked (same length, same
 * line breaks), so that code written inside a string (a test's fixture) is never taken for code.
 * Quoted strings and regular expressions stay: an import names its module in one.
 */
export function mask(src) {
  let out = '';
  for (let i = 0; i < src.length;) {
    const next = skipLiteral(src, i);
    if (next === i) {
      out += src[i++];
      continue;
    }
    const literal = src.slice(i, next);
    if (src[i] === '`') out += maskTemplate(literal);
    else if (src[i] === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) out += blank(literal);
    else out += literal;
    i = next;
  }
  return out;
}

function maskTemplate(literal) {
  let out = '`';
  for (let j = 1; j < literal.length - 1;) {
    if (literal[j] === '\\') {
      out += blank(literal.slice(j, j + 2));
      j += 2;
    } else if (literal[j] === '$' && literal[j + 1] === '{') {
      const end = matchClose(literal, j + 1);
      out += '${' + mask(literal.slice(j + 2, end)) + '}';
      j = end + 1;
    } else {
      out += literal[j] === '\n' ? '\n' : ' ';
      j++;
    }
  }
  return out + '`';
}

/** Replaces the matches of `re` (global) found in the code of `text` (see mask), from the end. */
function replaceInCode(text, re, replacement) {
  const one = new RegExp(re.source, re.flags.replace('g', ''));
  for (const m of [...mask(text).matchAll(re)].reverse()) text = text.slice(0, m.index) + text.slice(m.index, m.index + m[0].length).replace(one, replacement) + text.slice(m.index + m[0].length);
  return text;
}

/**
 * Converts one file's text; `problems` lists what it cannot convert (then `out` is not to be used).
 * @param {string} src
 * @returns {{ out: string, problems: string[] }}
 */
export function convert(src) {
  const problems = [];
  const importRe = /^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*['"]node:test['"];?[ \t]*$/m;
  const code = mask(src);
  if (NODE_TEST_IMPORT.test(code) && !importRe.test(code)) problems.push("an import of 'node:test' this script does not read (namespace import?)");
  const m = importRe.exec(code);
  if (!m) return { out: src, problems };
  const used = new Set();
  if (m[1]) used.add('test');
  for (const spec of (m[2] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, alias] = spec.split(/\s+as\s+/);
    if (alias) problems.push(`aliased import ${spec}`);
    if (!NAMES[name]) problems.push(`'${name}' from node:test has no Vitest mapping`);
    else used.add(name);
  }
  let out = src;

  // hooks: before/after at the start of a line are hook calls (a local `const before = …` is not)
  out = replaceInCode(out, /^(\s*)(before|after|suite)(\s*\()/gm, (_all, indent, name, paren) => `${indent}${NAMES[name]}${paren}`);

  // options objects and test contexts of describe/it/test calls
  const callRe = /^(\s*)(describe|it|test)(\.(?:skip|only|todo))?\(/gm;
  const edits = [];
  const outCode = mask(out);
  for (let call; (call = callRe.exec(outCode));) {
    const open = call.index + call[0].length - 1;
    const close = matchClose(out, open);
    let i = open + 1;
    while (/\s/.test(out[i])) i++;
    const nameEnd = skipLiteral(out, i);
    if (nameEnd === i) continue; // a name that is not a literal: leave the call as it is
    let j = nameEnd;
    while (/\s/.test(out[j])) j++;
    let optionsText = null;
    let modifier = call[3] ?? '';
    let afterOptions = j;
    if (out[j] === ',') {
      let k = j + 1;
      while (/\s/.test(out[k])) k++;
      if (out[k] === '{') {
        const end = matchClose(out, k);
        const entries = objectEntries(out.slice(k + 1, end));
        const kept = [];
        for (const { key, value } of entries) {
          if (KEPT_OPTIONS.has(key)) kept.push(key === value ? key : `${key}: ${value}`);
          else if (key === 'skip') modifier = value === 'true' ? '.skip' : `.skipIf(Boolean(${value}))`;
          else if (key === 'todo') modifier = '.todo';
          else if (key === 'only') modifier = value === 'true' ? '.only' : modifier;
          else problems.push(`${call[2]} option '${key}' has no Vitest mapping`);
        }
        optionsText = kept.length ? `{ ${kept.join(', ')} }` : '';
        afterOptions = end + 1;
      }
    }
    // the test function's parameters: (t) is the context; (t, done) is a done-callback
    const rest = out.slice(afterOptions, close);
    const fn = /^\s*,\s*(async\s+)?(?:function\s*\w*\s*)?\(\s*([\w$]*)\s*(,\s*[\w$]+\s*)?\)\s*(=>)?\s*/.exec(optionsText === null ? out.slice(j, close) : rest);
    if (fn?.[3]) problems.push(`a done-callback test at line ${out.slice(0, call.index).split('\n').length}`);
    if (fn?.[2] && call[2] !== 'describe') {
      const base = optionsText === null ? j : afterOptions;
      const bodyStart = base + fn[0].length;
      const bodyEnd = out[bodyStart] === '{' ? matchClose(out, bodyStart) : close;
      edits.push({ start: bodyStart, end: bodyEnd, ctx: fn[2] });
    }
    if (optionsText !== null || modifier !== (call[3] ?? '')) {
      edits.push({ start: call.index + call[1].length, end: afterOptions, replace: `${call[2]}${modifier}(${out.slice(i, nameEnd)}${optionsText ? `, ${optionsText}` : ''}` });
    }
  }
  // apply from the end so earlier offsets stay valid; context edits rewrite inside a body
  edits.sort((a, b) => b.start - a.start);
  for (const e of edits) {
    if (e.replace !== undefined) {
      out = out.slice(0, e.start) + e.replace + out.slice(e.end);
      continue;
    }
    const ctx = e.ctx.replace(/\$/g, '\\$');
    let body = out.slice(e.start, e.end);
    for (const member of ['test', 'plan', 'mock', 'assert', 'beforeEach', 'afterEach', 'before', 'runOnly', 'snapshot']) {
      if (new RegExp(`\\b${ctx}\\.${member}\\b`).test(body)) problems.push(`${e.ctx}.${member} (node:test context) has no Vitest mapping`);
    }
    const rewrites = new RegExp(`\\b${ctx}\\.(todo|diagnostic|after|name|fullName)\\b`);
    if (rewrites.test(body) && new RegExp(`(\\(\\s*|,\\s*)${ctx}\\s*[,)]|\\b${ctx}\\s*=>`).test(body)) {
      problems.push(`the test context '${e.ctx}' is shadowed inside its test; rename the inner one first`);
    }
    body = replaceInCode(body, new RegExp(`\\b${ctx}\\.todo\\(`, 'g'), `${e.ctx}.skip(`);
    body = replaceInCode(body, new RegExp(`\\b${ctx}\\.diagnostic\\(`, 'g'), 'console.log(');
    body = replaceInCode(body, new RegExp(`\\b${ctx}\\.after\\(`, 'g'), `${e.ctx}.onTestFinished(`);
    body = replaceInCode(body, new RegExp(`\\b${ctx}\\.(name|fullName)\\b`, 'g'), `${e.ctx}.task.$1`);
    out = out.slice(0, e.start) + body + out.slice(e.end);
  }

  // the import, with the names the file now uses
  const wanted = new Set();
  for (const name of used) wanted.add(NAMES[name]);
  for (const name of ['beforeAll', 'afterAll']) if (new RegExp(`^\\s*${name}\\(`, 'm').test(mask(out))) wanted.add(name);
  const order = ['afterAll', 'afterEach', 'beforeAll', 'beforeEach', 'describe', 'it', 'test'];
  const names = order.filter((n) => wanted.has(n));
  const at = importRe.exec(mask(out));
  out = out.slice(0, at.index) + `import { ${names.join(', ')} } from 'vitest';` + out.slice(at.index + at[0].length);
  if (/\bmock\b/.test(m[2] ?? '')) problems.push("'mock' from node:test: use vi from vitest by hand");
  return { out, problems };
}

function filesUnder(target) {
  if (statSync(target).isFile()) return [target];
  return readdirSync(target, { recursive: true })
    .map((f) => path.join(target, String(f)))
    .filter((f) => /\.test\.[cm]?[jt]sx?$/.test(f) && !f.includes('node_modules'))
    .sort();
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const targets = args.filter((a) => a !== '--check');
  const files = (targets.length ? targets : ['test']).flatMap(filesUnder);
  let changed = 0;
  let failed = 0;
  let pending = 0;
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    if (!NODE_TEST_IMPORT.test(mask(src))) continue;
    pending++;
    if (check) {
      console.log(`on node:test: ${file}`);
      continue;
    }
    const { out, problems } = convert(src);
    if (problems.length) {
      failed++;
      console.error(`${file}: not converted:\n  ${problems.join('\n  ')}`);
      continue;
    }
    writeFileSync(file, out);
    changed++;
    console.log(`converted ${file}`);
  }
  if (check) {
    console.log(`${pending} file(s) still on node:test`);
    process.exit(pending ? 1 : 0);
  }
  console.log(`${changed} converted, ${failed} refused, ${files.length - pending} already on Vitest`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
