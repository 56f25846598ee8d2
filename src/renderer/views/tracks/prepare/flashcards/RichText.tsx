import { type ReactNode, createElement, useEffect, useState } from 'react';
import { useApi } from '../../../../app/AppContext';

/**
 * Card text rendered element by element from the restricted HTML the core stores: only simple
 * formatting tags are rebuilt as React elements (no attributes but an image's alt), images come
 * from Certplan's media store, and everything else becomes plain text. No innerHTML anywhere.
 */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'p', 'div', 'span', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'hr', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const VOID = new Set(['br', 'hr']);

export function RichText({ html, className }: { html: string; className?: string }) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return <div className={className ? `rich-text ${className}` : 'rich-text'}>{[...doc.body.childNodes].map((node, i) => toReact(node, `${i}`))}</div>;
}

function toReact(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (tag === 'img') {
    const src = element.getAttribute('src') ?? '';
    const match = /^media:([0-9a-f]{64})$/.exec(src);
    return match?.[1] ? <MediaImage key={key} sha256={match[1]} alt={element.getAttribute('alt') ?? ''} /> : null;
  }
  const children = [...element.childNodes].map((child, i) => toReact(child, `${key}.${i}`));
  if (!ALLOWED.has(tag)) return <span key={key}>{children}</span>;
  return VOID.has(tag) ? createElement(tag, { key }) : createElement(tag, { key }, ...children);
}

const cache = new Map<string, Promise<string | null>>();

/** An image of a card, fetched once per session from the core and shown as a data URL. */
export function MediaImage({ sha256, alt }: { sha256: string; alt: string }) {
  const api = useApi();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let pending = cache.get(sha256);
    if (!pending) {
      pending = api['cards:get-media']({ sha256 }).then((r) => (r.ok ? `data:${r.data.mediaType};base64,${r.data.contentBase64}` : null));
      cache.set(sha256, pending);
    }
    void pending.then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [api, sha256]);
  // Before an import commits its images are not stored yet; the preview names them instead.
  if (!src) return <span className="card-image-missing">[image{alt ? `: ${alt}` : ''}]</span>;
  return <img className="card-image" src={src} alt={alt} />;
}
