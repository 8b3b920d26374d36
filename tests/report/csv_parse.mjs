// Reads a csv of `pop report` with the npm package csv-parse (strict: no relaxed quotes, every
// record as long as the first) and compares the records with what Python's csv module read
// (csv_check.py --dump), for tests/report/run.sh.
//
//   node csv_parse.mjs --modules DIR CSV SEPARATOR PYTHON_ROWS.json
//
// Prints `ok ...` or `FAIL ...`; exits 1 on a difference or when csv-parse refuses the file.

import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
if (args[0] !== '--modules' || args.length !== 5) {
  process.stderr.write('usage: node csv_parse.mjs --modules DIR CSV SEPARATOR PYTHON_ROWS.json\n');
  process.exit(2);
}
const [, modules, csvFile, separator, pythonRows] = args;
const { parse } = createRequire(join(resolve(modules), 'package.json'))('csv-parse/sync');
const label = `${basename(csvFile)} (separator '${separator}')`;
let records;
try {
  records = parse(readFileSync(csvFile), {
    delimiter: separator,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    bom: true, // --excel writes one; csv_check.py checks that only --excel does
  });
} catch (e) {
  console.log(`FAIL ${label}: csv-parse refuses it: ${e.message}`);
  process.exit(1);
}
const python = JSON.parse(readFileSync(pythonRows, 'utf8'));
if (JSON.stringify(records) === JSON.stringify(python)) {
  console.log(`ok   ${label}: csv-parse reads the same ${records.length} records as Python's csv module`);
} else {
  const i = records.findIndex((r, k) => JSON.stringify(r) !== JSON.stringify(python[k]));
  console.log(`FAIL ${label}: csv-parse and Python's csv module disagree, first at record ${i}: ` +
    `${JSON.stringify(records[i])} vs ${JSON.stringify(python[i])}`);
  process.exit(1);
}
