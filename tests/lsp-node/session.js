'use strict';
// tests/lsp-node/session.js POP_BINARY EXAMPLES_DIR TODAY
//
// Drives `pop lsp` with vscode-jsonrpc (the JSON-RPC library of VS Code's language client) over
// stdio, twice: with the client locale "nl" (announcing relatedInformation) and "en" (without it,
// so the hint goes into the message; and with the initialization option reminders: true, compared
// with `pop check --reminders`). Each session runs in its own temporary copy of EXAMPLES_DIR
// made a git repository, and goes through the whole protocol: initialize, initialized, didOpen of
// several POPs and a repository file, incremental didChange (edits that add and remove findings,
// UTF-16 positions after non-ASCII characters), changes to the school goals and the roster in open
// buffers, hover, completion, codeAction, shutdown and exit.
//
// After every change the diagnostics pop published are compared with
// `pop check --format json --stdin-filename PATH -` on the same text: the same rule ids, the same
// ranges (pop's 1-based line and column in characters, and its width, converted here to LSP's
// 0-based UTF-16 positions), the same severity, message and hint, in the same language.
//
// Prints one line per check, `ok ...` or `FAIL ...` (details indented with `    | `), then `done`;
// tests/lsp-node/run.sh counts them. Needs vscode-jsonrpc on NODE_PATH (tests/lib/npm.sh).
// POP_LSP_NODE_FAULT=column shifts every expected column by one: the comparison must then fail.

const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const rpc = require('vscode-jsonrpc/node');

const [POP, EXAMPLES, TODAY] = process.argv.slice(2);
if (!POP || !EXAMPLES || !TODAY) {
    console.error('usage: node session.js POP_BINARY EXAMPLES_DIR TODAY');
    process.exit(2);
}
const FAULT = process.env.POP_LSP_NODE_FAULT || '';
const ENV = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', NO_COLOR: '1' };
delete ENV.LANGUAGE;
delete ENV.GITHUB_ACTIONS;

let passed = 0;
let failed = 0;
function ok(what) {
    console.log(`ok ${what}`);
    passed++;
}
function bad(what, detail) {
    console.log(`FAIL ${what}`);
    if (detail !== undefined) {
        const text = typeof detail === 'string' ? detail : JSON.stringify(detail, null, 1);
        for (const line of text.split('\n').slice(0, 30)) console.log(`    | ${line}`);
    }
    failed++;
}
function check(condition, what, detail) {
    if (condition) ok(what);
    else bad(what, detail);
    return condition;
}

// ---- text and positions (independent of pop: JS strings are UTF-16 already) -------------------

// The lines of a text without their line ends.
function linesOf(text) {
    return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

// The string index of an LSP position (0-based line, UTF-16 character), clamped as LSP says.
function offsetAt(text, pos) {
    let start = 0;
    for (let l = 0; l < pos.line; l++) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) return text.length;
        start = nl + 1;
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start && text[end - 1] === '\r') end--;
    return Math.min(start + pos.character, end);
}

// The LSP position of a string index.
function positionAt(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

// The LSP range of one finding of `pop check --format json`: its line and column are 1-based and
// count Unicode characters (code points); its width counts characters too (at least one, within
// the line). LSP counts UTF-16 code units from 0: an emoji is one character and two units.
function rangeOfFinding(text, finding) {
    const lines = linesOf(text);
    const lineIndex = Math.min(finding.line - 1, lines.length - 1);
    const chars = Array.from(lines[lineIndex]);
    let column = finding.column - 1;
    if (FAULT === 'column') column += 1;
    const from = Math.min(column, chars.length);
    const to = Math.min(from + Math.max(finding.width, 1), chars.length);
    const units = (n) => chars.slice(0, n).join('').length;
    return {
        start: { line: lineIndex, character: units(from) },
        end: { line: lineIndex, character: units(to) },
    };
}

// The position of the n-th (0-based) occurrence of `needle` in a text, plus `shift` UTF-16 units.
function find(text, needle, shift = 0, nth = 0) {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = text.indexOf(needle, at + 1);
        if (at < 0) throw new Error(`test setup: "${needle}" (#${nth}) not in the text`);
    }
    return positionAt(text, at + shift);
}

// Applies LSP content changes in order (each one's range is in the text left by the one before).
function applyChanges(text, changes) {
    for (const c of changes) {
        if (!c.range) {
            text = c.text;
            continue;
        }
        const from = offsetAt(text, c.range.start);
        const to = Math.max(from, offsetAt(text, c.range.end));
        text = text.slice(0, from) + c.text + text.slice(to);
    }
    return text;
}

// Applies the TextEdits of one WorkspaceEdit to a text: all ranges refer to the text before the
// edit (LSP), so they are applied from the last to the first.
function applyTextEdits(text, edits) {
    const sorted = [...edits].sort(
        (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    for (const e of sorted) {
        const from = offsetAt(text, e.range.start);
        const to = Math.max(from, offsetAt(text, e.range.end));
        text = text.slice(0, from) + e.newText + text.slice(to);
    }
    return text;
}

const fmtPos = (p) => `${p.line}:${p.character}`;
const fmtRange = (r) => `${fmtPos(r.start)}-${fmtPos(r.end)}`;

// ---- one session -------------------------------------------------------------------------------

const WEEKDAYS = {
    en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
};
const DAY_MS = 24 * 60 * 60 * 1000;
function utc(date) {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
}

// The ids of the list entries (`  - id: x`) of a repository file.
function idsOf(file) {
    return [...fs.readFileSync(file, 'utf8').matchAll(/^ {2}- id: ([^\s#]+)/gm)].map((m) => m[1]);
}

async function session(locale, relatedInformation, reminders, results) {
    const lang = locale; // "nl" or "en"
    const tag = `[${locale}]`;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pop-lsp-node-'));
    const repo = path.join(tmp, 'repo');
    fs.cpSync(EXAMPLES, repo, { recursive: true });
    const git = (...args) => execFileSync('git', ['-C', repo, ...args], { env: ENV, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'start');

    const child = spawn(POP, ['--today', TODAY, 'lsp'], { cwd: repo, env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    let gone = false;
    const waiters = [];
    exited.then(() => {
        gone = true;
        for (const w of waiters.splice(0)) w.reject(new Error('pop lsp exited'));
    });

    const connection = rpc.createMessageConnection(
        new rpc.StreamMessageReader(child.stdout),
        new rpc.StreamMessageWriter(child.stdin),
    );
    const latest = new Map(); // uri -> the last publishDiagnostics params
    const publishes = []; // every publishDiagnostics, in order
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
        latest.set(params.uri, params);
        publishes.push(params);
        for (const w of [...waiters]) {
            if (w.test()) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve();
            }
        }
    });
    let registrations = [];
    connection.onRequest('client/registerCapability', (params) => {
        registrations = registrations.concat(params.registrations || []);
        return null;
    });
    connection.onError(([error]) => bad(`${tag} the JSON-RPC stream from pop lsp`, String(error)));
    connection.listen();

    // Resolves once test() is true after a publish (or now).
    const until = (test) =>
        new Promise((resolve, reject) => {
            if (test()) return resolve();
            if (gone) return reject(new Error('pop lsp exited'));
            waiters.push({ test, resolve, reject });
        });

    const uriOf = (rel) => 'file://' + path.join(repo, rel).split('/').map(encodeURIComponent).join('/');
    const docs = new Map(); // rel -> { rel, uri, text, version }
    const popArgs = lang === 'nl' ? ['--lang', 'nl'] : [];
    const checkArgs = reminders ? ['--reminders'] : [];

    // The findings `pop check` gives on `text` as the file `rel` (with `disk` written over the
    // repository files on disk for the duration of the run), as the diagnostics pop lsp should send.
    function expectedDiagnostics(rel, text, disk = {}) {
        const saved = {};
        for (const [file, content] of Object.entries(disk)) {
            saved[file] = fs.readFileSync(path.join(repo, file), 'utf8');
            fs.writeFileSync(path.join(repo, file), content);
        }
        let run;
        try {
            run = spawnSync(
                POP,
                ['--today', TODAY, ...popArgs, 'check', ...checkArgs, '--format', 'json', '--stdin-filename', rel, '-'],
                { cwd: repo, env: ENV, input: text, encoding: 'utf8' },
            );
        } finally {
            for (const [file, content] of Object.entries(saved)) fs.writeFileSync(path.join(repo, file), content);
        }
        if (run.status !== 0 && run.status !== 1) throw new Error(`pop check exit ${run.status}: ${run.stderr}`);
        const doc = JSON.parse(run.stdout);
        if (doc.lang !== lang) throw new Error(`pop check wrote lang ${doc.lang}, not ${lang}`);
        return doc.findings
            .filter((f) => f.path === rel)
            .map((f) => {
                const hint = f.hint || '';
                return {
                    code: f.rule,
                    range: fmtRange(rangeOfFinding(text, f)),
                    severity: f.severity === 'error' ? 1 : 2,
                    message: relatedInformation || !hint ? f.message : `${f.message}\n${hint}`,
                    related: relatedInformation && hint ? hint : null,
                };
            });
    }
    function actualDiagnostics(uri) {
        const p = latest.get(uri);
        if (!p) return null;
        return p.diagnostics.map((d) => ({
            code: d.code,
            range: fmtRange(d.range),
            severity: d.severity,
            message: d.message,
            related: d.relatedInformation && d.relatedInformation.length ? d.relatedInformation[0].message : null,
        }));
    }
    const key = (d) => `${d.range} ${d.code}`;
    const sortDiags = (list) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

    // Compares what pop lsp published last for the open document `rel` with pop check's findings.
    // The open repository files are written to disk for pop check (pop lsp reads their buffers).
    function compare(rel, step) {
        const doc = docs.get(rel);
        const disk = {};
        for (const [r, d] of docs) if (!/\.pop\.yaml$/.test(r)) disk[r] = d.text;
        const want = sortDiags(expectedDiagnostics(rel, doc.text, disk));
        const got = actualDiagnostics(doc.uri);
        if (got === null) return bad(`${tag} ${step}: no diagnostics published for ${rel}`);
        const have = sortDiags(got);
        const w = JSON.stringify(want, null, 1);
        const h = JSON.stringify(have, null, 1);
        const published = latest.get(doc.uri);
        const meta = published.diagnostics.every(
            (d) =>
                d.source === 'pop' &&
                d.codeDescription &&
                typeof d.codeDescription.href === 'string' &&
                d.codeDescription.href.endsWith(`rules.md#${d.code}`),
        );
        if (w === h && meta) {
            ok(`${tag} ${step}: ${rel}: the ${have.length} diagnostics are pop check's findings (rule, range, severity, message${relatedInformation ? ', hint as related information' : ' + hint'}${reminders ? ', with --reminders' : ''})`);
        } else {
            const wl = want.map((d) => `${d.range} ${d.code} ${d.severity}`);
            const hl = have.map((d) => `${d.range} ${d.code} ${d.severity}`);
            bad(`${tag} ${step}: ${rel}: the diagnostics differ from pop check (source/codeDescription ok: ${meta})`,
                `pop check: ${wl.join(', ')}\npop lsp:   ${hl.join(', ')}\n` +
                    (wl.join() === hl.join() ? `texts differ:\n${w}\n---\n${h}` : ''));
        }
        return have;
    }

    const codesAt = (rel) => (latest.get(docs.get(rel).uri) || { diagnostics: [] }).diagnostics;

    async function open(rel) {
        const text = fs.readFileSync(path.join(repo, rel), 'utf8');
        const doc = { rel, uri: uriOf(rel), text, version: 1 };
        docs.set(rel, doc);
        const count = publishes.length;
        connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri: doc.uri, languageId: 'yaml', version: doc.version, text },
        });
        // A repository file re-checks every open document: wait for all of them.
        const wait = /\.pop\.yaml$/.test(rel) ? [rel] : [...docs.keys()];
        await until(() => wait.every((r) => publishes.slice(count).some((p) => p.uri === docs.get(r).uri)));
    }

    // Sends one didChange with these content changes and waits for the diagnostics of its version;
    // a change to a repository file waits for the diagnostics of every open document.
    async function change(rel, changes) {
        const doc = docs.get(rel);
        const alsoFor = /\.pop\.yaml$/.test(rel) ? [] : [...docs.keys()];
        doc.text = applyChanges(doc.text, changes);
        doc.version++;
        const count = publishes.length;
        connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: doc.uri, version: doc.version },
            contentChanges: changes,
        });
        await until(() => {
            const after = publishes.slice(count);
            return alsoFor.every((r) => after.some((p) => p.uri === docs.get(r).uri));
        });
        if (/\.pop\.yaml$/.test(rel))
            await until(() => publishes.slice(count).some((p) => p.uri === doc.uri && p.version === doc.version));
    }

    // ---- initialize ----
    const init = await connection.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'pop tests/lsp-node', version: '1' },
        locale,
        rootUri: uriOf(''),
        workspaceFolders: [{ uri: uriOf(''), name: 'repo' }],
        capabilities: {
            general: { positionEncodings: ['utf-16'] },
            workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: false } },
            textDocument: {
                synchronization: { didSave: true, dynamicRegistration: false },
                publishDiagnostics: { relatedInformation, versionSupport: true, codeDescriptionSupport: true },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
            },
        },
        initializationOptions: { reminders },
    });
    const caps = (init && init.capabilities) || {};
    check(init && init.serverInfo && init.serverInfo.name === 'pop' && caps.textDocumentSync && caps.textDocumentSync.change === 2,
        `${tag} initialize: serverInfo pop, incremental sync (textDocumentSync.change 2)`, init);
    check(!caps.positionEncoding || caps.positionEncoding === 'utf-16', `${tag} initialize: positions in UTF-16`, caps.positionEncoding);
    const cap = caps.codeActionProvider;
    check(cap && Array.isArray(cap.codeActionKinds) && cap.codeActionKinds.includes('quickfix'),
        `${tag} initialize: codeActionProvider with codeActionKinds ["quickfix"] (lspfix)`, cap);
    check(caps.hoverProvider === true, `${tag} initialize: hoverProvider true (lsphover)`, caps.hoverProvider);
    const comp = caps.completionProvider;
    check(comp && Array.isArray(comp.triggerCharacters) && comp.triggerCharacters.includes(':') && comp.triggerCharacters.includes(' '),
        `${tag} initialize: completionProvider with triggerCharacters ":" and " " (lspfix)`, comp);
    connection.sendNotification('initialized', {});

    // ---- didOpen ----
    const F = 'pops/fouten.pop.yaml';
    const POPS = ['pops/a.jansen.pop.yaml', F, 'pops/h.bakker.pop.yaml', 'pops/k.mulder.pop.yaml'];
    for (const rel of POPS) await open(rel);
    for (const rel of POPS) compare(rel, 'didOpen');
    const opened = codesAt(F).map((d) => d.code);
    check(opened.includes('smarti.measurable') && opened.includes('dates.format'),
        `${tag} didOpen: fouten.pop.yaml has its SMARTI and date findings`, opened);
    const jansen = codesAt('pops/a.jansen.pop.yaml').map((d) => d.code);
    check(jansen.every((c) => c.startsWith('reminder.')) && (reminders ? jansen.length > 0 : jansen.length === 0),
        `${tag} didOpen: a.jansen.pop.yaml has no findings${reminders ? ', but reminders (initializationOptions.reminders)' : ' (reminders are off)'}`, jansen);
    check(registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'),
        `${tag} initialized: pop asks to watch the repository files (client/registerCapability)`, registrations);
    results.messages = codesAt(F).filter((d) => !d.code.startsWith('reminder.')).map((d) => `${d.code} ${d.message.split('\n')[0]}`);

    // ---- incremental changes ----
    // 1. Two unknown methods before `training`, one an emoji (one character, two UTF-16 units).
    let at = find(docs.get(F).text, 'methods: [training]', 'methods: ['.length);
    await change(F, [{ range: { start: at, end: at }, text: '🏃, één, ' }]);
    compare(F, 'change 1 (insert "🏃, één, " into methods)');
    // 2. A typo in `training`, addressed in UTF-16 units after the emoji and "één".
    at = find(docs.get(F).text, 'training]');
    check(at.character === '    methods: [🏃, één, '.length && at.character === 23,
        `${tag} change 2: \`training\` is at UTF-16 character 23 (22 characters, 28 bytes in)`, at);
    await change(F, [{ range: { start: at, end: { line: at.line, character: at.character + 'training'.length } }, text: 'trainnig' }]);
    const afterTypo = compare(F, 'change 2 (training -> trainnig after the emoji and "één")');
    check(afterTypo && afterTypo.some((d) => d.code === 'structure.enum' && d.range.startsWith(`${at.line}:23-`)),
        `${tag} change 2: the typo is underlined from UTF-16 character 23`, afterTypo);
    // 3. One didChange with two changes: the date 1-8-2025 rewritten, the `methodes:` line deleted.
    let text = docs.get(F).text;
    const date = find(text, '1-8-2025');
    const methodes = find(text, '    methodes: [course]');
    await change(F, [
        { range: { start: date, end: { line: date.line, character: date.character + 8 } }, text: '2025-08-01' },
        { range: { start: { line: methodes.line, character: 0 }, end: { line: methodes.line + 1, character: 0 } }, text: '' },
    ]);
    const after3 = compare(F, 'change 3 (date fixed and the methodes line deleted, in one didChange)');
    check(after3 && !after3.some((d) => d.code === 'dates.format' || d.code === 'structure.unknown-key'),
        `${tag} change 3: dates.format and structure.unknown-key are gone`, after3);
    // 4. A new line: the goal without `measurable:` gets one (a finding removed, lines shifted).
    text = docs.get(F).text;
    const realistic = find(text, '    realistic:\n      hours: 12');
    await change(F, [{ range: { start: realistic, end: realistic }, text: '    measurable: Ik fluit minstens 6 wedstrijden van de schoolcompetitie.\n' }]);
    const after4 = compare(F, 'change 4 (a measurable: line inserted)');
    check(after4 && !after4.some((d) => d.code === 'smarti.measurable'), `${tag} change 4: smarti.measurable is gone`, after4);
    // 5. A wrong date after "één" on a line (a finding added where bytes, characters and units differ).
    text = docs.get(F).text;
    const sport = find(text, 'minstens één nieuwe sport probeert.');
    const lineEnd = { line: sport.line, character: linesOf(text)[sport.line].length };
    await change(F, [{ range: { start: lineEnd, end: lineEnd }, text: '\n    start: 2025-13-03' }]);
    // the goal now has two start: keys; whatever pop says, lsp and check must agree
    compare(F, 'change 5 (a line with a wrong date after the "één" line)');
    await change(F, [{ range: { start: lineEnd, end: { line: lineEnd.line + 1, character: 21 } }, text: '' }]);
    compare(F, 'change 5b (that line removed again)');
    // 6. A full-text change (no range) still works.
    await change(F, [{ text: docs.get(F).text.replace('status: klaar', 'status: klar') }]);
    compare(F, 'change 6 (a full-text change: klaar -> klar)');

    // ---- the school goals and the roster in open buffers ----
    const GOALS = 'pop-school-goals.yaml';
    const ROSTER = 'pop-roster.yaml';
    await open(GOALS);
    compare(GOALS, 'didOpen of the school goals');
    check(codesAt(F).some((d) => d.code === 'links.school-goal'), `${tag} before: fouten.pop.yaml links to the unknown school goal gezonde-school`);
    text = docs.get(GOALS).text;
    const end = positionAt(text, text.length);
    await change(GOALS, [{ range: { start: end, end }, text: '\n  - id: gezonde-school\n    title: Gezonde school\n' }]);
    for (const rel of POPS) compare(rel, 'school goal gezonde-school added in the open buffer');
    compare(GOALS, 'school goal added');
    check(!codesAt(F).some((d) => d.code === 'links.school-goal'),
        `${tag} the school goals buffer's new goal (not on disk) ends links.school-goal in fouten.pop.yaml`, codesAt(F));
    await open(ROSTER);
    text = docs.get(ROSTER).text;
    const vandam = find(text, 'id: j.vandam', 4);
    await change(ROSTER, [{ range: { start: vandam, end: { line: vandam.line, character: vandam.character + 8 } }, text: 'j.vandamme' }]);
    for (const rel of POPS) compare(rel, 'j.vandam renamed in the open roster buffer');
    compare(ROSTER, 'j.vandam renamed in the roster');
    check(codesAt(F).some((d) => d.code === 'links.person'),
        `${tag} the roster buffer's rename (not on disk) gives fouten.pop.yaml links.person`, codesAt(F));
    // Closing the roster: the file on disk applies again.
    const count = publishes.length;
    const rosterUri = docs.get(ROSTER).uri;
    connection.sendNotification('textDocument/didClose', { textDocument: { uri: rosterUri } });
    docs.delete(ROSTER);
    await until(() => [...docs.values()].every((d) => publishes.slice(count).some((p) => p.uri === d.uri)));
    check(latest.get(rosterUri).diagnostics.length === 0 && !codesAt(F).some((d) => d.code === 'links.person'),
        `${tag} didClose of the roster: its diagnostics cleared, links.person gone again`, codesAt(F));
    compare(F, 'after didClose of the roster');
    // The roster changed on disk, reported by the editor's file watcher.
    const rosterFile = path.join(repo, ROSTER);
    const onDisk = fs.readFileSync(rosterFile, 'utf8');
    const watched = async (content, type) => {
        fs.writeFileSync(rosterFile, content);
        const before = publishes.length;
        connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: rosterUri, type }] });
        await until(() => [...docs.values()].every((d) => publishes.slice(before).some((p) => p.uri === d.uri)));
    };
    await watched(onDisk.replace('id: j.vandam\n', 'id: j.van-dam\n'), 2);
    compare(F, 'the roster changed on disk (workspace/didChangeWatchedFiles)');
    check(codesAt(F).some((d) => d.code === 'links.person'),
        `${tag} didChangeWatchedFiles: the roster changed on disk gives fouten.pop.yaml links.person`, codesAt(F));
    await watched(onDisk, 2);
    compare(F, 'the roster restored on disk');

    // ---- hover (lsphover) ----
    text = docs.get(F).text;
    const hover = async (pos) => connection.sendRequest('textDocument/hover', { textDocument: { uri: docs.get(F).uri }, position: pos });
    const value = (h) => (h && h.contents && typeof h.contents === 'object' ? h.contents.value || '' : '');
    const markdown = (h) => h && h.contents && h.contents.kind === 'markdown' && typeof h.contents.value === 'string';
    try {
        const onKey = await hover(find(text, 'measurable: >', 3));
        results.hoverKey = value(onKey);
        check(markdown(onKey) && /meetbaar/i.test(value(onKey)) && value(onKey).includes('**M**') && onKey.range,
            `${tag} hover on measurable: markdown with the Dutch term, the SMARTI letter **M** and a range`, onKey);
        const onGoal = await hover(find(text, 'formatief-evalueren', 3));
        check(markdown(onGoal) && value(onGoal).includes('Formatief evalueren in elke les'),
            `${tag} hover on a school goal id: its title from pop-school-goals.yaml`, onGoal);
        const days = (d) => Math.round((utc(d) - utc(TODAY)) / DAY_MS);
        const future = '2027-07-31';
        const onFuture = await hover(find(text, `end: ${future}`, 6));
        const n = days(future);
        const wantFuture = [WEEKDAYS[lang][new Date(utc(future)).getUTCDay()], lang === 'nl' ? `over ${n} dagen` : `in ${n} days`];
        check(markdown(onFuture) && wantFuture.every((w) => value(onFuture).toLowerCase().includes(w.toLowerCase())),
            `${tag} hover on ${future}: ${wantFuture.join(', ')}`, onFuture);
        const past = '2024-09-02';
        const onPast = await hover(find(text, `start: ${past}`, 8));
        const p = -days(past);
        const wantPast = [WEEKDAYS[lang][new Date(utc(past)).getUTCDay()], lang === 'nl' ? `${p} dagen geleden` : `${p} days ago`];
        check(markdown(onPast) && wantPast.every((w) => value(onPast).toLowerCase().includes(w.toLowerCase())),
            `${tag} hover on ${past}: ${wantPast.join(', ')}`, onPast);
        const onFinding = await hover(find(text, 'status: klar', 9));
        results.hoverRule = value(onFinding);
        check(markdown(onFinding) && value(onFinding).includes('structure.enum'),
            `${tag} hover on a diagnostic (status: klar): the rule id structure.enum`, onFinding);
        const onComment = await hover(find(text, 'OEFENBESTAND', 3));
        check(onComment === null, `${tag} hover on a comment: null`, onComment);
    } catch (e) {
        bad(`${tag} hover requests`, String(e));
    }

    // ---- completion (lspfix) ----
    const labels = (r) => (Array.isArray(r) ? r : (r && r.items) || []).map((i) => i.label);
    const items = (r) => (Array.isArray(r) ? r : (r && r.items) || []);
    const complete = (pos) =>
        connection.sendRequest('textDocument/completion', { textDocument: { uri: docs.get(F).uri }, position: pos, context: { triggerKind: 1 } });
    try {
        // An empty line in the goal `sportdag` (it has no inspiring:).
        text = docs.get(F).text;
        let pos = find(text, '    school_goals: [welzijn-veiligheid]');
        await change(F, [{ range: { start: pos, end: pos }, text: '    \n' }]);
        let r = await complete({ line: pos.line, character: 4 });
        const inspiring = items(r).find((i) => i.label === 'inspiring');
        check(inspiring && /inspirerend/i.test(inspiring.detail || '') && !labels(r).includes('title') && !labels(r).includes('specific'),
            `${tag} completion on an empty line in a goal: the keys not written yet (inspiring, with its Dutch term), not title or specific`, labels(r));
        await change(F, [{ range: { start: pos, end: { line: pos.line + 1, character: 0 } }, text: '' }]);
        // After `status: `.
        text = docs.get(F).text;
        pos = find(text, '    status: active', 12, 2);
        await change(F, [{ range: { start: pos, end: { line: pos.line, character: pos.character + 6 } }, text: '' }]);
        r = await complete(pos);
        const achieved = items(r).find((i) => i.label === 'achieved');
        check(['planned', 'active', 'achieved', 'dropped', 'paused'].every((v) => labels(r).includes(v)) && achieved && /behaald/i.test(achieved.detail || ''),
            `${tag} completion after status: the five values, achieved with "behaald"`, items(r).map((i) => `${i.label} (${i.detail})`));
        await change(F, [{ range: { start: pos, end: pos }, text: 'active' }]);
        // Inside school_goals: [welzijn-veiligheid, |].
        text = docs.get(F).text;
        pos = find(text, 'welzijn-veiligheid]', 'welzijn-veiligheid'.length);
        await change(F, [{ range: { start: pos, end: pos }, text: ', ' }]);
        pos = { line: pos.line, character: pos.character + 2 };
        r = await complete(pos);
        // The ids of the open school goals buffer (gezonde-school is only there, not on disk), but
        // the one the list has already may be left out.
        const goalIds = [...docs.get(GOALS).text.matchAll(/^ {2}- id: ([^\s#]+)/gm)].map((x) => x[1]).filter((id) => id !== 'welzijn-veiligheid');
        check(goalIds.length > 3 && goalIds.includes('gezonde-school') && goalIds.every((id) => labels(r).includes(id)),
            `${tag} completion inside school_goals: the ${goalIds.length} other school goal ids of the open pop-school-goals.yaml, gezonde-school too`, labels(r));
        await change(F, [{ range: { start: { line: pos.line, character: pos.character - 2 }, end: pos }, text: '' }]);
        // methods: [|] of the goal `ehbo`.
        text = docs.get(F).text;
        pos = find(text, '    methods: [course]', '    methods: [course'.length);
        await change(F, [{ range: { start: pos, end: pos }, text: ', ' }]);
        r = await complete({ line: pos.line, character: pos.character + 2 });
        check(['training', 'coaching', 'co_teaching', 'learning_community'].every((v) => labels(r).includes(v)),
            `${tag} completion in methods: [course, |]: the methods values`, labels(r));
        await change(F, [{ range: { start: pos, end: { line: pos.line, character: pos.character + 2 } }, text: '' }]);
        text = docs.get(F).text;
        // person: id: |
        pos = find(text, '  id: j.vandam', 6);
        await change(F, [{ range: { start: pos, end: { line: pos.line, character: pos.character + 8 } }, text: '' }]);
        r = await complete(pos);
        const staff = idsOf(path.join(repo, ROSTER));
        check(staff.length > 5 && ['a.jansen', 'j.vandam', 'h.bakker'].every((id) => labels(r).includes(id)),
            `${tag} completion after person id: the roster ids`, labels(r));
        await change(F, [{ range: { start: pos, end: pos }, text: 'j.vandam' }]);
        compare(F, 'after the completion edits');
    } catch (e) {
        bad(`${tag} completion requests`, String(e));
    }

    // ---- code actions (lspfix) ----
    try {
        // Put a day-month-year date back, then ask for its fix.
        text = docs.get(F).text;
        const fixed = find(text, 'date: 2025-08-01', 6);
        await change(F, [{ range: { start: fixed, end: { line: fixed.line, character: fixed.character + 10 } }, text: '1-8-2025' }]);
        compare(F, 'the date 1-8-2025 written again');
        const diag = codesAt(F).find((d) => d.code === 'dates.format' && d.range.start.line === fixed.line);
        const actions = diag
            ? await connection.sendRequest('textDocument/codeAction', {
                  textDocument: { uri: docs.get(F).uri },
                  range: diag.range,
                  context: { diagnostics: [diag], only: ['quickfix'] },
              })
            : null;
        const action = (actions || []).find(
            (a) => a.kind === 'quickfix' && a.edit && a.edit.changes && a.edit.changes[docs.get(F).uri] &&
                Array.isArray(a.diagnostics) && a.diagnostics.some((d) => d.code === 'dates.format'),
        );
        if (check(action, `${tag} codeAction on dates.format: a quickfix with the diagnostic and a WorkspaceEdit`, actions)) {
            const before = docs.get(F).text;
            const after = applyTextEdits(before, action.edit.changes[docs.get(F).uri]);
            check(linesOf(after)[fixed.line].endsWith('date: 2025-08-01') && linesOf(after).length === linesOf(before).length,
                `${tag} the quick fix writes 1-8-2025 as 2025-08-01 (day-month-year) and nothing else`, linesOf(after)[fixed.line]);
            await change(F, [{ text: after }]);
            const now = compare(F, 'the date quick fix applied');
            check(now && !now.some((d) => d.code === 'dates.format'), `${tag} after the quick fix, dates.format is gone`, now);
        }
        // A Dutch key: meetbaar -> measurable.
        text = docs.get(F).text;
        const m = find(text, '    measurable: >', 4, 1);
        await change(F, [{ range: { start: m, end: { line: m.line, character: m.character + 'measurable'.length } }, text: 'meetbaar' }]);
        compare(F, 'measurable written as meetbaar');
        const dutch = codesAt(F).find((d) => d.range.start.line === m.line && d.code.startsWith('structure.'));
        const fixes = dutch
            ? await connection.sendRequest('textDocument/codeAction', {
                  textDocument: { uri: docs.get(F).uri }, range: dutch.range, context: { diagnostics: [dutch] },
              })
            : null;
        // The edit may replace only the letters that differ: look at the text it makes.
        const rename = (fixes || []).find((a) => a.kind === 'quickfix' && a.edit && a.edit.changes &&
            Array.isArray(a.edit.changes[docs.get(F).uri]) &&
            linesOf(applyTextEdits(docs.get(F).text, a.edit.changes[docs.get(F).uri]))[m.line] === '    measurable: >');
        if (check(rename, `${tag} codeAction on the key meetbaar: a quickfix that makes it measurable`, fixes || dutch)) {
            const after = applyTextEdits(docs.get(F).text, rename.edit.changes[docs.get(F).uri]);
            await change(F, [{ text: after }]);
            const now = compare(F, 'the meetbaar quick fix applied');
            check(now && !now.some((d) => d.range.startsWith(`${m.line}:`)), `${tag} after the quick fix, the finding on meetbaar is gone`, now);
        }
    } catch (e) {
        bad(`${tag} code action requests`, String(e));
    }

    // ---- shutdown, exit ----
    const shut = await connection.sendRequest('shutdown');
    check(shut === null, `${tag} shutdown: result null`, shut);
    connection.sendNotification('exit');
    const { code, signal } = await exited;
    check(code === 0 && signal === null, `${tag} exit: pop lsp ends with exit code 0`, `exit ${code} signal ${signal}; stderr: ${stderr}`);
    connection.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
}

(async () => {
    const nl = {};
    const en = {};
    try {
        await session('nl', true, false, nl);
        await session('en', false, true, en);
        // The same findings in two languages: Dutch in the nl session, English in the en one.
        const rules = (list) => (list || []).map((m) => m.split(' ')[0]).join();
        check(nl.messages && en.messages && rules(nl.messages) === rules(en.messages) &&
            nl.messages.length > 0 && nl.messages.every((m, i) => m !== en.messages[i]),
            'the nl session has the same rule ids as the en session, with Dutch messages', { nl: nl.messages, en: en.messages });
        if (nl.hoverKey || en.hoverKey)
            check(nl.hoverKey !== en.hoverKey, 'hover on a key differs between the nl and en sessions (the description in the client\'s language)', { nl: nl.hoverKey, en: en.hoverKey });
    } catch (e) {
        bad('the session stopped', e && e.stack ? e.stack : String(e));
    }
    console.log(`done ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
})();
