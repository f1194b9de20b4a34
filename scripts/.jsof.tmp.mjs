import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
const page = process.argv[2];
const html = readFileSync(join('dist', page, 'index.html'), 'utf8');
const seen = new Set();
function clo(e){ if(seen.has(e)||!existsSync(e)) return; seen.add(e); const t=readFileSync(e,'utf8'); for (const m of t.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) clo(resolve(dirname(e), m[1])); }
for (const m of html.matchAll(/(?:src|component-url|renderer-url|href)="(\/_astro\/[^"]+\.js)"/g)) clo(resolve('dist'+m[1]));
let tot=0; const rows=[...seen].map(f=>[gzipSync(readFileSync(f)).length,f.replace(/.*_astro\//,'')]).sort((a,b)=>b[0]-a[0]);
for (const [s,f] of rows){tot+=s; console.log((s/1024).toFixed(1).padStart(7), f);} console.log('total',(tot/1024).toFixed(1));
