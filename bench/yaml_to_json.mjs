// bench/yaml_to_json.mjs: converts every *.pop.yaml below SRC into SRC's mirror under DEST as
// *.pop.json, for ajv-cli (bench/run.sh). It reads YAML with the js-yaml that ajv-cli itself uses,
// but with the YAML 1.2 core schema: ajv-cli's default schema turns 2025-09-01 into a Date object,
// which fails `type: string` in schemas/pop.schema.json, so ajv-cli cannot validate our .yaml as is.
//
//   usage: node bench/yaml_to_json.mjs NPM_DIR SRC DEST
// Files js-yaml cannot read are counted and skipped (no JSON is written for them).
import { createRequire } from "module";
import fs from "fs";
import path from "path";

const [npmDir, src, dest] = process.argv.slice(2);
const require = createRequire(path.resolve(npmDir, "package.json"));
const yaml = require("js-yaml");

let converted = 0, failed = 0;
function walk(rel) {
    const entries = fs.readdirSync(path.join(src, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let made = false;
    for (const e of entries) {
        const r = path.join(rel, e.name);
        if (e.isDirectory()) {
            walk(r);
        } else if (e.name.endsWith(".pop.yaml")) {
            let data;
            try {
                data = yaml.load(fs.readFileSync(path.join(src, r), "utf8"), { schema: yaml.CORE_SCHEMA });
            } catch (err) {
                failed++;
                continue;
            }
            if (!made) {
                fs.mkdirSync(path.join(dest, rel), { recursive: true });
                made = true;
            }
            fs.writeFileSync(path.join(dest, r.replace(/\.yaml$/, ".json")), JSON.stringify(data));
            converted++;
        }
    }
}
walk("");
console.log(`yaml_to_json: ${converted} files converted, ${failed} not YAML that js-yaml reads`);
