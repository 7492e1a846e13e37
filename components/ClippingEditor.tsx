// Edit a clipping's note, tags and colour. A dialog: focus starts in the note, Escape cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CLIP_COLORS, type ClipColor, type Clipping } from '../lib/clipping';
import type { ClippingPatch } from '../lib/store/clippings';
import type { Strings } from './i18n';

export interface ClippingEditorProps {
  clipping: Clipping;
  t: Strings;
  onSave: (patch: ClippingPatch) => void;
  onCancel: () => void;
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;；]/).map((s) => s.trim()).filter((s) => s.length > 0))];
}

export function ClippingEditor({ clipping, t, onSave, onCancel }: ClippingEditorProps) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  const [color, setColor] = useState<ClipColor>(clipping.color);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  return (
    <div
      class="editor"
      role="dialog"
      aria-modal="true"
      aria-labelledby="editor-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ note, tags: parseTags(tags), color });
        }}
      >
        <h2 id="editor-title">{t.editTitle}</h2>
        <blockquote class="editor-quote">{clipping.text}</blockquote>
        <label for="editor-note">{t.note}</label>
        <textarea id="editor-note" ref={noteRef} rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <label for="editor-tags">{t.tags}</label>
        <input id="editor-tags" type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        <fieldset class="editor-colours">
          <legend>{t.colour}</legend>
          {CLIP_COLORS.map((c) => (
            <label key={c} class={`swatch swatch-${c}`}>
              <input type="radio" name="colour" value={c} checked={color === c} onChange={() => setColor(c)} />
              {t.colours[c]}
            </label>
          ))}
        </fieldset>
        <div class="editor-actions">
          <button type="submit">{t.save}</button>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
