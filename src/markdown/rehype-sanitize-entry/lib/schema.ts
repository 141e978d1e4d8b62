/**
 * The allow-list for entry bodies: rehype-sanitize's default (GitHub) schema, plus what our own
 * plugins and Astro's Markdown emit (redaction marks and their legend, footnotes, GFM tables,
 * task lists, syntax-highlighted code), and with URLs limited to http, https, mailto, tel and
 * relative addresses.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** URL schemes an entry may link to; relative URLs (`/…`, `#…`, `pad`) are always allowed. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * Elements removed with their content. Other elements outside the allow-list are unwrapped
 * (their text stays).
 */
export const REMOVED_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'textarea',
  'select',
  'button',
  'form',
  'svg',
  'math',
  'title',
  'base',
  'link',
  'meta',
] as const;

const defaults = defaultSchema.attributes ?? {};

export const entrySchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'abbr', 'mark', 'small', 'caption', 'figure', 'figcaption', 'cite', 'dfn', 'time', 'u'],
  strip: [...REMOVED_ELEMENTS],
  attributes: {
    ...defaults,
    // Redaction marks (remark-woo-redactions): the mark, its visible code and screen-reader text.
    span: [...(defaults['span'] ?? []), 'dataWooGrond', 'dataWooOrigineel', 'ariaHidden', 'dataPagefindIgnore', ['className', 'woo-lakking', 'sr-only']],
    // The legend of grounds used.
    aside: ['ariaLabel', 'dataPagefindIgnore', ['className', 'woo-legenda']],
    p: [...(defaults['p'] ?? []), ['className', 'woo-legenda-titel']],
    abbr: ['title'],
    time: ['dateTime'],
    // GFM table alignment (remark-rehype writes `align`).
    td: [...(defaults['td'] ?? []), 'align'],
    th: [...(defaults['th'] ?? []), 'align'],
    // GFM footnotes.
    sup: [...(defaults['sup'] ?? [])],
    h2: [...(defaults['h2'] ?? []), 'id'],
  },
  protocols: {
    href: [...SAFE_PROTOCOLS],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
};
