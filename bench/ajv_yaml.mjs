// bench/ajv_yaml.mjs: what ajv-cli would do with our .yaml files if its YAML reader kept dates as
// strings: one node process that reads every *.pop.yaml below SRC with the js-yaml ajv-cli uses
// (YAML 1.2 core schema instead of ajv-cli's default, which turns dates into Date objects) and
// validates it with Ajv 8 + ajv-formats against the schema, with the options bench/run.sh gives
// ajv-cli (draft-07, allErrors). For bench/run.sh.
//
//   usage: node bench/ajv_yaml.mjs NPM_DIR SCHEMA SRC
import { createRequire } from "module";
import fs from "fs";
import path from "path";

const [npmDir, schemaPath, src] = process.argv.slice(2);
const require = createRequire(path.resolve(npmDir, "package.json"));
const yaml = require("js-yaml");
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));

let valid = 0, invalid = 0, unreadable = 0;
function walk(dir) {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".pop.yaml")) {
            let data;
            try {
                data = yaml.load(fs.readFileSync(p, "utf8"), { schema: yaml.CORE_SCHEMA });
            } catch (err) {
                unreadable++;
                continue;
            }
            if (validate(data)) valid++;
            else invalid++;
        }
    }
}
walk(src);
console.log(`ajv_yaml: ${valid} valid, ${invalid} invalid, ${unreadable} not readable as YAML`);
