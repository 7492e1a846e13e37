// The clipping form: the passage (its beginning and end when long), a note, tags and a colour.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CLIP_COLORS, type ClipColor } from '@/lib/clipping';
import { trusted } from './trusted';
import type { Strings } from './strings';

export interface ClipDraft {
  text: string;
  note: string;
  tags: string;
  color: ClipColor;
  /** The selection ran outside the article it starts in and was cut to it. */
  clipped?: boolean;
}

/** Longer passages are shown by their first HEAD and last TAIL characters, with their length. */
const SHOWN = 240;
const HEAD = 160;
const TAIL = 60;

export function ClipForm(props: { t: Strings; draft: ClipDraft; onChange(d: ClipDraft): void; onSave(): void; onCancel(): void }) {
  const { t, draft, onChange } = props;
  const note = useRef<HTMLTextAreaElement>(null);
  // Focus the note as the form appears, not a frame later (useEffect): a later focus would pull away whatever
  // the reader (or a test) has started typing into the tags field.
  useLayoutEffect(() => note.current?.focus(), []);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="clip-form"
      data-testid="clip-form"
      // The browser fires submit as trusted even when a script clicked the button: the save itself is the save
      // button's trusted click (Enter in a field clicks it too, as the reader's own key press).
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={trusted((e) => e.key === 'Escape' && props.onCancel())}
    >
      {draft.clipped && <p class="clipped" role="status" data-testid="clip-clipped">{t.clipped}</p>}
      {draft.text.length > SHOWN ? (
        <>
          <blockquote data-testid="clip-quote">
            {draft.text.slice(0, HEAD)}
            <span class="gap"> … </span>
            <span data-testid="clip-end">{draft.text.slice(-TAIL)}</span>
          </blockquote>
          <p class="length" data-testid="clip-length">{t.passageLength(draft.text.length)}</p>
        </>
      ) : (
        <blockquote data-testid="clip-quote">{draft.text}</blockquote>
      )}
      <label>
        {t.note}
        <textarea ref={note} value={draft.note} onInput={trusted((e) => onChange({ ...draft, note: e.currentTarget.value }))} rows={2} />
      </label>
      <label>
        {t.tags}
        <input value={draft.tags} onInput={trusted((e) => onChange({ ...draft, tags: e.currentTarget.value }))} />
      </label>
      <fieldset>
        <legend>{t.colour}</legend>
        {CLIP_COLORS.map((c) => (
          <label class={`swatch ${c}`} key={c}>
            <input type="radio" name="colour" value={c} checked={draft.color === c} onChange={trusted(() => onChange({ ...draft, color: c }))} />
            <span class="visually-hidden">{c}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <button
          type="submit"
          disabled={busy}
          data-testid="clip-save"
          onClick={trusted((e) => {
            e.preventDefault();
            setBusy(true);
            props.onSave();
          })}
        >
          {t.save}
        </button>
        <button type="button" onClick={trusted(props.onCancel)}>{t.cancel}</button>
      </div>
    </form>
  );
}
