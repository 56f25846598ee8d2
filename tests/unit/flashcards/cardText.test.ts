import { describe, expect, it } from 'vitest';
import { isBlankCardText, mediaHashesIn, plainText, sanitizeCardHtml } from '../../../src/main/core/domain/flashcards/cardHtml';
import { clozeNumbers, renderCloze } from '../../../src/main/core/domain/flashcards/cloze';
import { computeStreak } from '../../../src/main/core/domain/flashcards/streak';

const SHA = 'a'.repeat(64);

describe('card text', () => {
  it('keeps simple formatting and media-store images, and drops everything else', () => {
    const html = sanitizeCardHtml(`<b onclick="x()">Bold</b> <i>it</i><script>alert(1)</script><a href="https://e.example">link</a><style>p{}</style><img src="media:${SHA}" onerror="y"><img src="https://e.example/t.png">`);
    expect(html).toBe(`<b>Bold</b> <i>it</i>link<img src="media:${SHA}" alt="" />`);
    expect(mediaHashesIn(html)).toEqual([SHA]);
  });

  it('turns typed line breaks into <br>, but leaves HTML that has its own structure alone', () => {
    expect(sanitizeCardHtml('one\ntwo')).toBe('one<br />two');
    expect(sanitizeCardHtml('<ul>\n<li>a</li>\n</ul>')).toBe('<ul>\n<li>a</li>\n</ul>');
  });

  it('resolves imported image names through the importer and drops the ones it cannot', () => {
    const resolveImage = (src: string) => (src === 'wbs.png' ? `media:${SHA}` : null);
    expect(sanitizeCardHtml('<img src="wbs.png"><img src="missing.png">', { resolveImage })).toBe(`<img src="media:${SHA}" alt="" />`);
  });

  it('knows an empty front when it sees one', () => {
    expect(isBlankCardText('<p> &nbsp; <br></p>')).toBe(true);
    expect(isBlankCardText(`<img src="media:${SHA}">`)).toBe(false);
    expect(plainText('<div>a</div><div>b &amp; c<br>d</div>')).toBe('a b & c d');
  });
});

describe('cloze gaps', () => {
  const text = 'The {{c1::sponsor}} signs the {{c2::charter::document}}; the {{c1::sponsor}} pays.';
  it('makes one card per gap number, hiding its gap and showing the others', () => {
    expect(clozeNumbers(text)).toEqual([1, 2]);
    expect(renderCloze(text, 1, 'question')).toBe('The […] signs the charter; the […] pays.');
    expect(renderCloze(text, 2, 'question')).toBe('The sponsor signs the [document]; the sponsor pays.');
    expect(renderCloze(text, 2, 'answer')).toBe('The sponsor signs the <b>charter</b>; the sponsor pays.');
    expect(clozeNumbers('no gaps')).toEqual([]);
  });
});

describe('the streak', () => {
  const day = (date: string, plannedCards: number, reviews: number) => ({ date, plannedCards, budgetMinutes: 10, reviews, reviewedSeconds: reviews * 10 });
  it('counts days whose planned review was done, skips days with nothing planned, and freezes one miss in seven', () => {
    const days = [
      day('2026-11-18', 5, 5),
      day('2026-11-19', 5, 1), // missed: a second miss within seven days of the 22nd's ends the streak here
      day('2026-11-20', 5, 5),
      day('2026-11-21', 0, 0), // nothing planned
      day('2026-11-22', 5, 0), // missed: the freeze covers it
      day('2026-11-23', 5, 6),
      day('2026-11-24', 5, 5),
      day('2026-11-25', 5, 2), // today, not done yet: does not break it
    ];
    const streak = computeStreak(days, '2026-11-25');
    expect(streak.days).toBe(3);
    expect(streak.frozenOn).toBe('2026-11-22');
    expect(streak.outcomes.get('2026-11-21')).toEqual({ met: null, frozen: false });
    expect(streak.outcomes.get('2026-11-22')).toEqual({ met: false, frozen: true });
  });

  it('counts a day whose whole minute budget was used even with cards left', () => {
    expect(computeStreak([{ date: '2026-11-24', plannedCards: 50, budgetMinutes: 5, reviews: 20, reviewedSeconds: 300 }], '2026-11-25').days).toBe(1);
  });
});
