// Reads outputs of `pop check --format json` and says, per run, what pop found in one file,
// and whether the output agrees with itself (counts, exit code). Needs no npm packages.
//
//   node check-json.mjs OUT.json EXIT PATH [OUT.json EXIT PATH ...]
//
// OUT.json is pop's stdout, EXIT the exit code pop returned, PATH the file the run is about as
// pop shows it (or "-" for none). Prints one tab-separated line per run:
//   OUT.json <tab> PATH <tab> ERRORS <tab> ERROR-RULES (comma-separated, or "-") <tab> "ok" or what is inconsistent
// ERRORS is the number of findings of severity error in PATH ("?" when PATH is not in files[]).

import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 3 !== 0) {
  process.stderr.write('usage: check-json.mjs OUT.json EXIT PATH [...]\n');
  process.exit(2);
}

function count(list, pred) {
  let n = 0;
  for (const x of list) if (pred(x)) ++n;
  return n;
}

for (let i = 0; i < args.length; i += 3) {
  const [out, exitText, path] = args.slice(i, i + 3);
  const problems = [];
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch (e) {
    console.log(`${out}\t${path}\t?\t-\tnot JSON: ${e.message}`);
    continue;
  }
  const files = Array.isArray(report.files) ? report.files : [];
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const s = report.summary ?? {};
  const errors = count(findings, (f) => f.severity === 'error');
  const warnings = count(findings, (f) => f.severity === 'warning');
  const unreadable = count(files, (f) => f.readable === false);
  const check = (what, got, want) => {
    if (got !== want) problems.push(`${what} is ${got}, expected ${want}`);
  };
  check('summary.files', s.files, files.length);
  check('summary.errors', s.errors, errors);
  check('summary.warnings', s.warnings, warnings);
  check('summary.unreadable', s.unreadable, unreadable);
  check('summary.files_with_findings', s.files_with_findings,
        count(files, (f) => findings.some((x) => x.path === f.path)));
  const paths = new Set(files.map((f) => f.path));
  check('number of distinct files[].path', paths.size, files.length);
  for (const f of files) {
    check(`files[${f.path}].errors`, f.errors, count(findings, (x) => x.path === f.path && x.severity === 'error'));
    check(`files[${f.path}].warnings`, f.warnings,
          count(findings, (x) => x.path === f.path && x.severity === 'warning'));
  }
  for (const x of findings) if (!paths.has(x.path)) problems.push(`finding for ${x.path}, which is not in files[]`);
  const wantExit = unreadable > 0 ? 3 : errors > 0 || (report.strict && warnings > 0) ? 1 : 0;
  check('summary.exit_code', s.exit_code, wantExit);
  check('the exit code of pop', Number(exitText), wantExit);

  let mine = '?';
  let rules = '-';
  if (path !== '-' && paths.has(path)) {
    const own = findings.filter((x) => x.path === path && x.severity === 'error');
    mine = String(own.length);
    if (own.length > 0) rules = [...new Set(own.map((x) => x.rule))].sort().join(',');
  }
  console.log(`${out}\t${path}\t${mine}\t${rules}\t${problems.length ? problems.join('; ') : 'ok'}`);
}
