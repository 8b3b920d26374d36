'use strict';
// editors/vscode/extension.js: a minimal VS Code extension that starts `pop lsp` for POP files
// (issue 16). VS Code sends what you type to pop and shows pop's findings in the Problems panel,
// with its quick fixes, hover and completion. How to build and install it: docs/editors.md.

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** The files pop checks: every POP and the three repository files, in any folder. */
const DOCUMENT_SELECTOR = [
    { scheme: 'file', pattern: '**/*.pop.yaml' },
    { scheme: 'file', pattern: '**/pop-policy.yaml' },
    { scheme: 'file', pattern: '**/pop-roster.yaml' },
    { scheme: 'file', pattern: '**/pop-school-goals.yaml' },
];

let client;

/** Starts `pop lsp` (settings pop.path and pop.reminders) when VS Code activates the extension. */
async function activate() {
    const config = vscode.workspace.getConfiguration('pop');
    const serverOptions = { command: config.get('path', 'pop'), args: ['lsp'] };
    const clientOptions = {
        documentSelector: DOCUMENT_SELECTOR,
        // pop asks VS Code itself to watch pop-*.yaml and *.pop.yaml on disk (dynamic registration).
        initializationOptions: { reminders: config.get('reminders', false) },
    };
    // VS Code sends its display language as the locale: Dutch VS Code, Dutch messages.
    client = new LanguageClient('pop', 'pop', serverOptions, clientOptions);
    await client.start();
}

/** Stops the server (shutdown and exit) when VS Code closes. */
function deactivate() {
    return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, DOCUMENT_SELECTOR };
