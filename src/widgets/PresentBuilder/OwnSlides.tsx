import { useId, useRef, useState } from 'react';
import type { Locale } from '../../core/i18n/locales';
import { getT } from '../shared/ui-strings';
import type { OwnSlide } from '../../core/present/own-lecture';
import { addImage, deleteSlide, newOwnId, saveSlide } from '../shared/own-store';

interface Props {
  lang: Locale;
  slides: readonly OwnSlide[];
  inLecture: (id: string) => boolean;
  onToggle: (slide: OwnSlide, on: boolean) => void;
  /** After a save or a delete: the list is read again from the browser's storage. */
  onChanged: () => void;
}

const empty = { id: '', title: '', markdown: '' };

/**
 * The lecturer's own slides: written in reveal.js Markdown, with images picked from disk. Everything stays
 * in this browser (IndexedDB); an image is inserted as `![name](img:<id>)` and shown from local storage.
 */
export function OwnSlides({ lang, slides, inLecture, onToggle, onChanged }: Props) {
  const t = getT(lang);
  const uid = useId().replace(/:/g, '');
  const [draft, setDraft] = useState<OwnSlide>(empty);
  const [message, setMessage] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);

  const insertImage = async (file: File | undefined) => {
    if (!file) return;
    const r = await addImage(file);
    if (!r.ok) {
      setMessage(t(r.error === 'type' ? 'present.own.imageType' : 'present.own.imageSize'));
      return;
    }
    const tag = `![${r.image.name.replace(/[[\]]/g, '')}](img:${r.image.id})`;
    const el = text.current;
    // At the cursor, but never inside the speaker notes (after `Notes:`): a picture belongs on the slide.
    const notesAt = /^[ \t]*notes?:/im.exec(draft.markdown)?.index ?? Infinity;
    const at = Math.min(el?.selectionStart ?? draft.markdown.length, notesAt);
    const md = `${draft.markdown.slice(0, at)}${at > 0 && !draft.markdown.slice(0, at).endsWith('\n') ? '\n' : ''}${tag}\n${draft.markdown.slice(at)}`;
    setDraft({ ...draft, markdown: md });
    setMessage(t('present.own.imageAdded', { name: r.image.name }));
  };

  const save = async () => {
    if (!draft.title.trim() && !draft.markdown.trim()) {
      setMessage(t('present.own.emptyDraft'));
      return;
    }
    const slide = { ...draft, id: draft.id || newOwnId() };
    await saveSlide(slide);
    const isNew = !draft.id;
    setDraft(empty);
    setMessage(t('present.own.saved', { title: slide.title || '—' }));
    onChanged();
    if (isNew) onToggle(slide, true);
  };

  return (
    <fieldset className="builder__group builder__own" data-testid="own-slides">
      <legend>{t('present.own.title')}</legend>
      <p className="builder__meta">{t('present.own.privacy')}</p>
      {slides.length > 0 && (
        <ul>
          {slides.map((s) => {
            const id = `${uid}-own-${s.id}`;
            const checked = inLecture(s.id);
            return (
              <li key={s.id} className={checked ? 'is-checked' : undefined}>
                <input id={id} type="checkbox" checked={checked} onChange={(e) => onToggle(s, e.target.checked)} data-item={`own:${s.id}`} />
                <label htmlFor={id}>{s.title || '—'}</label>
                <span className="builder__own-buttons">
                  <button type="button" onClick={() => setDraft(s)} aria-label={t('present.own.edit', { title: s.title })}>{t('present.own.editShort')}</button>
                  <button
                    type="button"
                    onClick={async () => {
                      onToggle(s, false);
                      await deleteSlide(s.id);
                      onChanged();
                    }}
                    aria-label={t('present.own.delete', { title: s.title })}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="builder__editor">
        <p>
          <label htmlFor={`${uid}-title`}>{t('present.own.slideTitle')}</label>
          <input id={`${uid}-title`} type="text" value={draft.title} maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} data-testid="own-title" />
        </p>
        <p>
          <label htmlFor={`${uid}-md`}>{t('present.own.markdown')}</label>
          <textarea
            id={`${uid}-md`}
            ref={text}
            rows={7}
            value={draft.markdown}
            maxLength={20000}
            onChange={(e) => setDraft({ ...draft, markdown: e.target.value })}
            aria-describedby={`${uid}-md-help`}
            data-testid="own-markdown"
          />
          <span id={`${uid}-md-help`} className="builder__meta">{t('present.own.markdownHelp')}</span>
        </p>
        <p>
          <label htmlFor={`${uid}-img`}>{t('present.own.addImage')}</label>
          <input id={`${uid}-img`} type="file" accept="image/png,image/jpeg,image/gif,image/webp" onChange={(e) => void insertImage(e.target.files?.[0])} data-testid="own-image" />
        </p>
        <p className="builder__editor-actions">
          <button type="button" className="primary" onClick={() => void save()} data-testid="own-save">
            {draft.id ? t('present.own.update') : t('present.own.save')}
          </button>
          {draft.id && (
            <button type="button" onClick={() => setDraft(empty)}>{t('present.own.cancel')}</button>
          )}
        </p>
        <p role="status" className="builder__meta" data-testid="own-status">{message}</p>
      </div>
    </fieldset>
  );
}
