// Valid HTML on every built page: html-validate (standard rules) over dist/. Prints one line per error
// (file:line:column rule message) and ends with the count; exit 1 if any.
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const files = (function walk(d) {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.html') ? [join(d, n)] : []));
})(dir);
const validator = new HtmlValidate(new FileSystemConfigLoader());
let errors = 0;
for (const file of files) {
  const report = await validator.validateFile(file);
  for (const r of report.results) for (const m of r.messages) {
    errors++;
    console.log(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
}
console.log(`html-validate: ${files.length} pages, ${errors} errors`);
process.exit(errors === 0 && files.length > 0 ? 0 : 1);
