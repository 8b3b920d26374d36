// Checks of the CI outputs of `pop check` beyond what the consumers' own validators see: each
// output against the JSON output (`--format json`) of the same run, and GitHub's workflow
// command syntax, for which no validator exists. Used by tests/ci-formats/run.sh.
//
//   node check.mjs schema --modules DIR --draft 07|2020 --schema FILE OUTPUT...
//       JSON Schema validation with Ajv: prints `valid F` or `invalid F: ...` per file.
//   node check.mjs github OUTPUT JSON        workflow commands: syntax, escaping, summary line,
//                                            and parsed back: the same findings as JSON
//   node check.mjs gitlab OUTPUT JSON        unique fingerprints, same findings as JSON
//   node check.mjs junit OUTPUT JSON STRICT  one test case per file, failures and errors as JSON
//   node check.mjs sarif OUTPUT JSON [LIST]  results and notifications as JSON, rule indexes; with
//                                            LIST (`pop check --list --format json` in the output's
//                                            language) the rules and their help
//   node check.mjs sarif-log LOG             the SARIF Multitool's own output log: errors in it
//
// Each prints what it found wrong, one line each, and exits 1 when anything was, 2 on misuse.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = dirname(fileURLToPath(import.meta.url));
const problems = [];
const problem = (text) => problems.push(text);
function finish() {
  for (const p of problems) console.log(p);
  process.exit(problems.length ? 1 : 0);
}
function usage(message) {
  process.stderr.write(`check.mjs: ${message}\n`);
  process.exit(2);
}
const readText = (file) => readFileSync(file, 'utf8');
function readJson(file) {
  try {
    return JSON.parse(readText(file));
  } catch (e) {
    problem(`${file}: not JSON: ${e.message}`);
    finish();
  }
}
const withoutDotSlash = (p) => p.replace(/^(\.\/+)+/, '');
const same = (what, got, want) => {
  if (got !== want) problem(`${what}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
};
// "message (hint: hint)", as every CI format writes a finding; the hint word is in the output's language.
const hintWord = (json) => (json.lang === 'nl' ? 'tip' : 'hint');
const prose = (json, f) => (f.hint === null ? f.message : `${f.message} (${hintWord(json)}: ${f.hint})`);
const unreadablePaths = (json) => new Set(json.files.filter((f) => !f.readable).map((f) => f.path));

const [command, ...args] = process.argv.slice(2);

// --- schema ----------------------------------------------------------------------------------
function schema() {
  let modules = process.env.POP_NPM_DIR || '';
  let draft = '07';
  let schemaFile = '';
  const files = [];
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--modules') modules = args[++i];
    else if (args[i] === '--draft') draft = args[++i];
    else if (args[i] === '--schema') schemaFile = args[++i];
    else files.push(args[i]);
  }
  if (!modules || !schemaFile) usage('schema needs --modules DIR and --schema FILE');
  const require = createRequire(join(resolve(modules), 'package.json'));
  const ajvModule = require(draft === '2020' ? 'ajv/dist/2020' : 'ajv');
  const Ajv = ajvModule.default ?? ajvModule;
  const formats = require('ajv-formats');
  const ajv = new Ajv({ allErrors: true, strict: false });
  (formats.default ?? formats)(ajv);
  const validate = ajv.compile(JSON.parse(readText(schemaFile)));
  for (const file of files) {
    let data;
    try {
      const text = readText(file);
      if (text.charCodeAt(0) === 0xfeff) throw new Error('starts with a byte order mark');
      data = JSON.parse(text);
    } catch (e) {
      problem(`invalid ${file}: ${e.message}`);
      continue;
    }
    if (validate(data)) console.log(`valid ${file}`);
    else
      problem(`invalid ${file}: ${validate.errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
  }
  finish();
}

// --- github ----------------------------------------------------------------------------------
// The workflow command syntax (docs.github.com, "Workflow commands for GitHub Actions"):
// ::error file=F,line=L,col=C,endColumn=E,title=T::MESSAGE. In a property value `%`, CR, LF,
// `:` and `,` are percent-encoded; in the message `%`, CR and LF.
const PROPERTY = String.raw`(?:[^%:,\r\n]|%25|%0D|%0A|%3A|%2C)+`;
const DATA = String.raw`(?:[^%\r\n]|%25|%0D|%0A)*`;
const ANNOTATION = new RegExp(
  String.raw`^::(error|warning) file=(${PROPERTY})(?:,line=([1-9][0-9]*),col=([1-9][0-9]*),endColumn=([1-9][0-9]*))?,title=(${PROPERTY})::(${DATA})$`,
);
const unescape = (text) =>
  text.replace(/%(25|0D|0A|3A|2C)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));

function github() {
  const [outputFile, jsonFile] = args;
  const json = readJson(jsonFile);
  const text = readText(outputFile);
  if (!text.endsWith('\n')) problem('the output does not end with a line break');
  const lines = text.replace(/\n$/, '').split('\n');
  const annotations = [];
  let i = 0;
  for (; i < lines.length && lines[i].startsWith('::'); ++i) {
    const m = ANNOTATION.exec(lines[i]);
    if (!m) {
      problem(`line ${i + 1} is not a well-formed annotation: ${lines[i]}`);
      continue;
    }
    annotations.push({
      severity: m[1],
      path: unescape(m[2]),
      line: m[3] && Number(m[3]),
      column: m[4] && Number(m[4]),
      endColumn: m[5] && Number(m[5]),
      rule: unescape(m[6]),
      message: unescape(m[7]),
    });
  }
  // After the annotations: the summary line, then, when GitHub drops some, a line saying so.
  const rest = lines.slice(i);
  const dropped = json.summary.errors > 10 || json.summary.warnings > 10;
  same('the line after the annotations', rest[0], json.summary.text);
  if (dropped) {
    if (rest.length !== 2 || !/GitHub/.test(rest[1] ?? ''))
      problem(`${json.summary.errors} errors, ${json.summary.warnings} warnings: expected a last line about annotations GitHub does not show, got ${JSON.stringify(rest.slice(1))}`);
    else {
      const hidden = [json.summary.errors - 10, json.summary.warnings - 10].filter((n) => n > 0);
      for (const n of hidden)
        if (!rest[1].includes(String(n))) problem(`the last line does not say ${n} are not shown: ${rest[1]}`);
    }
  } else if (rest.length !== 1) problem(`unexpected lines after the summary: ${JSON.stringify(rest.slice(1))}`);

  // Parsed back, the annotations are the findings of the JSON output, in the same order.
  same('number of annotations', annotations.length, json.findings.length);
  const unreadable = unreadablePaths(json);
  json.findings.forEach((f, k) => {
    const a = annotations[k];
    if (!a) return;
    const at = `annotation ${k + 1}`;
    same(`${at} severity`, a.severity, f.severity);
    same(`${at} file`, a.path, f.path);
    same(`${at} title`, a.rule, f.rule);
    same(`${at} message`, a.message, prose(json, f));
    if (unreadable.has(f.path)) {
      if (a.line !== undefined) problem(`${at}: an unreadable file has no line, got line=${a.line}`);
    } else {
      same(`${at} line`, a.line, f.line);
      same(`${at} col`, a.column, f.column);
      same(`${at} endColumn`, a.endColumn, f.column + f.width);
    }
  });
  finish();
}

// --- gitlab ----------------------------------------------------------------------------------
function gitlab() {
  const [outputFile, jsonFile] = args;
  const json = readJson(jsonFile);
  const report = readJson(outputFile);
  if (!Array.isArray(report)) {
    problem('the report is not a JSON array');
    finish();
  }
  const seen = new Map();
  report.forEach((issue, k) => {
    const fp = issue.fingerprint;
    if (typeof fp !== 'string' || !/^[0-9a-f]{32}$/.test(fp)) problem(`issue ${k + 1}: fingerprint ${JSON.stringify(fp)} is not 32 hex digits`);
    if (seen.has(fp)) problem(`issues ${seen.get(fp) + 1} and ${k + 1} have the same fingerprint ${fp}`);
    seen.set(fp, k);
  });
  same('number of issues', report.length, json.findings.length);
  json.findings.forEach((f, k) => {
    const issue = report[k];
    if (!issue) return;
    const at = `issue ${k + 1}`;
    same(`${at} check_name`, issue.check_name, f.rule);
    same(`${at} severity`, issue.severity, f.severity === 'error' ? 'major' : 'minor');
    same(`${at} description`, issue.description, prose(json, f));
    same(`${at} location.path`, issue.location?.path, withoutDotSlash(f.path));
    same(`${at} location.lines.begin`, issue.location?.lines?.begin, f.line);
  });
  finish();
}

// --- junit -----------------------------------------------------------------------------------
// The XML is known to be well-formed and valid (xmllint ran first); a light reading suffices.
const xmlText = (s) =>
  s.replace(/&(lt|gt|amp|quot|apos|#(\d+));/g, (_, name, code) =>
    code ? String.fromCharCode(Number(code)) : { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name],
  );
function junit() {
  const [outputFile, jsonFile, strictArg] = args;
  const json = readJson(jsonFile);
  const strict = strictArg === 'strict';
  const xml = readText(outputFile);
  const attr = (tag, name) => {
    const m = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
    return m ? xmlText(m[1]) : undefined;
  };
  const cases = [...xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({
    name: xmlText(/\sname="([^"]*)"/.exec(m[1])?.[1] ?? ''),
    classname: xmlText(/\sclassname="([^"]*)"/.exec(m[1])?.[1] ?? ''),
    body: m[3] ?? '',
  }));
  same('number of test cases', cases.length, json.files.length);
  let failures = 0;
  let errors = 0;
  json.files.forEach((file, k) => {
    const c = cases[k];
    if (!c) return;
    const at = `test case ${k + 1}`;
    same(`${at} name`, c.name, file.path);
    same(`${at} classname`, c.classname, 'pop.check');
    const failure = /<failure\b[^>]*\smessage="([^"]*)"[^>]*>/.exec(c.body);
    const error = /<error\b/.test(c.body);
    const out = /<system-out>/.test(c.body);
    if (!file.readable) {
      errors++;
      if (!error || failure) problem(`${at} (${file.path}): an unreadable file must have an <error> and no <failure>`);
    } else if (file.errors > 0 || (strict && file.warnings > 0)) {
      failures++;
      if (!failure) problem(`${at} (${file.path}): ${file.errors} errors, ${file.warnings} warnings, but no <failure>`);
      else {
        const m = xmlText(failure[1]);
        if (!m.startsWith(String(file.errors)) || !m.includes(String(file.warnings)))
          problem(`${at}: failure message ${JSON.stringify(m)} does not give ${file.errors} errors and ${file.warnings} warnings`);
      }
    } else if (file.warnings > 0) {
      if (failure || error || !out) problem(`${at} (${file.path}): only warnings: expected a passing test case with <system-out>`);
    } else if (c.body.trim() !== '') problem(`${at} (${file.path}): no findings, but the test case is not empty`);
    // Every finding of the file is listed in the text layout `path:line:col: severity[rule]: message`.
    const body = xmlText(c.body);
    for (const f of json.findings.filter((f) => f.path === file.path)) {
      const head = `${f.path}:${f.line}:${f.column}: ${f.severity}[${f.rule}]: ${f.message}`;
      if (!body.includes(head)) problem(`${at}: finding not listed: ${head}`);
    }
  });
  for (const tag of ['testsuites', 'testsuite']) {
    same(`${tag} tests`, attr(tag, 'tests'), String(json.files.length));
    same(`${tag} failures`, attr(tag, 'failures'), String(failures));
    same(`${tag} errors`, attr(tag, 'errors'), String(errors));
  }
  same('count of <failure>', (xml.match(/<failure\b/g) ?? []).length, failures);
  same('count of <error>', (xml.match(/<error\b/g) ?? []).length, errors);
  finish();
}

// --- sarif -----------------------------------------------------------------------------------
// The rules of a SARIF run against `pop check --list --format json` in the run's language: the
// same rules in the same order with the registry's line as shortDescription, and the help GitHub
// needs: a fullDescription, help text and markdown that hold it, and a helpUri that is the
// driver's informationUri + /blob/main/docs/rules.md#<id>, an anchor docs/rules.md has.
function ruleHelp(run, list) {
  const driver = run.tool?.driver ?? {};
  const rules = driver.rules ?? [];
  same('rule ids', rules.map((r) => r.id).join(' '), list.rules.map((r) => r.id).join(' '));
  const home = driver.informationUri ?? '';
  if (!/^https:\/\/[^\s#?]+[^/]$/.test(home)) problem(`tool.driver.informationUri: ${JSON.stringify(home)} is not an https address`);
  const doc = readText(join(HERE, '..', '..', 'docs', 'rules.md'));
  list.rules.forEach((want, k) => {
    const r = rules[k];
    if (!r) return;
    const at = `rule ${want.id}`;
    same(`${at} shortDescription.text`, r.shortDescription?.text, want.description);
    const full = r.fullDescription?.text ?? '';
    if (full.length <= want.description.length) problem(`${at}: fullDescription.text is missing or not longer than the one line`);
    for (const kind of ['text', 'markdown']) {
      const help = r.help?.[kind] ?? '';
      if (!help.includes(full) || help.length < full.length + 20) problem(`${at}: help.${kind} does not hold the full description and a hint`);
      if (!help.includes(r.helpUri ?? '-')) problem(`${at}: help.${kind} does not give the helpUri`);
    }
    same(`${at} helpUri`, r.helpUri, `${home}/blob/main/docs/rules.md#${want.id}`);
    if (!doc.includes(`<a id="${want.id}"></a>`)) problem(`${at}: docs/rules.md has no anchor ${want.id}`);
  });
}

function sarif() {
  const [outputFile, jsonFile, listFile] = args;
  const json = readJson(jsonFile);
  const log = readJson(outputFile);
  same('version', log.version, '2.1.0');
  same('number of runs', log.runs?.length, 1);
  const run = log.runs?.[0] ?? {};
  same('columnKind', run.columnKind, 'unicodeCodePoints');
  const rules = run.tool?.driver?.rules ?? [];
  const ids = rules.map((r) => r.id);
  if (new Set(ids).size !== ids.length) problem('rule ids are not unique');
  for (const r of rules)
    if (!['error', 'warning'].includes(r.defaultConfiguration?.level) || !r.shortDescription?.text)
      problem(`rule ${r.id}: needs shortDescription.text and defaultConfiguration.level error or warning`);
  if (listFile) ruleHelp(run, readJson(listFile));
  const unreadable = unreadablePaths(json);
  const readableFindings = json.findings.filter((f) => !unreadable.has(f.path));
  const results = run.results ?? [];
  same('number of results', results.length, readableFindings.length);
  readableFindings.forEach((f, k) => {
    const r = results[k];
    if (!r) return;
    const at = `result ${k + 1}`;
    same(`${at} ruleId`, r.ruleId, f.rule);
    same(`${at} rules[ruleIndex].id`, rules[r.ruleIndex]?.id, f.rule);
    same(`${at} level`, r.level, f.severity);
    same(`${at} level = the rule's default level`, rules[r.ruleIndex]?.defaultConfiguration?.level, f.severity);
    same(`${at} message.text`, r.message?.text, prose(json, f));
    const loc = r.locations?.[0]?.physicalLocation ?? {};
    same(`${at} uri (decoded)`, decodeURIComponent(loc.artifactLocation?.uri ?? ''), withoutDotSlash(f.path));
    same(`${at} startLine`, loc.region?.startLine, f.line);
    same(`${at} startColumn`, loc.region?.startColumn, f.column);
    same(`${at} endColumn`, loc.region?.endColumn, f.column + f.width);
    const chars = [...f.source_line];
    if (f.column + f.width - 1 <= chars.length)
      same(`${at} region snippet`, loc.region?.snippet?.text, chars.slice(f.column - 1, f.column - 1 + f.width).join(''));
    const wholeLine = f.column === 1 && f.width === chars.length;
    if (f.source_line !== '' && !wholeLine) same(`${at} contextRegion snippet`, loc.contextRegion?.snippet?.text, f.source_line);
  });
  // Unreadable files: error notifications of the invocation, which then did not succeed.
  const invocation = run.invocations?.[0] ?? {};
  const notes = invocation.toolExecutionNotifications ?? [];
  const unreadableFindings = json.findings.filter((f) => unreadable.has(f.path));
  same('number of tool execution notifications', notes.length, unreadableFindings.length);
  same('executionSuccessful', invocation.executionSuccessful, unreadable.size === 0);
  unreadableFindings.forEach((f, k) => {
    const n = notes[k];
    if (!n) return;
    same(`notification ${k + 1} level`, n.level, 'error');
    same(`notification ${k + 1} message`, n.message?.text, prose(json, f));
    same(`notification ${k + 1} uri`, decodeURIComponent(n.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''), withoutDotSlash(f.path));
  });
  finish();
}

// The output log of `Sarif.Multitool validate -o LOG`: its results are what the validator
// reports (level absent means "warning"); an error notification means it could not validate.
function sarifLog() {
  const [logFile] = args;
  const log = readJson(logFile);
  const run = log.runs?.[0];
  if (!run) {
    problem(`${logFile}: the validator wrote no run`);
    finish();
  }
  let errors = 0;
  let warnings = 0;
  for (const r of run.results ?? []) {
    const level = r.level ?? 'warning';
    if (level === 'error') errors++;
    else if (level === 'warning') warnings++;
    else continue;
    const where = r.locations?.[0]?.physicalLocation?.region?.startLine;
    const text = r.message?.text ?? `${r.message?.id ?? ''} ${(r.message?.arguments ?? []).join(' | ')}`;
    console.log(`  ${level} ${r.ruleId}${where ? ` (line ${where})` : ''}: ${text}`);
  }
  for (const inv of run.invocations ?? []) {
    for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])])
      if ((n.level ?? 'warning') === 'error') {
        errors++;
        console.log(`  error (validator): ${n.message?.text}`);
      }
    if (inv.executionSuccessful === false) {
      errors++;
      console.log('  error: the validator did not run to completion');
    }
  }
  console.log(`validator: ${errors} errors, ${warnings} warnings`);
  process.exit(errors ? 1 : 0);
}

const commands = { schema, github, gitlab, junit, sarif, 'sarif-log': sarifLog };
if (!commands[command]) usage(`unknown command ${command}; one of ${Object.keys(commands).join(', ')}`);
commands[command]();
