// Prints the question bank's blueprint (items per module × level, % application, vignettes per module,
// curriculum facts with no item) and exits 1 when the bank misses the targets (≥ 40% application,
// ≥ 4 vignettes in every module). The numbers come from src/core/quiz/blueprint.ts, the same function
// the quiz page uses. Run: npm run blueprint
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The core modules are TypeScript: Node loads them by stripping types (Node ≥ 22.18; `npm run` uses the project's Node 24).
const load = async (path) => {
  try {
    return await import(path);
  } catch (e) {
    console.error(`Cannot load ${path} (${e.code ?? e.message}): run it with \`npm run blueprint\` (Node ≥ 22.18).`);
    process.exit(2);
  }
};
const { computeBlueprint, pct } = await load('../src/core/quiz/blueprint.ts');
const { curriculumFactIds } = await load('../src/core/content/curriculum-facts.ts');

const dir = 'content/questions';
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')) ?? []);

const bp = computeBlueprint(items, curriculumFactIds);
const pad = (s, n) => String(s).padStart(n);
console.log('Module   recall  application  total');
for (const r of bp.rows) console.log(`${r.module.padEnd(7)} ${pad(r.recall, 7)} ${pad(r.application, 12)} ${pad(r.total, 6)}`);
console.log(`Total   ${pad(bp.total - bp.application, 7)} ${pad(bp.application, 12)} ${pad(bp.total, 6)}`);
console.log(`\nApplication (clinical vignettes): ${bp.application}/${bp.total} = ${pct(bp.applicationShare)}`);
console.log(`Vignettes per module: ${bp.rows.map((r) => `${r.module} ${r.application}`).join(', ')}`);
console.log(`Curriculum facts with no item: ${bp.untestedFacts.length ? bp.untestedFacts.join(', ') : 'none'}`);
if (bp.shortfalls.length) {
  console.error(`\nBlueprint below target:\n  ${bp.shortfalls.join('\n  ')}`);
  process.exit(1);
}
console.log('\nBlueprint meets the targets.');
