// One-off typography fixer: turns straight apostrophes between letters ("dell'osso") into typographic
// ones ("dell’osso") inside the Italian strings of TypeScript sources, i.e. in `it: "…"` and `it: '…'` literals.
// Content files are held to this by the content check; code strings (decision graphs, scores) are
// fixed with this script after a merge. Usage: node scripts/fix-italian-apostrophes.mjs <file.ts>…
import { readFileSync, writeFileSync } from 'node:fs';

let changed = 0;
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const fixed = source.replace(/(\bit: ")((?:[^"\\]|\\.)*)(")/g, (_m, open, body, close) => {
    const text = body.replace(/(?<=\p{L})'(?=\p{L}|\d)/gu, '’');
    if (text !== body) changed++;
    return open + text + close;
  }).replace(/(\bit: ')((?:[^'\\]|\\.)*)(')/g, (_m, open, body, close) => {
    // In single-quoted literals the apostrophe is written \' — it becomes ’ and needs no escape.
    const text = body.replace(/(?<=\p{L})\\'(?=\p{L}|\d)/gu, '’');
    if (text !== body) changed++;
    return open + text + close;
  });
  if (fixed !== source) writeFileSync(file, fixed);
}
console.log(`${changed} Italian string(s) fixed`);
