import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { maxImageBytes, ownImageTypes, parseLectureFile, type LectureFile, type LectureFileError, type OwnSlide } from '../../core/present/own-lecture';

/**
 * The lecturer's own slides and images, in this browser's IndexedDB. Nothing here is ever sent anywhere:
 * images are shown through local object URLs, and a lecture leaves the browser only as a file the
 * lecturer exports.
 */

export interface OwnImage {
  id: string;
  name: string;
  type: (typeof ownImageTypes)[number];
  blob: Blob;
}

interface OwnDb extends DBSchema {
  slides: { key: string; value: OwnSlide };
  images: { key: string; value: OwnImage };
}

let dbOnce: Promise<IDBPDatabase<OwnDb>> | undefined;
const db = () =>
  (dbOnce ??= openDB<OwnDb>('percutanea-lecturer', 1, {
    upgrade(d) {
      d.createObjectStore('slides', { keyPath: 'id' });
      d.createObjectStore('images', { keyPath: 'id' });
    },
  }));

export function newOwnId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export const listSlides = async () => (await db()).getAll('slides');
export const getSlide = async (id: string) => (await db()).get('slides', id);
export const saveSlide = async (s: OwnSlide) => void (await (await db()).put('slides', s));
export const deleteSlide = async (id: string) => (await db()).delete('slides', id);
export const getImage = async (id: string) => (await db()).get('images', id);

export type AddImageResult = { ok: true; image: OwnImage } | { ok: false; error: 'type' | 'size' };

/** Keeps a picked file as an own image (PNG, JPEG, GIF or WebP up to 8 MB). */
export async function addImage(file: File): Promise<AddImageResult> {
  const type = ownImageTypes.find((t) => t === file.type);
  if (!type) return { ok: false, error: 'type' };
  if (file.size > maxImageBytes) return { ok: false, error: 'size' };
  const image: OwnImage = { id: newOwnId(), name: file.name.slice(0, 200), type, blob: file };
  await (await db()).put('images', image);
  return { ok: true, image };
}

/** Local URLs for the images a set of slides uses (revoke them when the page is done with them). */
export async function imageUrls(slides: readonly OwnSlide[]): Promise<Map<string, string>> {
  const ids = new Set(slides.flatMap((s) => [...s.markdown.matchAll(/\(img:([a-z0-9]+)\)/g)].map((m) => m[1] ?? '')));
  const urls = new Map<string, string>();
  for (const id of ids) {
    const img = await getImage(id);
    if (img) urls.set(id, URL.createObjectURL(img.blob));
  }
  return urls;
}

const toBase64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};
const fromBase64 = (data: string, type: string) => {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
};

/** One file with the lecture: its playlist, title, skipped slides, own slides and their images. */
export async function exportLecture(title: string, items: readonly string[], skip: readonly string[]): Promise<string> {
  const ownIds = items.filter((i) => i.startsWith('own:')).map((i) => i.slice(4));
  const slides = (await Promise.all(ownIds.map(getSlide))).filter((s): s is OwnSlide => s !== undefined);
  const imageIds = new Set(slides.flatMap((s) => [...s.markdown.matchAll(/\(img:([a-z0-9]+)\)/g)].map((m) => m[1] ?? '')));
  const images: LectureFile['images'] = [];
  for (const id of imageIds) {
    const img = await getImage(id);
    if (img) images.push({ id, name: img.name, type: img.type, data: await toBase64(img.blob) });
  }
  const file: LectureFile = { format: 'percutanea-lecture', version: 1, title, items: [...items], skip: [...skip], slides, images };
  return JSON.stringify(file);
}

export type ImportResult = { ok: true; lecture: LectureFile } | { ok: false; error: LectureFileError | 'storage'; detail?: string };

/**
 * Reads an exported lecture and stores its slides and images, all in one transaction after the whole file
 * has been checked: a bad file, or a failure half way, leaves what was already here untouched. Slides and
 * images are added next to the lecturer's own (same id: the imported copy wins, it is the same item).
 */
export async function importLecture(text: string): Promise<ImportResult> {
  const parsed = parseLectureFile(text);
  if (!parsed.ok) return parsed;
  try {
    const d = await db();
    const tx = d.transaction(['slides', 'images'], 'readwrite');
    for (const s of parsed.lecture.slides) void tx.objectStore('slides').put(s);
    for (const i of parsed.lecture.images) void tx.objectStore('images').put({ id: i.id, name: i.name, type: i.type, blob: fromBase64(i.data, i.type) });
    await tx.done;
  } catch {
    return { ok: false, error: 'storage' };
  }
  return { ok: true, lecture: parsed.lecture };
}
