// Recomputes the numbers of `pop report --format json` from the YAML files themselves, for
// tests/report/run.sh: an independent reading of docs/reports.md and docs/format.md, not of the
// C++ code.
//
//   node numbers.mjs --modules DIR --today YYYY-MM-DD [--roster FILE] [--school-goals FILE]
//                    REPORT.json POP.yaml...
//
// DIR is the npm prefix holding yaml@2. Prints `ok WHAT` or `FAIL WHAT: why` lines; exits 1 when
// one failed. Checked: the people (everyone active on the roster and everyone with a current POP,
// sorted by team, name, id), per person the current POP's path, period end, goals and goals
// achieved, steps done and all steps, last conversation and hours per year; the team totals; the
// counts per school goal, theme, method, kind of learning and competence area (the needs: running
// and planned goals; goals and different people, with example titles of such goals), where a
// group of fewer than min_group_size people must be suppressed and a complementary one must not
// be small (docs/reports.md, Team needs and privacy); `pops`; and `left_out`.
// Private goals, steps and conversations do not count (docs/format.md, Privacy).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

function usage(message) {
  process.stderr.write(`numbers.mjs: ${message}\n`);
  process.exit(2);
}
const args = process.argv.slice(2);
let modules = process.env.POP_NPM_DIR || '';
let today = '';
let rosterFile = '';
let schoolGoalsFile = '';
const files = [];
for (let i = 0; i < args.length; ++i) {
  const a = args[i];
  if (a === '--modules') modules = args[++i] ?? usage('--modules needs a folder');
  else if (a === '--today') today = args[++i] ?? usage('--today needs a date');
  else if (a === '--roster') rosterFile = args[++i] ?? usage('--roster needs a file');
  else if (a === '--school-goals') schoolGoalsFile = args[++i] ?? usage('--school-goals needs a file');
  else if (a === '--') files.push(...args.slice(i + 1)), (i = args.length);
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (!modules || !today || files.length < 2) usage('--modules, --today, REPORT.json and POP files are required');
const [reportFile, ...popFiles] = files;
const YAML = createRequire(join(resolve(modules), 'package.json'))('yaml');
const read = (f) => YAML.parse(readFileSync(f, 'utf8'), { version: '1.2', schema: 'core' });

const report = JSON.parse(readFileSync(reportFile, 'utf8'));
let failures = 0;
const ok = (what) => console.log(`ok   ${what}`);
const fail = (what) => {
  failures++;
  console.log(`FAIL ${what}`);
};
const same = (what, actual, expected) => {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) return true;
  fail(`${what}: pop says ${a}, the files say ${e}`);
  return false;
};

const dayNumber = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;
const list = (x) => (Array.isArray(x) ? x : []);
const str = (x) => (typeof x === 'string' ? x : '');
const isPrivate = (x) => x?.private === true;
const byteCompare = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

// --- the POPs ----------------------------------------------------------------------------------
const left = { private_goals: 0, private_steps: 0, private_evidence: 0, private_conversations: 0, conversation_notes: 0, reflections: 0 };
const current = new Map();  // id -> summary of the current POP
for (const path of popFiles) {
  const pop = read(path);
  for (const g of list(pop.goals)) {
    const steps = list(g.steps);
    const evidence = list(g.evidence);
    if (g.reflection !== undefined) left.reflections++;
    if (isPrivate(g)) {
      left.private_goals++;
      left.private_steps += steps.length;
      left.private_evidence += evidence.length;
    } else {
      left.private_steps += steps.filter(isPrivate).length;
      left.private_evidence += evidence.filter(isPrivate).length;
    }
  }
  for (const c of list(pop.conversations)) {
    if (isPrivate(c)) left.private_conversations++;
    else if (c.notes !== undefined) left.conversation_notes++;
  }
  const id = str(pop.person?.id);
  const start = str(pop.period?.start);
  const end = str(pop.period?.end);
  if (!id || !start || !end || !(start <= today && today <= end)) continue;
  const goals = list(pop.goals).filter((g) => !isPrivate(g));
  const steps = goals.flatMap((g) => list(g.steps)).filter((s) => !isPrivate(s));
  const held = list(pop.conversations)
    .filter((c) => !isPrivate(c) && typeof c.date === 'string' && c.date <= today)
    .map((c) => c.date)
    .sort();
  const hours = goals
    .filter((g) => g.status !== 'dropped' && typeof g.realistic?.hours === 'number')
    .reduce((sum, g) => sum + g.realistic.hours, 0);
  const months = Math.round(((dayNumber(end) - dayNumber(start) + 1) / 365.25) * 12);
  const summary = {
    id,
    name: str(pop.person?.name),
    team: str(pop.person?.team),
    path,
    period_end: end,
    goals: goals.length,
    goals_achieved: goals.filter((g) => g.status === 'achieved').length,
    steps_done: steps.filter((s) => s.done !== undefined).length,
    steps_total: steps.length,
    last_conversation: held.at(-1) ?? null,
    hours_per_year: hours / Math.max(1, months / 12),  // in full: the JSON does not round
    // Needs: running and planned goals only (the model reads no status, or a word that is no
    // status, as planned).
    facts: goals.filter((g) => {
      const known = ['planned', 'active', 'achieved', 'dropped', 'paused'].includes(g.status);
      return !known || g.status === 'active' || g.status === 'planned';
    }),
  };
  const before = current.get(id);
  // The latest ending current POP of a person (then the later path).
  if (!before || byteCompare(before.period_end + '\0' + before.path, end + '\0' + path) < 0) current.set(id, summary);
}

// --- the people --------------------------------------------------------------------------------
const rows = new Map();
if (rosterFile) {
  for (const m of list(read(rosterFile).staff)) {
    if (m.active === false) continue;
    rows.set(m.id, { id: m.id, name: str(m.name), team: str(m.team), on_roster: true, pop: null });
  }
}
for (const [id, s] of current) {
  const row = rows.get(id) ?? { id, name: s.name, team: s.team, on_roster: false };
  row.pop = s;
  rows.set(id, row);
}
const people = [...rows.values()].sort(
  (a, b) => byteCompare(a.team, b.team) || byteCompare(a.name, b.name) || byteCompare(a.id, b.id),
);
if (same('the people (id, on roster, current POP), in order', report.people.map((p) => [p.id, p.on_roster, p.has_current_pop]),
  people.map((p) => [p.id, p.on_roster, !!p.pop]))) {
  ok(`the ${people.length} people, in order (team, name, id), with on_roster and has_current_pop`);
  let good = 0;
  people.forEach((p, i) => {
    const r = report.people[i];
    const s = p.pop;
    const want = {
      name: p.name,
      team: p.team,
      path: s ? s.path : null,
      period_end: s ? s.period_end : null,
      goals: s ? s.goals : 0,
      goals_achieved: s ? s.goals_achieved : 0,
      steps_done: s ? s.steps_done : 0,
      steps_total: s ? s.steps_total : 0,
      last_conversation: s ? s.last_conversation : null,
      hours_per_year: s ? s.hours_per_year : 0,
    };
    const got = Object.fromEntries(Object.keys(want).map((k) => [k, r[k]]));
    if (same(`numbers of ${p.id}`, got, want)) good++;
    if (!s && (r.next_conversation !== null || r.warnings.length !== 0)) fail(`${p.id} has no current POP, yet a next conversation or warnings`);
  });
  if (good === people.length) ok(`per person: path, period end, goals, achieved, steps, last conversation, hours per year (${good} people)`);
}

// --- teams -------------------------------------------------------------------------------------
const teams = new Map();
report.people.forEach((r) => {
  const t = teams.get(r.team) ?? { team: r.team, people: 0, with_current_pop: 0, goals: 0, steps_done: 0, steps_total: 0, hours_per_year: 0, warnings: 0 };
  t.people++;
  if (r.has_current_pop) t.with_current_pop++;
  t.goals += r.goals;
  t.steps_done += r.steps_done;
  t.steps_total += r.steps_total;
  t.hours_per_year += r.hours_per_year;
  t.warnings += r.warnings.length;
  teams.set(r.team, t);
});
const teamRows = [...teams.values()].sort((a, b) => byteCompare(a.team, b.team));
// Hours: the report adds up unrounded hours and rounds to one decimal, as it does per person.
const withoutHours = (list) => list.map(({ hours_per_year, budget_per_year, ...rest }) => rest);
const hoursOff = report.teams.filter((t) => {
  const mine = teams.get(t.team);
  return !mine || Math.abs(mine.hours_per_year - t.hours_per_year) > 0.05 * (mine.people + 1);
});
if (same('team totals', withoutHours(report.teams), withoutHours(teamRows)) && hoursOff.length === 0)
  ok(`team totals add up the people rows (${teamRows.length} teams)`);
else if (hoursOff.length) fail(`team hours per year do not add up the people's: ${hoursOff.map((t) => t.team).join(', ')}`);

// --- groupings ---------------------------------------------------------------------------------
const schoolGoals = schoolGoalsFile ? list(read(schoolGoalsFile).goals) : [];
const themeOf = new Map(schoolGoals.map((g) => [g.id, str(g.theme)]));
function count(keysOf) {
  const m = new Map();
  for (const [id, s] of current)
    for (const g of s.facts)
      for (const key of new Set(keysOf(g))) {
        if (!key) continue;
        const c = m.get(key) ?? { goals: 0, people: new Set(), titles: new Set() };
        c.goals++;
        c.people.add(id);
        c.titles.add(str(g.title));
        m.set(key, c);
      }
  return m;
}
const groupings = {
  methods: count((g) => list(g.methods)),
  learning: count((g) => [str(g.learning)]),
  competences: count((g) => [str(g.competence)]),
  themes: count((g) => list(g.school_goals).map((id) => themeOf.get(id)).filter(Boolean)),
};
const linked = count((g) => list(g.school_goals));
const min = report.min_group_size;
if (Number.isInteger(min) && min >= 1) ok(`min_group_size is ${min}`);
else fail(`min_group_size is ${JSON.stringify(min)}`);
// A goal whose title may be an example: it falls in no suppressed group of any section.
const suppressedKeys = (name) => new Set(report[name].filter((r) => r.suppressed).map((r) => r.key));
const hidden = {
  methods: suppressedKeys('methods'), learning: suppressedKeys('learning'), competences: suppressedKeys('competences'),
  themes: suppressedKeys('themes'), school_goals: suppressedKeys('school_goals'),
};
const clean = (g) =>
  !list(g.methods).some((k) => hidden.methods.has(k)) && !hidden.learning.has(str(g.learning)) &&
  !hidden.competences.has(str(g.competence)) && !list(g.school_goals).some((k) => hidden.school_goals.has(k)) &&
  !list(g.school_goals).some((id) => hidden.themes.has(themeOf.get(id)));
const cleanTitles = new Set();
for (const [, s] of current) for (const g of s.facts) if (clean(g)) cleanTitles.add(str(g.title));
// Suppressed rows: small ones are those of fewer than min people; complementary ones are not small.
function checkSuppressed(name, rows, counted) {
  const wrong = rows.filter((r) => {
    const people = counted.get(r.key)?.people.size ?? 0;
    if (r.suppressed) return 'goals' in r || 'people' in r || (r.reason === 'small_group') !== (people < min) || people === 0;
    return people > 0 && people < min;
  });
  if (wrong.length === 0) ok(`${name}: exactly the groups of fewer than ${min} people are suppressed as small`);
  else fail(`${name}: wrongly shown or suppressed: ${wrong.map((r) => r.key).join(', ')}`);
}
for (const [name, counted] of Object.entries(groupings)) {
  checkSuppressed(name, report[name], counted);
  const want = [...counted.entries()]
    .map(([key, c]) => ({ key, goals: c.goals, people: c.people.size }))
    .filter((r) => !hidden[name].has(r.key))
    .sort((a, b) => b.goals - a.goals || byteCompare(a.key, b.key))
    .concat([...hidden[name]].sort(byteCompare).map((key) => ({ key })));
  const got = report[name].map((r) => (r.suppressed ? { key: r.key } : { key: r.key, goals: r.goals, people: r.people }));
  if (same(`${name}: key, goals, people, in order (most goals first, then key; suppressed last by key)`, got, want))
    ok(`${name}: ${want.length} rows with the right goals and people, most goals first`);
  const shown = report[name].filter((r) => !r.suppressed);
  const badExamples = shown.filter((r) => r.examples.some((e) => !counted.get(r.key)?.titles.has(e) || !cleanTitles.has(e)));
  if (badExamples.length) fail(`${name}: examples that are not titles of such (public) goals in no suppressed group: ${JSON.stringify(badExamples.map((r) => r.examples))}`);
  const short = shown.filter((r) => r.examples.length < Math.min(5, [...(counted.get(r.key)?.titles ?? [])].filter((t) => cleanTitles.has(t)).length));
  if (short.length) fail(`${name}: fewer examples than there are (up to 5): ${short.map((r) => r.key).join(', ')}`);
}
{
  checkSuppressed('school_goals', report.school_goals, linked);
  const want = schoolGoals.map((g) => {
    const c = linked.get(g.id);
    const row = { key: g.id, label: str(g.title) || undefined };
    return hidden.school_goals.has(g.id) ? row : { ...row, goals: c ? c.goals : 0, people: c ? c.people.size : 0 };
  });
  const got = report.school_goals.map((r) => ({ key: r.key, label: r.label, goals: r.goals, people: r.people }));
  if (same('school goals: every one, in file order, with goals and people', got, JSON.parse(JSON.stringify(want))))
    ok(`school_goals: all ${want.length} school goals in file order, with the right goals and people`);
}

// --- pops and left_out ------------------------------------------------------------------------
if (same('pops (POP files read)', report.pops, popFiles.length)) ok(`pops is ${popFiles.length}`);
if (same('left_out', report.left_out, left)) ok(`left_out matches the files: ${JSON.stringify(left)}`);

process.exit(failures ? 1 : 0);
