// One JSON file per presentable deck (both languages), fetched by the playlist page: /present-data/case-sins-t11.json.
import type { APIRoute } from 'astro';
import { deckKey } from '../../core/present/playlist';
import type { Deck } from '../../core/present/deck';
import { allDecks } from '../../lib/present-data';

export async function getStaticPaths() {
  return (await allDecks()).map(({ item, deck }) => ({ params: { key: deckKey(item) }, props: { deck } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { deck: Deck }).deck), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
