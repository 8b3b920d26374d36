'use strict';
// tests/editors/vscode.js ROOT GNU_EN GNU_NL JSON_EN JSON_NL
//
// The VS Code setups of docs/editors.md, tested without VS Code (tests/editors/run.sh runs this):
//   1. editors/vscode/tasks.json's problem matcher: its regular expression, applied the way VS Code
//      applies it (one line at a time, JavaScript RegExp), to real `pop check --format gnu` output
//      in English and Dutch: every line is one problem, and its file, line, column, severity,
//      message and code are those of `pop check --format json` on the same files;
//   2. the tasks.json shown in docs/editors.md is that file;
//   3. editors/vscode/package.json is valid, names extension.js, and activates on the four kinds of
//      file; extension.js, loaded with stand-ins for the `vscode` and `vscode-languageclient`
//      modules (which only VS Code has), starts `pop lsp` with a document selector that takes
//      *.pop.yaml and the three repository files and nothing else, and its two settings (pop.path,
//      pop.reminders) reach the command and the initialization options.
// Prints `ok ...` / `FAIL ...` lines (details indented `    | `).
const fs = require('fs');
const path = require('path');
const Module = require('module');

const [ROOT, GNU_EN, GNU_NL, JSON_EN, JSON_NL] = process.argv.slice(2);
function report(good, what, detail) {
    console.log(`${good ? 'ok' : 'FAIL'} ${what}`);
    if (!good && detail !== undefined)
        for (const l of String(typeof detail === 'string' ? detail : JSON.stringify(detail, null, 1)).split('\n').slice(0, 20))
            console.log(`    | ${l}`);
}

// ---- 1. the problem matcher ----
const tasksFile = path.join(ROOT, 'editors/vscode/tasks.json');
const tasks = JSON.parse(fs.readFileSync(tasksFile, 'utf8'));
const matcher = tasks.tasks[0].problemMatcher;
const pattern = matcher.pattern;
const regexp = new RegExp(pattern.regexp);
for (const [lang, gnuFile, jsonFile] of [['en', GNU_EN, JSON_EN], ['nl', GNU_NL, JSON_NL]]) {
    const lines = fs.readFileSync(gnuFile, 'utf8').split('\n').filter((l) => l !== '');
    const findings = JSON.parse(fs.readFileSync(jsonFile, 'utf8')).findings;
    const problems = [];
    const unmatched = [];
    for (const line of lines) {
        const m = regexp.exec(line);
        if (!m) {
            unmatched.push(line);
            continue;
        }
        problems.push({
            file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]),
            severity: m[pattern.severity], message: m[pattern.message], code: m[pattern.code],
        });
    }
    const hintWord = lang === 'nl' ? 'tip' : 'hint';
    const want = findings.map((f) => ({
        file: f.path, line: f.line, column: f.column, severity: f.severity,
        message: f.hint ? `${f.message} (${hintWord}: ${f.hint})` : f.message, code: f.rule,
    }));
    const same = JSON.stringify(problems) === JSON.stringify(want);
    report(lines.length > 5 && unmatched.length === 0 && problems.length === findings.length && same,
        `1: tasks.json's problem matcher reads all ${lines.length} lines of --format gnu (${lang}): file, line, column, severity, message and code of each finding`,
        unmatched.length ? `unmatched: ${unmatched.join('\n')}` : { got: problems.slice(0, 3), want: want.slice(0, 3) });
}
const severities = new Set(['error', 'warning']);
report(matcher.owner === 'pop' && matcher.fileLocation[0] === 'relative' && tasks.tasks[0].command.includes('--format gnu'),
    '1: the task runs pop check --format gnu, file names relative to the workspace folder', matcher);
// A line that is not a finding (what the text format prints beside them) is not a problem.
report(!regexp.test('  43 |     status: klaar') && !regexp.test('pops/x.pop.yaml: 2 errors, 1 warning') && severities.size === 2,
    '1: lines that are not findings do not match');

// ---- 2. docs/editors.md shows the same tasks.json ----
const docs = fs.readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
const block = docs.match(/```json\n(\{\n  "version": "2\.0\.0",[\s\S]*?)```/);
let docTasks = null;
try {
    docTasks = block && JSON.parse(block[1]);
} catch (e) {
    docTasks = String(e);
}
report(JSON.stringify(docTasks) === JSON.stringify(tasks), "2: docs/editors.md's tasks.json is editors/vscode/tasks.json", docTasks);

// ---- 3. the extension ----
const extDir = path.join(ROOT, 'editors/vscode');
const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
const NAMES = ['pops/a.jansen.pop.yaml', 'pop-policy.yaml', 'pop-roster.yaml', 'sub/pop-school-goals.yaml'];
const OTHERS = ['pops/notes.yaml', 'pop.yaml', 'pops/a.pop.yml', 'pop-policy.yaml.bak'];
// VS Code's glob patterns as far as these use them: **/ any folders, * within a name.
function globMatches(glob, file) {
    const re = glob.split('**/').map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('(?:.*/)?');
    return new RegExp(`^${re}$`).test(file);
}
const activation = (pkg.activationEvents || []).filter((e) => e.startsWith('workspaceContains:')).map((e) => e.slice('workspaceContains:'.length));
report(pkg.main === './extension.js' && fs.existsSync(path.join(extDir, 'extension.js')) && pkg.engines && pkg.engines.vscode &&
    pkg.publisher && pkg.dependencies && pkg.dependencies['vscode-languageclient'] &&
    NAMES.every((n) => activation.some((g) => globMatches(g, n))) && !OTHERS.some((n) => activation.some((g) => globMatches(g, n))),
    '3: package.json: main extension.js, engines.vscode, vscode-languageclient, activation on the four kinds of file only', pkg);

// Stand-ins for the modules only VS Code provides; record what the extension does with them.
const started = [];
let settings = {};
const stubs = {
    vscode: { workspace: { getConfiguration: (section) => ({ get: (key, fallback) => (settings[`${section}.${key}`] ?? fallback) }) } },
    'vscode-languageclient/node': {
        LanguageClient: class {
            constructor(id, name, serverOptions, clientOptions) {
                started.push({ id, serverOptions, clientOptions });
            }
            start() { started[started.length - 1].running = true; return Promise.resolve(); }
            stop() { return Promise.resolve(); }
        },
    },
};
const load = Module._load;
Module._load = function (request, ...rest) {
    return Object.prototype.hasOwnProperty.call(stubs, request) ? stubs[request] : load.call(this, request, ...rest);
};
(async () => {
    try {
        const ext = require(path.join(extDir, 'extension.js'));
        const context = { subscriptions: [] };
        await ext.activate(context);
        const s = started[0] || {};
        const selector = (s.clientOptions && s.clientOptions.documentSelector) || [];
        const takes = (file) => selector.some((d) => d.scheme === 'file' && globMatches(d.pattern, file));
        report(started.length === 1 && s.running && s.serverOptions.command === 'pop' && JSON.stringify(s.serverOptions.args) === '["lsp"]' &&
            NAMES.every(takes) && !OTHERS.some(takes) && typeof ext.deactivate === 'function',
            '3: extension.js starts `pop lsp` for *.pop.yaml and the three repository files, and for nothing else', { started, context });
        // The two settings of package.json reach the server's command and initialization options.
        const props = ((pkg.contributes || {}).configuration || {}).properties || {};
        settings = { 'pop.path': '/opt/pop/bin/pop', 'pop.reminders': true };
        await ext.activate(context);
        const t = started[1] || {};
        report(props['pop.path'] && props['pop.reminders'] && t.serverOptions && t.serverOptions.command === '/opt/pop/bin/pop' &&
            t.clientOptions.initializationOptions.reminders === true && s.clientOptions.initializationOptions.reminders === false,
            '3: the settings pop.path and pop.reminders set the command and the initialization option reminders', { props, t });
    } catch (e) {
        report(false, '3: extension.js could not be loaded and activated', e && e.stack);
    }
    Module._load = load;
})();
