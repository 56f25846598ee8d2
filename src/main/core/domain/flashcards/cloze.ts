/**
 * Cloze cards: a text with gaps written {{c1::answer}} or {{c1::answer::hint}}, as Anki writes
 * them. Each gap number is reviewed as its own card: its gap is hidden on the question side and
 * shown on the answer side; the other gaps show their answers.
 */

const GAP = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const match of text.matchAll(GAP)) {
    const n = Number(match[1]);
    if (n >= 1) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

export function renderCloze(text: string, gap: number, side: 'question' | 'answer'): string {
  return text.replace(GAP, (_all, number: string, answer: string, hint: string | undefined) => {
    if (Number(number) !== gap) return answer;
    if (side === 'answer') return `<b>${answer}</b>`;
    return hint ? `[${hint}]` : '[…]';
  });
}
