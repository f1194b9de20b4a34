import type { OwnSlide } from './own-slide';
export { lectureDeck, type LecturePart } from './lecture';
export { ownSlideToSlide, sanitizeOwnMarkdown, type OwnSlide } from './own-slide';

/**
 * The lecturer's own material: slides written in reveal.js Markdown and images picked from disk. They live
 * in the lecturer's browser (IndexedDB), are never uploaded and never mixed into the site's content; a
 * lecture travels to another computer as one exported file, checked here before anything is stored.
 */

export const ownImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const maxImageBytes = 8 * 1024 * 1024;
export const maxLectureFileBytes = 60 * 1024 * 1024;

const ownIdPattern = /^[a-z0-9]{4,24}$/;
const itemPattern = /^(case|lesson|algorithm|own):[a-z0-9-]{1,80}$/;
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

export interface OwnImageRecord {
  id: string;
  name: string;
  type: (typeof ownImageTypes)[number];
  /** Base64 of the image bytes. */
  data: string;
}

/** `own:<id>` items are the lecturer's slides; the rest are the site's decks, with slides to skip. */
export interface LectureFile {
  format: 'percutanea-lecture';
  version: 1;
  title: string;
  items: string[];
  skip: string[];
  slides: OwnSlide[];
  images: OwnImageRecord[];
}

/** Thrown only inside readLectureFile, to stop at the first problem with its path. */
class Bad {
  constructor(readonly detail: string) {}
}

const obj = (v: unknown, path: string): Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Bad(`${path}: expected an object`);
  return v as Record<string, unknown>;
};
const str = (v: unknown, path: string, max: number, pattern?: RegExp): string => {
  if (typeof v !== 'string') throw new Bad(`${path}: expected text`);
  if (v.length > max) throw new Bad(`${path}: longer than ${max} characters`);
  if (pattern && !pattern.test(v)) throw new Bad(`${path}: not in the expected form`);
  return v;
};
const list = <T>(v: unknown, path: string, max: number, read: (item: unknown, path: string) => T): T[] => {
  if (!Array.isArray(v)) throw new Bad(`${path}: expected a list`);
  if (v.length > max) throw new Bad(`${path}: more than ${max} entries`);
  return v.map((item, i) => read(item, `${path}.${i}`));
};

function readSlide(v: unknown, path: string): OwnSlide {
  const o = obj(v, path);
  return { id: str(o.id, `${path}.id`, 24, ownIdPattern), title: str(o.title, `${path}.title`, 200), markdown: str(o.markdown, `${path}.markdown`, 20_000) };
}

function readImage(v: unknown, path: string): OwnImageRecord {
  const o = obj(v, path);
  const type = o.type;
  if (!ownImageTypes.some((t) => t === type)) throw new Bad(`${path}.type: not an accepted image type`);
  return {
    id: str(o.id, `${path}.id`, 24, ownIdPattern),
    name: str(o.name, `${path}.name`, 200),
    type: type as OwnImageRecord['type'],
    data: str(o.data, `${path}.data`, Number.MAX_SAFE_INTEGER, base64Pattern),
  };
}

/** The whole file's shape, field by field; unknown fields are dropped. Throws Bad with the first problem. */
function readLectureShape(data: unknown): LectureFile {
  const o = obj(data, '(file)');
  if (o.format !== 'percutanea-lecture') throw new Bad('format: not a lecture file');
  if (o.version !== 1) throw new Bad('version: expected 1');
  return {
    format: 'percutanea-lecture',
    version: 1,
    title: str(o.title, 'title', 200),
    items: list(o.items, 'items', 60, (v, p) => str(v, p, 200, itemPattern)),
    skip: list(o.skip, 'skip', 2000, (v, p) => str(v, p, 200)),
    slides: list(o.slides, 'slides', 200, readSlide),
    images: list(o.images, 'images', 100, readImage),
  };
}

export type LectureFileError = 'too-large' | 'not-json' | 'not-a-lecture' | 'newer-version' | 'invalid' | 'missing-image';

/**
 * Reads an exported lecture. Returns a reason (for a clear message) instead of throwing; nothing is stored
 * until the whole file has passed, so a bad file loses nothing already in the browser.
 */
export function parseLectureFile(text: string): { ok: true; lecture: LectureFile } | { ok: false; error: LectureFileError; detail?: string } {
  if (text.length > maxLectureFileBytes * 1.4) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'percutanea-lecture') return { ok: false, error: 'not-a-lecture' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) return { ok: false, error: 'newer-version' };
  let lecture: LectureFile;
  try {
    lecture = readLectureShape(data);
  } catch (e) {
    if (e instanceof Bad) return { ok: false, error: 'invalid', detail: e.detail };
    throw e;
  }
  const imageIds = new Set(lecture.images.map((i) => i.id));
  for (const s of lecture.slides) {
    for (const m of s.markdown.matchAll(/\(img:([a-z0-9]+)\)/g)) {
      if (!imageIds.has(m[1] ?? '')) return { ok: false, error: 'missing-image', detail: `${s.title || s.id}: img:${m[1]}` };
    }
  }
  return { ok: true, lecture };
}
