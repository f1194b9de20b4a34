import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../core/i18n/locales';

export type ToolPage = CollectionEntry<'tools'>;
export const toolId = (p: ToolPage) => p.id.replace(/^(it|en)\//, '');

export async function toolPagesFor(lang: Locale): Promise<ToolPage[]> {
  const all = await getCollection('tools', (p) => p.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
