/**
 * Editing card text in a plain textarea: stored HTML shows its line breaks as new lines, and the
 * toolbar wraps the selection in the few tags cards allow (or a cloze gap).
 */

export function htmlToEditable(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n');
}

export interface Selection {
  text: string;
  start: number;
  end: number;
}

export interface Edit {
  text: string;
  /** Where the selection goes afterwards. */
  start: number;
  end: number;
}

export function wrap(s: Selection, before: string, after: string): Edit {
  const chosen = s.text.slice(s.start, s.end);
  const text = s.text.slice(0, s.start) + before + chosen + after + s.text.slice(s.end);
  return { text, start: s.start + before.length, end: s.start + before.length + chosen.length };
}

/** Each selected line becomes a list item. */
export function asList(s: Selection): Edit {
  const chosen = s.text.slice(s.start, s.end) || 'item';
  const items = chosen.split('\n').map((line) => `<li>${line}</li>`).join('');
  const list = `<ul>${items}</ul>`;
  return { text: s.text.slice(0, s.start) + list + s.text.slice(s.end), start: s.start, end: s.start + list.length };
}

/** The next gap number: one more than the highest already in the text. */
export function nextGap(text: string): number {
  const numbers = [...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]));
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

export function asGap(s: Selection): Edit {
  return wrap(s, `{{c${nextGap(s.text)}::`, '}}');
}

export function insertAt(s: Selection, snippet: string): Edit {
  const text = s.text.slice(0, s.start) + snippet + s.text.slice(s.end);
  return { text, start: s.start + snippet.length, end: s.start + snippet.length };
}

/** Card text for lists and previews: typed lines as line breaks, cloze gaps shown as their marked answers. */
export function displayHtml(text: string): string {
  const html = /<(br|p|div|ul|ol|li|table|pre|blockquote)\b/i.test(text) ? text : text.replace(/\n/g, '<br>');
  return html.replace(/\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g, '<u>$1</u>');
}
