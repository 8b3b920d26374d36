// Validates YAML (or JSON) files against the JSON Schemas in a folder, with a real validator.
//
//   node validate.mjs --modules DIR --schemas DIR FILE...     schema picked by file name
//   node validate.mjs --modules DIR --schema SCHEMA FILE...   one schema for all files
//
// DIR for --modules is the npm prefix holding ajv@8, ajv-formats@3 and yaml@2 (not part of the
// repository; tests/schema/run.sh installs them). Prints one line per file, `valid PATH` or
// `invalid PATH: <errors>`; exits 0 when all are valid, 1 when one is not, 2 on a usage error.
//
// YAML is read as YAML 1.2 with the core schema, as pop reads it: `2025-08-01` and `no` stay
// strings. A file that does not parse as exactly one YAML document is invalid. Files ending in
// .json are read with JSON.parse.

import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

function usage(message) {
  process.stderr.write(`validate.mjs: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let modules = process.env.POP_NPM_DIR || '';
let schemaDir = '';
let forcedSchema = '';
const files = [];
for (let i = 0; i < args.length; ++i) {
  const a = args[i];
  if (a === '--modules') modules = args[++i] ?? usage('--modules needs a folder');
  else if (a === '--schemas') schemaDir = args[++i] ?? usage('--schemas needs a folder');
  else if (a === '--schema') forcedSchema = args[++i] ?? usage('--schema needs a file');
  else if (a === '--') files.push(...args.slice(i + 1)), (i = args.length);
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (!modules) usage('--modules DIR (or POP_NPM_DIR) is required');
if (!schemaDir && !forcedSchema) usage('--schemas DIR or --schema FILE is required');

// The packages live outside the repository: load them from that prefix (all three ship CommonJS).
const require = createRequire(join(resolve(modules), 'package.json'));
let Ajv, addFormats, YAML;
try {
  const ajvModule = require('ajv');
  Ajv = ajvModule.default ?? ajvModule;  // `import Ajv from 'ajv'`: draft-07
  const formatsModule = require('ajv-formats');
  addFormats = formatsModule.default ?? formatsModule;
  YAML = require('yaml');
} catch (e) {
  usage(`cannot load ajv, ajv-formats and yaml from ${modules}: ${e.message}`);
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);  // "full" mode: format "date" checks the calendar (2025-02-30 is invalid)

const compiled = new Map();
function validatorFor(schemaPath) {
  if (!compiled.has(schemaPath)) {
    let schema;
    try {
      schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    } catch (e) {
      usage(`cannot read schema ${schemaPath}: ${e.message}`);
    }
    compiled.set(schemaPath, ajv.compile(schema));
  }
  return compiled.get(schemaPath);
}

function kindOf(path) {
  const name = basename(path);
  if (name === 'pop-policy.yaml') return 'policy';
  if (name === 'pop-roster.yaml') return 'roster';
  if (name === 'pop-school-goals.yaml') return 'school-goals';
  if (name.endsWith('.pop.yaml')) return 'pop';
  return null;
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

// Returns [data] or throws an Error saying why the file cannot be read.
function load(path) {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) return JSON.parse(text);
  const docs = YAML.parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',       // no timestamps, no yes/no booleans: dates stay strings
    uniqueKeys: true,     // a duplicate key is an error
    merge: false,         // `<<` is an ordinary key
    prettyErrors: false,
  });
  if (!Array.isArray(docs)) {  // an empty stream
    return null;
  }
  if (docs.length > 1) throw new Error(`yaml: ${docs.length} documents in one file`);
  if (docs.length === 0) return null;
  const doc = docs[0];
  if (doc.errors.length > 0) throw new Error(`yaml: ${doc.errors.map((e) => oneLine(e.message)).join('; ')}`);
  return doc.toJS({ maxAliasCount: 100 });
}

function describe(error) {
  const where = error.instancePath || '/';
  let what = error.message;
  if (error.keyword === 'additionalProperties') what += ` (${error.params.additionalProperty})`;
  else if (error.keyword === 'enum') what += ` (${error.params.allowedValues.join(', ')})`;
  return `${where} ${what}`;
}

let failures = 0;
for (const path of files) {
  let schemaPath = forcedSchema;
  if (!schemaPath) {
    const kind = kindOf(path);
    if (!kind) {
      console.log(`invalid ${path}: not a kind of file pop knows (by name)`);
      ++failures;
      continue;
    }
    schemaPath = join(schemaDir, `${kind}.schema.json`);
  }
  const validate = validatorFor(schemaPath);
  let data;
  try {
    data = load(path);
  } catch (e) {
    console.log(`invalid ${path}: ${oneLine(e.message)}`);
    ++failures;
    continue;
  }
  if (validate(data)) {
    console.log(`valid ${path}`);
  } else {
    console.log(`invalid ${path}: ${validate.errors.map(describe).join('; ')}`);
    ++failures;
  }
}
process.exit(failures > 0 ? 1 : 0);
