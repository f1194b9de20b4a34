import { describe, expect, it } from 'vitest';
import { checkBuiltPage, islandProse, pageLocale } from './built-page-check';

const terms = [{ id: 'ice-ball', preferred: { it: 'ice ball' }, variants: { it: ['palla di ghiaccio'] } }];
const page = (body: string) => `<!doctype html><html><head><script>var v = "1.5 seed"</script></head><body>${body}</body></html>`;
const matches = (path: string, html: string) => checkBuiltPage(path, html, terms).map((f) => f.match);

describe('built-page check', () => {
  it('reads the locale from the path under dist/', () => {
    expect(pageLocale('it/lessons/m09-cryoablation/index.html')).toBe('it');
    expect(pageLocale('en/index.html')).toBe('en');
    expect(pageLocale('404.html')).toBeUndefined();
  });

  it('fails on planted jargon, an Italian decimal point and a glossary variant', () => {
    const html = page('<h1>Crioablazione</h1><p>Secondo il seed 004 la palla di ghiaccio supera di 3.5 mm il tumore.</p>');
    expect(matches('it/lessons/m09-cryoablation/index.html', html)).toEqual(['seed', '3.5', 'palla di ghiaccio']);
  });

  it('fails on a case-quiz explanation that describes the layout of the source instead of citing it', () => {
    const html = page('<p>= 12. La lezione accanto al 12 scrive «Instabile», ma nelle fasce di Fisher il 12 è possibile instabilità.</p>');
    expect(matches('it/cases/sins-t11/index.html', html)).toEqual(['lezione accanto al']);
    const clean = page('<p>= 12. Il corso italiano del 2020 classifica questo 12 come «instabile», ma nelle fasce di Fisher il 12 è possibile instabilità.</p>');
    expect(matches('it/cases/sins-t11/index.html', clean)).toEqual([]);
  });

  it('passes a clean Italian page and ignores scripts, URLs and the bibliography', () => {
    const html = page(
      '<p>La ice ball supera di 3,5 mm il tumore <a href="https://doi.org/10.1007/s1.2">doi 10.1007/s00270-010-9.5</a>.</p>' +
        '<section class="references"><ol><li>Smith. Version 2.1 of a palla di ghiaccio trial.</li></ol></section>' +
        '<p>Fonte: <cite>A review, 1.5 palla di ghiaccio</cite> <span lang="en">Ice ball 2.5</span></p>' +
        '<p>Fonte: Salapura V, Jeromel M. A palla di ghiaccio review 1.5. Acta Clin Croat 2014;53(1):44–54.</p>' +
        '<astro-island props="{&quot;a&quot;:[0,&quot;VAS > 2 and 53.3% with RFA&quot;]}"></astro-island>',
    );
    expect(matches('it/lessons/m09-cryoablation/index.html', html)).toEqual([]);
  });

  it('still finds jargon in a bibliography and in island props', () => {
    const bib = page('<ol data-testid="bibliography"><li>Unnamed lecturer. Lecture slides 2020.</li></ol>');
    expect(matches('en/references/index.html', bib)).toEqual(['Unnamed']);
    const island = page('<astro-island props="{&quot;text&quot;:[0,&quot;As the slide says, cement leaks less&quot;]}"></astro-island>');
    expect(islandProse(island)).toEqual(['As the slide says, cement leaks less']);
    expect(matches('en/present/sins-t11/index.html', island)).toEqual(['the slide']);
  });

  it('checks each locale-tagged string of island props in its own language', () => {
    const props = '{&quot;text&quot;:[0,{&quot;it&quot;:[0,&quot;Risposta nel 53.3% con la palla di ghiaccio&quot;],&quot;en&quot;:[0,&quot;Response in 53.3%&quot;]}]}';
    expect(matches('en/algorithms/a5/index.html', page(`<astro-island props="${props}"></astro-island>`))).toEqual(['53.3', 'palla di ghiaccio']);
  });

  it('does not check variants on the glossary page, which lists them', () => {
    expect(matches('it/glossary/index.html', page('<p>ice ball (non: palla di ghiaccio)</p>'))).toEqual([]);
  });
});
