// The team needs of `pop report` protect a person in a group of their own, for tests/privacy/run.sh.
//
//   node needs.mjs POP_BINARY WORK_FOLDER
//
// Writes a repository of 8 POPs into WORK_FOLDER: seven people share a method (course), a kind of
// learning (formal), a competence area (pedagogical) and a school goal (sg-groot, theme
// "groot thema"), five of them intervision, two of them a second goal (reading, informal,
// subject_didactics); every one of the first six also has an ACHIEVED goal with the method
// mentoring (achieved goals are no needs). The planted person, Pim Uniek (p.uniek), has one goal
// titled UNIEK-DOELTITEL-9c1 with a method only they use (job_shadowing), a kind of learning only
// they have (non_formal), a competence area only they choose (subject_matter) and a school goal
// only they link to (sg-eigen, theme "eigen thema").
// Self-assessments (policy: the Dutch framework): the seven assess pedagogical at vakbekwaam (the
// required level); Pim Uniek assesses it at startbekwaam, in a private assessment whose explanation
// is SECRET-ASSESSMENT-4q2: alone below the required level, shown as "fewer than 5" with 8 assessed.
// Round "default" (a policy without min_group_size: 5) must protect them in every format; round
// "min 1" (a policy with min_group_size: 1) must NOT, and the same checks must then fail: the
// test can fail.
// Checks, per format (text en/nl, markdown, csv, json, html en/nl):
//   - the goal title appears nowhere; the name and id do not appear in the sections of needs;
//   - every line or row of the needs that names a planted group says "fewer than 5" ("minder dan
//     5") and holds no other number;
//   - json: those groups are {"suppressed": true} without numbers, and for every section a reader
//     who knows the section's true total (the test works it out from what it wrote) cannot work
//     out the planted group's count: given the suppressed rows' sum and what each may hold, more
//     than one value is possible;
//   - json: mentoring (only in achieved goals) is not counted.
// Prints `ok   ...` and `FAIL ...` lines; exits 1 when something failed.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [popArg, work] = process.argv.slice(2);
const pop = popArg ? resolve(popArg) : '';
if (!pop || !work) {
  process.stderr.write('usage: node needs.mjs POP_BINARY WORK_FOLDER\n');
  process.exit(2);
}
const TODAY = '2026-11-22';
const TITLE = 'UNIEK-DOELTITEL-9c1';
let failed = 0;
const ok = (m) => console.log(`ok   ${m}`);
const fail = (m) => {
  failed++;
  console.log(`FAIL ${m}`);
};

function goal(id, title, status, methods, learning, competence, schoolGoals) {
  return `  - id: ${id}
    title: ${title}
    status: ${status}
    specific: Ik werk dit schooljaar in mijn lessen aan dit doel met mijn collega's uit het team.
    measurable: Twee lesbezoeken met nagesprek.
    start: 2026-01-01
    end: 2026-12-31
    realistic:
      hours: 10
    methods: [${methods.join(', ')}]
    learning: ${learning}
    competence: ${competence}
    school_goals: [${schoolGoals.join(', ')}]
`;
}
function assessment(level, isPrivate) {
  return `self_assessments:
  - date: 2026-10-01
${isPrivate ? '    private: true\n' : ''}    areas:
      - area: pedagogical
        level: ${level}
        explanation: ${isPrivate ? ASSESSMENT_TEXT : 'Gaat goed.'}
`;
}
const ASSESSMENT_TEXT = 'SECRET-ASSESSMENT-4q2';
function popFile(id, name, goals, assessed) {
  return `format_version: 1
person:
  id: ${id}
  name: ${name}
  team: bovenbouw
period:
  start: 2025-08-01
  end: 2027-07-31
goals:
${goals.join('')}${assessed}`;
}

const people = ['a.aalst', 'b.berg', 'c.cats', 'd.dijk', 'e.eems', 'f.fort', 'g.goes'];
function writeRepo(repo, minGroupSize) {
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'pops'), { recursive: true });
  writeFileSync(join(repo, 'pop-school-goals.yaml'), `format_version: 1
goals:
  - id: sg-groot
    title: Het grote schooldoel
    theme: groot thema
  - id: sg-eigen
    title: Het eigen schooldoel
    theme: eigen thema
`);
  writeFileSync(join(repo, 'pop-policy.yaml'),
                'format_version: 1\ncompetence_framework:\n  preset: nl-bekwaamheidseisen-2017\n' +
                (minGroupSize !== undefined ? `min_group_size: ${minGroupSize}\n` : ''));
  people.forEach((id, i) => {
    const goals = [goal('gedeeld', `Gedeeld doel ${i}`, 'active', i < 5 ? ['course', 'intervision'] : ['course'], 'formal',
                        'pedagogical', ['sg-groot'])];
    if (i >= 5) goals.push(goal('lezen', `Leesdoel ${i}`, 'planned', ['reading'], 'informal', 'subject_didactics', []));
    if (i < 6) goals.push(goal('oud', `Oud doel ${i}`, 'achieved', ['mentoring'], 'informal', 'subject_didactics', []));
    writeFileSync(join(repo, 'pops', `${id}.pop.yaml`), popFile(id, `Naam ${id}`, goals, assessment('vakbekwaam', false)));
  });
  writeFileSync(join(repo, 'pops', 'p.uniek.pop.yaml'),
                popFile('p.uniek', 'Pim Uniek', [goal('eigen', TITLE, 'active', ['job_shadowing'], 'non_formal',
                                                      'subject_matter', ['sg-eigen'])],
                        assessment('startbekwaam', true)));
}

// The planted groups: section -> [json key, words that name it in text, markdown and html].
const planted = {
  methods: ['job_shadowing', ['Job shadowing', 'Jobshadowing']],
  learning: ['non_formal', ['Non-formal', 'Non-formeel']],
  competences: ['subject_matter', ['Subject-matter competence', 'Vakinhoudelijk bekwaam']],
  school_goals: ['sg-eigen', ['sg-eigen']],
  themes: ['eigen thema', ['eigen thema']],
};
// The true size of every group (people, goals), as written above: what a reader might know as totals.
const truth = {
  methods: { course: [7, 7], intervision: [5, 5], reading: [2, 2], job_shadowing: [1, 1] },
  learning: { formal: [7, 7], informal: [2, 2], non_formal: [1, 1] },
  competences: { pedagogical: [7, 7], subject_didactics: [2, 2], subject_matter: [1, 1] },
  school_goals: { 'sg-groot': [7, 7], 'sg-eigen': [1, 1] },
  themes: { 'groot thema': [7, 7], 'eigen thema': [1, 1] },
};

function run(repo, args) {
  try {
    return execFileSync(pop, ['--today', TODAY, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  } catch (e) {
    return `EXIT ${e.status}\n${e.stdout}`;
  }
}

// The part of an output that shows needs.
function needsPart(format, text) {
  if (format === 'html') {
    const a = text.indexOf('<section id="school-goals"');
    const b = text.indexOf('<section id="privacy"');
    return a >= 0 && b > a ? text.slice(a, b) : '';
  }
  if (format === 'csv') return '';  // the csv is the people table only
  if (format === 'json') {
    try {
      const j = JSON.parse(text);
      return JSON.stringify([j.school_goals, j.themes, j.methods, j.learning, j.competences, j.assessments]);
    } catch {
      return '';
    }
  }
  const a = text.search(/^(Development needs|Ontwikkelbehoeften): /m);
  const b = text.search(/^(Left out for privacy|Weggelaten voor de privacy)/m);
  return a >= 0 && b > a ? text.slice(a, b) : '';
}

// Whether a reader knowing the section total could pin down the count of row `key` (json rows).
function pinned(rows, section, key, min) {
  const row = rows.find((r) => r.key === key);
  if (!row) return 'missing';
  if (!row.suppressed) return `shown (${row.people} people, ${row.goals} goals)`;
  for (const [m, name] of [[0, 'people'], [1, 'goals']]) {
    const total = Object.values(truth[section]).reduce((s, v) => s + v[m], 0);
    const visible = rows.filter((r) => !r.suppressed).reduce((s, r) => s + r[name], 0);
    const hidden = rows.filter((r) => r.suppressed && r.key !== key);
    const sum = total - visible;  // what the suppressed rows hold together
    // Each other suppressed row: a small group 1..min-1 people and >= 1 goal; a complementary one >= min.
    let othersLow = 0;
    let othersHigh = 0;
    for (const r of hidden) {
      const small = r.reason === 'small_group';
      othersLow += small ? 1 : min;
      othersHigh += small && m === 0 ? min - 1 : Infinity;
    }
    const low = Math.max(1, sum - othersHigh);
    const high = Math.min(m === 0 ? min - 1 : Infinity, sum - othersLow);
    if (low >= high) return `its ${name} (${low}) follow from the total ${total} minus the shown ${visible}`;
  }
  return null;
}

function round(label, minGroupSize, expectProtected) {
  const repo = join(work, label.replace(/\W+/g, '-'));
  writeRepo(repo, minGroupSize);
  const outputs = {
    'text': run(repo, ['report', '.']),
    'text nl': run(repo, ['--lang', 'nl', 'report', '.']),
    'markdown': run(repo, ['report', '--format', 'markdown', '.']),
    'csv': run(repo, ['report', '--format', 'csv', '.']),
    'json': run(repo, ['report', '--format', 'json', '.']),
    'html': run(repo, ['report', '--format', 'html', '.']),
    'html nl': run(repo, ['--lang', 'nl', 'report', '--format', 'html', '.']),
  };
  const problems = [];
  const broken = [];  // the run itself went wrong: never a pass
  for (const [name, text] of Object.entries(outputs)) {
    const format = name.split(' ')[0];
    if (text.startsWith('EXIT ') || !text.includes('p.uniek')) {
      broken.push(`${name}: no report naming p.uniek in its people table (${text.slice(0, 80)})`);
      continue;
    }
    if (text.includes(TITLE)) problems.push(`${name}: shows the goal title ${TITLE}`);
    if (text.includes(ASSESSMENT_TEXT)) problems.push(`${name}: shows the private self-assessment's text`);
    const needs = needsPart(format, text);
    if (format !== 'csv' && needs === '') {
      broken.push(`${name}: no sections of needs found`);
      continue;
    }
    for (const who of ['p.uniek', 'Pim Uniek'])
      if (needs.includes(who)) problems.push(`${name}: names ${who} in the needs`);
    if (format === 'json' || format === 'csv') continue;
    // One group per chunk: a line; in html a table row, a chart row, or an item of a chart's description.
    const chunks = format === 'html'
      ? needs.split(/<tr>|<g class="row"|<desc[^>]*>|; /).map((c) => c.split(/<\/tr>|<\/g>|<\/desc>|; /)[0])
      : needs.split('\n');
    for (const [section, [, words]] of Object.entries(planted)) {
      const hits = chunks.filter((c) => words.some((w) => c.includes(w)));
      if (hits.length === 0) problems.push(`${name}: the ${section} group of p.uniek is not listed at all`);
      for (const c of hits) {
        const plain = c.replace(/^[^<>]*>/, ' ').replace(/<[^>]*>/g, ' ');
        const numbers = (plain.match(/\d+/g) ?? []).filter((n) => n !== '5');
        if (!/fewer than 5|minder dan 5/.test(plain) || numbers.length > 0)
          problems.push(`${name}: ${section}: "${plain.trim().slice(0, 100)}" is not just "fewer than 5"`);
      }
    }
    // The self-assessment section: pedagogical, 8 assessed, p.uniek alone below.
    const area = chunks.filter((c) => /pedagogical competence|pedagogisch bekwaam/.test(c));
    if (area.length === 0) broken.push(`${name}: no self-assessment line for pedagogical`);
    for (const c of area) {
      const plain = c.replace(/^[^<>]*>/, ' ').replace(/<[^>]*>/g, ' ');
      const numbers = (plain.match(/\d+/g) ?? []).filter((n) => n !== '5' && n !== '8');
      if (!/fewer than 5|minder dan 5/.test(plain) || numbers.length > 0)
        problems.push(`${name}: self-assessment: "${plain.trim().slice(0, 100)}" does not hide the count below`);
    }
  }
  let json = null;
  try {
    json = JSON.parse(outputs.json);
  } catch (e) {
    broken.push(`json: does not parse: ${e.message}`);
  }
  if (json) {
    const min = json.min_group_size;
    if (minGroupSize === undefined && min !== 5) problems.push(`json: min_group_size is ${min}, expected the default 5`);
    for (const [section, [key]] of Object.entries(planted)) {
      const row = json[section].find((r) => r.key === key);
      if (row && row.suppressed && ('people' in row || 'goals' in row || 'examples' in row))
        problems.push(`json: ${section} ${key} is suppressed but has numbers or examples`);
      const why = pinned(json[section], section, key, min);
      if (why) problems.push(`json: ${section} ${key}: ${why}`);
    }
    const ped = (json.assessments?.[0]?.areas ?? []).find((a) => a.area === 'pedagogical');
    if (!ped || ped.assessed !== 8) broken.push(`json: pedagogical is not shown as assessed by 8: ${JSON.stringify(ped)}`);
    else if (ped.below !== null || ped.reason !== 'small_group')
      problems.push(`json: self-assessment pedagogical gives the count below: ${JSON.stringify(ped)}`);
    if (json.methods.some((r) => r.key === 'mentoring')) problems.push('json: mentoring (only achieved goals) is counted');
    if (!json.methods.some((r) => r.key === 'course' && r.people === 7))
      broken.push('json: course is not shown as 7 people: the report shows nothing, so it proves nothing');
  }
  for (const b of broken) fail(`${label}: ${b}`);
  if (broken.length > 0) return;
  if (expectProtected) {
    if (problems.length === 0) ok(`${label}: no format names p.uniek, gives their count or goal title in the needs, and no total gives it away`);
    else for (const p of problems) fail(`${label}: ${p}`);
  } else if (problems.length > 0) {
    ok(`${label}: with min_group_size 1 the same checks do find p.uniek's group (${problems.length} findings, e.g. ${problems[0]})`);
  } else {
    fail(`${label}: with min_group_size 1 the checks found nothing: they cannot fail`);
  }
}

round('needs default policy', undefined, true);
round('needs min_group_size 1', 1, false);
process.exit(failed ? 1 : 0);
