import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import type { CardKind } from '../../../../../shared/schemas/flashcards/cards';
import { MAX_MEDIA_BYTES, MEDIA_TYPES } from '../../../../../shared/schemas/flashcards/cards';
import type { Deck } from '../../../../../shared/schemas/flashcards/decks';
import type { PlanDomain } from '../../../../../shared/schemas/preparation';
import type { Track } from '../../../../../shared/schemas/track';
import { useApi } from '../../../../app/AppContext';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { SelectField, TextField } from '../../../../components/fields';
import { readFileAsBase64 } from '../../../../files/readFile';
import { type FieldErrors, fieldErrorsFrom, unplacedMessage } from '../../../../forms/fieldErrors';
import { useCall } from '../../../../hooks/useCall';
import { useFocusOnMount } from '../../../../hooks/useFocusOnMount';
import { useNotify } from '../useTrackCall';
import { RichText } from './RichText';
import { type Edit, type Selection, asGap, asList, displayHtml, htmlToEditable, insertAt, wrap } from './cardTextEditing';
import { useFlashcardRoute } from './useFlashcards';

interface Draft {
  deckId: string;
  kind: CardKind;
  front: string;
  back: string;
  domainId: string;
  tags: string;
}

/** Writing or editing one card: basic or cloze, simple formatting and images, domain and tags, with a preview. */
export function CardEditor(props: { track: Track; domains: readonly PlanDomain[]; decks: Deck[]; cardId: string | null; deckId: string | null }) {
  const api = useApi();
  const existing = useCall(props.cardId ? `cards:get:${props.cardId}` : null, () => api['cards:get']({ id: props.cardId ?? '' }));
  if (props.cardId && !existing.state.data) {
    return existing.state.error ? <ErrorMessage error={existing.state.error} /> : <Loading />;
  }
  const card = existing.state.data;
  const deckId = card?.deckId ?? props.deckId ?? props.decks.find((d) => d.status === 'active')?.id ?? '';
  const initial: Draft = card
    ? { deckId: card.deckId, kind: card.kind, front: htmlToEditable(card.front), back: htmlToEditable(card.back), domainId: card.domainId ?? '', tags: card.tags.join(' ') }
    : { deckId, kind: 'basic', front: '', back: '', domainId: '', tags: '' };
  return <CardForm key={card?.id ?? 'new'} {...props} cardId={card?.id ?? null} initial={initial} />;
}

function CardForm({ track, domains, decks, cardId, initial }: { track: Track; domains: readonly PlanDomain[]; decks: Deck[]; cardId: string | null; initial: Draft }) {
  const api = useApi();
  const notify = useNotify();
  const route = useFlashcardRoute();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (again: boolean) => {
    setBusy(true);
    const body = { kind: draft.kind, front: draft.front, back: draft.back, domainId: draft.domainId || null, tags: draft.tags.split(/\s+/).filter(Boolean) };
    const result = cardId ? await api['cards:update']({ id: cardId, patch: { ...body, deckId: draft.deckId } }) : await api['cards:create']({ ...body, deckId: draft.deckId });
    setBusy(false);
    if (!result.ok) {
      const prefix = cardId ? 'patch.' : '';
      setErrors(fieldErrorsFrom(result.error, prefix));
      setProblem(unplacedMessage(result.error, ['front', 'back', 'domainId', 'tags', 'deckId', 'kind'], prefix));
      return;
    }
    notify.success(cardId ? 'Card saved' : 'Card added');
    if (again) {
      setDraft({ ...draft, front: '', back: '' });
      setErrors({});
      headingRef.current?.focus();
    } else route.go('deck', { deck: draft.deckId });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };
  const domainOptions = [{ value: '', label: 'No domain' }, ...domains.map((d) => ({ value: d.id, label: d.name }))];
  const cloze = draft.kind === 'cloze';
  return (
    <section className="section fc-editor" aria-labelledby="fc-editor-heading">
      <h2 id="fc-editor-heading" ref={headingRef} tabIndex={-1}>
        {cardId ? 'Edit card' : 'New card'}
      </h2>
      {problem ? <ErrorMessage error={{ code: 'invalid_input', message: problem }} /> : null}
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <SelectField label="Deck" value={draft.deckId} onChange={(deckId) => set({ deckId })} options={decks.filter((d) => d.status === 'active').map((d) => ({ value: d.id, label: d.name }))} error={errors.deckId} />
          <SelectField<CardKind>
            label="Kind"
            value={draft.kind}
            onChange={(kind) => set({ kind })}
            options={[
              { value: 'basic', label: 'Basic: front and back' },
              { value: 'cloze', label: 'Cloze: text with gaps' },
            ]}
            hint={cloze ? 'Each gap number becomes its own card: {{c1::answer}}, {{c2::other answer}}.' : undefined}
          />
          <SelectField label={`${track.acronym} domain`} value={draft.domainId} onChange={(domainId) => set({ domainId })} options={domainOptions} error={errors.domainId} hint="Review time counts as study of this domain" />
          <TextField label="Tags" value={draft.tags} onChange={(tags) => set({ tags })} error={errors.tags ?? errors['tags.0']} hint="Separated by spaces" />
        </div>
        <CardTextArea label={cloze ? 'Text' : 'Front'} value={draft.front} onChange={(front) => set({ front })} error={errors.front} allowGap={cloze} required />
        <CardTextArea label={cloze ? 'Extra (shown with the answer)' : 'Back'} value={draft.back} onChange={(back) => set({ back })} error={errors.back} allowGap={false} />
        <div className="fc-preview" aria-label="Preview">
          <h3>Preview</h3>
          {draft.front.trim() || draft.back.trim() ? (
            <div className="fc-preview-card">
              <RichText html={displayHtml(draft.front)} />
              <hr />
              <RichText html={displayHtml(draft.back)} />
            </div>
          ) : (
            <p className="muted">The card appears here as you type{cloze ? '; gaps show underlined' : ''}.</p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save card'}
          </button>
          {!cardId ? (
            <button type="button" className="button" disabled={busy} onClick={() => void save(true)}>
              Save and add another
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => route.go('deck', { deck: initial.deckId })}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function CardTextArea({ label, value, onChange, error, allowGap, required }: { label: string; value: string; onChange: (v: string) => void; error?: string | undefined; allowGap: boolean; required?: boolean }) {
  const api = useApi();
  const notify = useNotify();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const selection = (): Selection => ({ text: value, start: ref.current?.selectionStart ?? value.length, end: ref.current?.selectionEnd ?? value.length });
  const apply = (edit: Edit) => {
    onChange(edit.text);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(edit.start, edit.end);
    });
  };
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const tag = { b: 'b', i: 'i', u: 'u' }[e.key.toLowerCase()];
    if (tag) {
      e.preventDefault();
      apply(wrap(selection(), `<${tag}>`, `</${tag}>`));
    }
  };
  const addImage = async (file: File | undefined) => {
    if (!file) return;
    if (!(MEDIA_TYPES as readonly string[]).includes(file.type)) return notify.error(`“${file.name}” is not a PNG, JPEG, GIF, WebP or SVG image`);
    if (file.size > MAX_MEDIA_BYTES) return notify.error(`“${file.name}” is larger than 10 MB`);
    const read = await readFileAsBase64(file);
    if (!read.ok) return notify.error(read.message);
    const stored = await api['cards:add-media']({ fileName: read.fileName, mediaType: file.type as (typeof MEDIA_TYPES)[number], contentBase64: read.contentBase64 });
    if (!stored.ok) return notify.error(stored.error.message);
    apply(insertAt(selection(), `<img src="media:${stored.data.sha256}" alt="${read.fileName.replace(/"/g, '')}">`));
  };
  return (
    <div className={`field fc-textarea${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
      </label>
      <div className="fc-toolbar" role="toolbar" aria-label={`Formatting for ${label}`}>
        <button type="button" className="button button-small" onClick={() => apply(wrap(selection(), '<b>', '</b>'))} title="Bold (Ctrl+B)">
          <b>B</b>
          <span className="visually-hidden"> bold</span>
        </button>
        <button type="button" className="button button-small" onClick={() => apply(wrap(selection(), '<i>', '</i>'))} title="Italic (Ctrl+I)">
          <i>I</i>
          <span className="visually-hidden"> italic</span>
        </button>
        <button type="button" className="button button-small" onClick={() => apply(wrap(selection(), '<u>', '</u>'))} title="Underline (Ctrl+U)">
          <u>U</u>
          <span className="visually-hidden"> underline</span>
        </button>
        <button type="button" className="button button-small" onClick={() => apply(asList(selection()))}>
          List
        </button>
        {allowGap ? (
          <button type="button" className="button button-small" onClick={() => apply(asGap(selection()))}>
            Make gap
          </button>
        ) : null}
        <button type="button" className="button button-small" onClick={() => fileRef.current?.click()}>
          Image…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept={MEDIA_TYPES.join(',')}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={`Image for ${label}`}
          onChange={(e) => {
            void addImage(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <textarea
        id={id}
        ref={ref}
        rows={4}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKey}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
