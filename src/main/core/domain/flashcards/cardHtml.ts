import sanitizeHtml from 'sanitize-html';

/**
 * Card text is HTML restricted to simple formatting (bold, italic, underline, lists, tables,
 * line breaks, code) and images from Certplan's own media store (`media:<sha256>`). Everything
 * else — scripts, styles, links, event handlers, images from elsewhere — is dropped on the way in,
 * whether the text was typed or imported. The renderer renders the same subset again, element by
 * element, so a stored card can never run anything.
 */

export const CARD_TAGS = [
  'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'p', 'div', 'span', 'ul', 'ol', 'li',
  'code', 'pre', 'blockquote', 'hr', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img',
] as const;

export const MEDIA_SCHEME = 'media:';
const MEDIA_SRC = /^media:[0-9a-f]{64}$/;

/** Tags whose presence means the text already has its own line structure. */
const BLOCK_TAG = /<(br|p|div|ul|ol|li|table|pre|blockquote|h3|h4)\b/i;

export interface SanitizeOptions {
  /** Turns an image reference found in imported text (a file name) into `media:<sha256>`, or null to drop it. */
  resolveImage?: (src: string) => string | null;
}

export function sanitizeCardHtml(html: string, options: SanitizeOptions = {}): string {
  const text = html.replace(/\r\n?/g, '\n');
  // Typed text uses new lines; HTML uses <br>. Text without any structure of its own keeps its lines.
  const withBreaks = BLOCK_TAG.test(text) ? text : text.replace(/\n/g, '<br>');
  return sanitizeHtml(withBreaks, {
    allowedTags: [...CARD_TAGS],
    allowedAttributes: { img: ['src', 'alt'] },
    allowedSchemes: [],
    allowedSchemesByTag: { img: ['media'] },
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      img: (tagName, attribs) => {
        const src = attribs.src ?? '';
        const resolved = MEDIA_SRC.test(src) ? src : (options.resolveImage?.(src) ?? null);
        // An image that cannot be resolved keeps no src and is then dropped by the filter below.
        const kept: Record<string, string> = resolved ? { src: resolved, alt: attribs.alt ?? '' } : {};
        return { tagName, attribs: kept };
      },
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_SRC.test(frame.attribs.src ?? ''),
  }).trim();
}

/** The media hashes a card's text shows. */
export function mediaHashesIn(html: string): string[] {
  return [...html.matchAll(/src="media:([0-9a-f]{64})"/g)].map((m) => m[1] as string);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The words of a card, for search and for messages. */
export function plainText(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/div|\/li|\/tr)\b[^>]*>/gi, ' $&'), { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text shows nothing: no words and no image. */
export function isBlankCardText(html: string): boolean {
  return plainText(html) === '' && !/<img\b/i.test(html);
}
