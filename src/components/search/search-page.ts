// The search page: Pagefind (one index per <html lang>) with result types, the matched section and highlighted
// excerpts; eight results first, more on demand, so a query fetches only the fragments it shows.
interface SubResult { title: string; url: string; excerpt: string; locations?: number[] }
interface Anchor { id: string; text: string; location: number }
interface Fragment { url: string; excerpt: string; meta: { title?: string; type?: string }; sub_results?: SubResult[]; locations?: number[]; anchors?: Anchor[] }
interface Pagefind { search(q: string): Promise<{ results: { id: string; score: number; data(): Promise<Fragment> }[] }> }

const PAGE = 8;
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const raw = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const strings = (key: string) => raw[key] ?? '';
  const plural = new Intl.PluralRules(document.documentElement.lang || undefined);
  const countText = (n: number) => (raw[`count_${plural.select(n)}`] ?? strings('count_other')).replace('{{count}}', String(n));
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-testid="search-status"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-testid="search-results"]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-testid="search-more"]')!;
  let pagefind: Pagefind | undefined;
  let pending: { data(): Promise<Fragment> }[] = [];
  let run = 0;

  const typeLabel = (type?: string) => (type && strings(`type.${type}`)) || strings('type.page');

  function render(r: Fragment) {
    const li = document.createElement('li');
    li.className = 'search-result';
    li.dataset.type = r.meta.type ?? 'page';
    const type = document.createElement('span');
    type.className = `search-result__type search-result__type--${li.dataset.type}`;
    type.textContent = typeLabel(r.meta.type);
    const a = document.createElement('a');
    a.className = 'search-result__title';
    // The section with the most matches is where the reader wants to land.
    const section = [...(r.sub_results ?? [])]
      .filter((s) => s.url.includes('#'))
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    // A page without headed sections (the reference list): the entry with an id that holds the first match.
    const first = r.locations?.[0] ?? -1;
    const entry = section ? undefined : r.anchors?.filter((x) => x.location <= first).pop();
    a.href = section?.url ?? (entry ? `${r.url}#${entry.id}` : r.url);
    a.textContent = r.meta.title || r.url;
    li.append(type, a);
    const where = section?.title ?? entry?.text;
    if (where && where !== r.meta.title) {
      const line = document.createElement('p');
      line.className = 'search-result__section';
      line.textContent = `${strings('section')}: ${where}`;
      li.append(line);
    }
    const p = document.createElement('p');
    p.className = 'search-result__excerpt';
    p.innerHTML = (section ?? r).excerpt; // Pagefind's excerpt: escaped text with <mark> only.
    li.append(p);
    return li;
  }

  async function showMore(current: number) {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const fragments = await Promise.all(batch.map((r) => r.data()));
    if (current !== run) return;
    list.append(...fragments.map(render));
    more.hidden = pending.length === 0;
  }

  async function search(q: string) {
    const current = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (!q.trim()) { status.textContent = ''; return; }
    status.textContent = strings('searching');
    try {
      // Built after the site by Pagefind, so it is loaded at run time and never bundled.
      const indexUrl = '/pagefind/pagefind.js';
      pagefind ??= (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
      const found = await pagefind.search(q);
      if (current !== run) return;
      pending = found.results;
      status.textContent = pending.length ? countText(pending.length) : strings('none');
      await showMore(current);
    } catch {
      status.textContent = strings('error');
    }
  }

  more.addEventListener('click', () => void showMore(run));
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  void search(q);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
    void search(input.value);
  });
}
