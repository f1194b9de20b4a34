import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

// The same configuration scripts/validate-html.mjs uses on dist/ (.htmlvalidate.json at the root).
const validator = new HtmlValidate(new FileSystemConfigLoader());
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('HTML validation of built pages', () => {
  it('passes a clean page', async () => {
    const report = await validator.validateString(page('<main><h1>Title</h1><p>Text</p></main>'), 'clean.html');
    expect(report.valid).toBe(true);
  });
  it('fails on a style inside the body and on a duplicate id (planted)', async () => {
    const report = await validator.validateString(page('<article><style>p{}</style><p id="a">x</p><p id="a">y</p></article>'), 'bad.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('element-permitted-content');
    expect(rules).toContain('no-dup-id');
  });
});
