import { describe, expect, it } from 'vitest';
import { groupAdjacentCitations, processCitations } from './citation-links';

const cite = (id: string, label = id) =>
  `<span class="cite tip-host"><span aria-hidden="true">(</span><a class="cite__link tip-trigger" href="#ref-${id}" data-cite="${id}" aria-describedby="t">${label}</a><span class="cite__tip tip" role="tooltip" id="t">full</span><span aria-hidden="true">)</span></span>`;
const text = (html: string) => html.replace(/<span class="cite__tip[^>]*>full<\/span>/g, '').replace(/<[^>]+>/g, '');
const backlinks = (id: string) => `<span class="backlinks no-print" data-backlinks="${id}" data-label="Back to citation {n}"></span>`;

describe('citation groups and back-links', () => {
  it('merges citations separated only by white space into one group', () => {
    const out = groupAdjacentCitations(`Text ${cite('a', 'A 2014')} ${cite('b', 'B 1987')} ${cite('c', 'C 2001')}.`);
    expect(out.match(/class="cite tip-host"/g)).toHaveLength(1);
    expect(text(out)).toBe('Text (A 2014; B 1987; C 2001).');
  });
  it('leaves citations apart when words stand between them', () => {
    const html = `${cite('a')} and ${cite('b')}`;
    expect(groupAdjacentCitations(html)).toBe(html);
  });
  it('numbers each citation and links every reference back to each place it is cited', () => {
    const out = processCitations(`${cite('a')} x ${cite('b')} y ${cite('a')} <ol><li id="ref-a">A ${backlinks('a')}</li><li id="ref-b">B ${backlinks('b')}</li><li id="ref-c">C ${backlinks('c')}</li></ol>`);
    expect(out).toContain('id="cite-a-1"');
    expect(out).toContain('id="cite-a-2"');
    expect(out).toContain('<a class="backlink" href="#cite-a-2" aria-label="Back to citation 2"');
    expect(out).toContain('href="#cite-b-1" aria-label="Back to citation 1" title="Back to citation 1">↩</a>');
    expect(out).toContain('<span class="backlinks no-print" data-backlinks="c"></span>');
  });
});
