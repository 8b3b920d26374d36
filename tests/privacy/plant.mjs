// Plants unique markers into the private parts of POP files, in place, for tests/privacy/run.sh.
//
//   node plant.mjs --modules DIR [--mark-more] --markers OUT.tsv --counts OUT.json FILE.pop.yaml...
//
// DIR is the npm prefix holding yaml@2 (tests/privacy/run.sh installs it). Each file is read
// with the yaml package's Document API, and only the planted values are changed in the source
// text, at the ranges the Document gives for them: every other byte of the file (comments,
// order, folding, quoting) stays as it was. A marker looks like PRIVE-<file>-<n>-7f3a (<file>: the file name without
// .pop.yaml, with every character that is not a letter or digit as `-`), is unique, and is a
// valid id, so it can replace ids too. Markers go into:
//   - every text of a goal marked `private: true`: id, title, specific, measurable, inspiring,
//     reflection, realistic.note, agreed.name, and its steps (id, what) and evidence (what,
//     link, file), private or not;
//   - every text of a step marked private (id, what), of evidence marked private (what, link,
//     file) and of a conversation marked private (with, agreements, notes);
//   - every conversation's `notes` and every goal's `reflection`, private or not.
// Texts get the marker in front ("MARKER original"), so a renderer that shortens a text keeps
// it; link and file get "MARKER/original"; ids become the marker.
//
// --mark-more first marks more things private, so that more kinds of private item are covered:
// in every file, the goal with an `agreed` signature (else the second goal), the first step of
// the first goal that stays public, the first evidence of a public goal that has some, and the
// last conversation (often a planned one).
//
// Writes one line per marker to --markers (`marker<TAB>file<TAB>where`) and to --counts what a
// team report over these files must say it left out: {"files": {FILE: counts}, "total": counts}
// with counts {private_goals, private_steps, private_evidence, private_conversations,
// conversation_notes, reflections}. Exits 1 when a file does not parse as YAML or cannot be planted.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

function usage(message) {
  process.stderr.write(`plant.mjs: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let modules = process.env.POP_NPM_DIR || '';
let markersOut = '';
let countsOut = '';
let markMore = false;
const files = [];
for (let i = 0; i < args.length; ++i) {
  const a = args[i];
  if (a === '--modules') modules = args[++i] ?? usage('--modules needs a folder');
  else if (a === '--markers') markersOut = args[++i] ?? usage('--markers needs a file');
  else if (a === '--counts') countsOut = args[++i] ?? usage('--counts needs a file');
  else if (a === '--mark-more') markMore = true;
  else if (a === '--') files.push(...args.slice(i + 1)), (i = args.length);
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (!modules || !markersOut || !countsOut) usage('--modules, --markers and --counts are required');

const require = createRequire(join(resolve(modules), 'package.json'));
let YAML;
try {
  YAML = require('yaml');
} catch (e) {
  usage(`cannot load yaml from ${modules}: ${e.message}`);
}
const { isMap, isSeq, isScalar } = YAML;

const markerLines = [];
const zero = () => ({
  private_goals: 0,
  private_steps: 0,
  private_evidence: 0,
  private_conversations: 0,
  conversation_notes: 0,
  reflections: 0,
});
const counts = { files: {}, total: zero() };
let broken = 0;

const items = (seq) => (isSeq(seq) ? seq.items.filter((x) => isMap(x)) : []);
const isPrivate = (map) => map.get('private') === true;

// Where a scalar's text begins in the source: after the opening quote, or at the first content
// line of a block scalar (`|` or `>`); null when it cannot be found.
function textStart(source, node) {
  const at = node.range[0];
  const { Scalar } = YAML;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return at + 1;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    let i = source.indexOf('\n', at);
    while (i >= 0 && i < node.range[1]) {
      let j = i + 1;
      while (source[j] === ' ') j++;
      if (source[j] !== '\n' && source[j] !== '\r') return j;
      i = source.indexOf('\n', j);
    }
    return null;
  }
  return at;
}

for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const doc = YAML.parseDocument(source, { version: '1.2', schema: 'core' });
  if (doc.errors.length > 0) {
    process.stderr.write(`plant.mjs: ${file} does not parse: ${doc.errors[0].message}\n`);
    broken++;
    continue;
  }
  const slug = basename(file).replace(/\.pop\.yaml$/, '').replace(/[^A-Za-z0-9]+/g, '-');
  let n = 0;
  const edits = [];  // {at, remove, insert}, applied to the source from the end
  const planted = [];  // [marker, node path] to check in the result
  const madePrivate = new Set();
  const priv = (map) => isPrivate(map) || madePrivate.has(map);
  // kind: 'text' (marker in front), 'path' (marker/original) or 'id' (the marker itself).
  const plant = (map, key, kind, where) => {
    if (!isMap(map)) return;
    const node = map.get(key, true);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '' || !node.range) return;
    const marker = `PRIVE-${slug}-${++n}-7f3a`;
    if (kind === 'id') {
      if (node.type !== YAML.Scalar.PLAIN) {
        process.stderr.write(`plant.mjs: ${file}: ${where}.${key} is not a plain id; not planted\n`);
        broken++;
        return;
      }
      edits.push({ at: node.range[0], remove: node.range[1] - node.range[0], insert: marker });
    } else {
      const at = textStart(source, node);
      if (at === null) return;
      edits.push({ at, remove: 0, insert: kind === 'path' ? `${marker}/` : `${marker} ` });
    }
    markerLines.push(`${marker}\t${file}\t${where}.${key}`);
    planted.push(marker);
  };
  // `private: true` as a new line above the mapping's second key, at the same indentation.
  const markPrivate = (map) => {
    if (!isMap(map) || map.flow || map.has('private') || map.items.length < 2) return;
    const key = map.items[1].key;
    if (!key?.range) return;
    const lineStart = source.lastIndexOf('\n', key.range[0]) + 1;
    if (source.slice(lineStart, key.range[0]).trim() !== '') return;  // not on a line of its own
    edits.push({ at: lineStart, remove: 0, insert: `${source.slice(lineStart, key.range[0])}private: true\n` });
    madePrivate.add(map);
  };
  const root = doc.contents;
  const goals = items(isMap(root) ? root.get('goals', true) : null);
  const conversations = items(isMap(root) ? root.get('conversations', true) : null);

  if (markMore) {
    markPrivate(goals.find((g) => g.has('agreed') && !isPrivate(g)) ?? goals[1]);
    const publicGoals = goals.filter((g) => !priv(g));
    markPrivate(items(publicGoals[0]?.get('steps', true))[0]);
    const withEvidence = publicGoals.find((g) => items(g.get('evidence', true)).length > 0);
    markPrivate(items(withEvidence?.get('evidence', true)).at(-1));
    markPrivate(conversations.at(-1));
  }

  const c = zero();
  goals.forEach((goal, gi) => {
    const where = `goals[${gi}]`;
    const steps = items(goal.get('steps', true));
    const evidence = items(goal.get('evidence', true));
    if (goal.has('reflection')) c.reflections++;
    if (priv(goal)) {
      c.private_goals++;
      c.private_steps += steps.length;
      c.private_evidence += evidence.length;
      plant(goal, 'id', 'id', where);
      for (const key of ['title', 'specific', 'measurable', 'inspiring', 'reflection']) plant(goal, key, 'text', where);
      plant(goal.get('realistic', true), 'note', 'text', `${where}.realistic`);
      plant(goal.get('agreed', true), 'name', 'text', `${where}.agreed`);
      steps.forEach((s, si) => {
        plant(s, 'id', 'id', `${where}.steps[${si}]`);
        plant(s, 'what', 'text', `${where}.steps[${si}]`);
      });
      evidence.forEach((e, ei) => {
        plant(e, 'what', 'text', `${where}.evidence[${ei}]`);
        plant(e, 'link', 'path', `${where}.evidence[${ei}]`);
        plant(e, 'file', 'path', `${where}.evidence[${ei}]`);
      });
      return;
    }
    plant(goal, 'reflection', 'text', where);
    steps.forEach((s, si) => {
      if (!priv(s)) return;
      c.private_steps++;
      plant(s, 'id', 'id', `${where}.steps[${si}]`);
      plant(s, 'what', 'text', `${where}.steps[${si}]`);
    });
    evidence.forEach((e, ei) => {
      if (!priv(e)) return;
      c.private_evidence++;
      plant(e, 'what', 'text', `${where}.evidence[${ei}]`);
      plant(e, 'link', 'path', `${where}.evidence[${ei}]`);
      plant(e, 'file', 'path', `${where}.evidence[${ei}]`);
    });
  });
  conversations.forEach((conv, ci) => {
    const where = `conversations[${ci}]`;
    if (priv(conv)) {
      c.private_conversations++;
      for (const key of ['with', 'agreements']) plant(conv, key, 'text', where);
    } else if (conv.has('notes')) {
      c.conversation_notes++;
    }
    plant(conv, 'notes', 'text', where);
  });

  edits.sort((a, b) => b.at - a.at);
  let out = source;
  for (const e of edits) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  // The result must still be YAML, with every marker in it.
  const again = YAML.parseDocument(out, { version: '1.2', schema: 'core' });
  const text = JSON.stringify(again.toJS());
  if (again.errors.length > 0 || planted.some((m) => !text.includes(m))) {
    process.stderr.write(`plant.mjs: ${file}: the planted file does not read back as planted\n`);
    broken++;
    continue;
  }
  writeFileSync(file, out);
  counts.files[file] = c;
  for (const k of Object.keys(c)) counts.total[k] += c[k];
}

writeFileSync(markersOut, markerLines.map((l) => l + '\n').join(''));
writeFileSync(countsOut, JSON.stringify(counts, null, 2) + '\n');
process.exit(broken ? 1 : 0);
