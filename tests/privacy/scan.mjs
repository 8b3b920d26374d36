// Finds planted markers (tests/privacy/plant.mjs) in outputs, for tests/privacy/run.sh.
//
//   node scan.mjs MARKERS.tsv FILE...
//
// Prints one line per marker found, `FILE<TAB>MARKER`, and exits 0 either way (2 on a usage
// error). Before looking, each output is read the way its reader would: iCalendar lines are
// unfolded (a line break followed by a space or tab is removed), HTML character references
// (&#45; &#x2d; &amp; ...) and JSON \uXXXX escapes are decoded. Besides the whole markers, any
// "PRIVE-" followed by a letter or digit counts too (as `FILE<TAB>PRIVE-...(cut)`), so a marker
// a renderer shortened ("PRIVE-h-bak…") is still found: no text outside the planted fields
// contains it.

import { readFileSync } from 'node:fs';

const [markersFile, ...files] = process.argv.slice(2);
if (!markersFile) {
  process.stderr.write('usage: node scan.mjs MARKERS.tsv FILE...\n');
  process.exit(2);
}
const markers = readFileSync(markersFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t')[0]);

const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', hyphen: '\u2010' };
function normalize(text) {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-fA-F]+);?/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/g, (m, name) => named[name] ?? m)
    .replace(/[\u00ad\u200b]/g, '');  // soft hyphen, zero-width space: invisible breaks
}

for (const file of files) {
  let text;
  try {
    text = normalize(readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`scan.mjs: cannot read ${file}: ${e.message}\n`);
    process.exit(2);
  }
  const found = markers.filter((m) => text.includes(m));
  for (const m of found) process.stdout.write(`${file}\t${m}\n`);
  if (found.length === 0) {
    const cut = /PRIVE-[A-Za-z0-9][^\s"'<>,;|]{0,20}/i.exec(text);
    if (cut) process.stdout.write(`${file}\t${cut[0]}(cut)\n`);
  }
}
