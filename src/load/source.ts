/**
 * Reads one content file the way both `npm run check` and Astro's content loader read it: strict
 * UTF-8, no control characters, frontmatter between `---` lines, YAML 1.2 parsed by `yaml` with
 * positions (so every later problem can name its line) and with a limit on aliases. Because Astro
 * gets its data from here too (src/load/loader.ts), dates stay the strings the author wrote
 * (`2020-06-01`), never `Date` objects, and `2020-02-30` is never rolled over to March.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../domain/types.ts';
import type { ContentFile } from './discovery.ts';

export interface SourceFile extends ContentFile {
  frontmatter: Document.Parsed;
  /** The frontmatter as plain data (aliases resolved within MAX_ALIAS_COUNT). */
  data: Record<string, unknown>;
  lineCounter: LineCounter;
  /** Line (1-based) in the file where the YAML starts, i.e. the line after `---`. */
  yamlStartLine: number;
  /** Line (1-based) of the `---` that closes the frontmatter: where a missing field goes. */
  closingLine: number;
  /** The text after the frontmatter, without leading blank lines and trailing whitespace. */
  body: string;
  /** Line (1-based) in the file where `body` starts. */
  bodyStartLine: number;
}

export type ReadResult = { source: SourceFile; problems: [] } | { source?: undefined; problems: Problem[] };

/**
 * At most this many alias expansions per file (yaml's own measure). Frontmatter has no need for
 * anchors at all; a "billion laughs" file of nested anchors would otherwise expand to gigabytes.
 */
export const MAX_ALIAS_COUNT = 100;

export { YAML_PARSE_OPTIONS, yamlMessage } from './yaml-options.ts';
import { YAML_PARSE_OPTIONS, yamlMessage } from './yaml-options.ts';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const EMPTY_FRONTMATTER = /^---[ \t]*\r?\n---[ \t]*(?:\r?\n|$)/;
/** C0 control characters except tab, LF and CR; and DEL. Invisible, and NUL ends strings in some tools. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Problems of one kind reported per file, before "…". */
const MAX_REPORTED = 5;

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readSource(file: ContentFile): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.absolute);
  } catch (error) {
    return { problems: [{ file: file.file, message: `het bestand kan niet worden gelezen (${(error as NodeJS.ErrnoException).code ?? String(error)})` }] };
  }
  return parseSource(bytes, file);
}

/** Parses the bytes of a content file. Never throws on any input. */
export function parseSource(bytes: Uint8Array, file: ContentFile): ReadResult {
  const at = (line: number | undefined, message: string): Problem => ({ file: file.file, ...(line ? { line } : {}), message });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return { problems: [at(line, 'het bestand is geen geldige UTF-8; sla het op als UTF-8 (zonder andere tekenset)')] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const control = controlCharacters(text, file.file);
  if (control.length > 0) return { problems: control };

  const match = EMPTY_FRONTMATTER.exec(text) ?? FRONTMATTER.exec(text);
  if (!match) {
    return {
      problems: [
        at(
          1,
          text.startsWith('---')
            ? 'de frontmatter wordt niet afgesloten: zet een regel met alleen --- na de laatste sleutel'
            : 'frontmatter ontbreekt: begin het bestand met een regel ---, dan de velden, dan weer ---',
        ),
      ],
    };
  }
  const yamlStartLine = 2;
  const lineCounter = new LineCounter();
  let frontmatter: Document.Parsed;
  try {
    frontmatter = parseDocument(match[1] ?? '', { ...YAML_PARSE_OPTIONS, lineCounter });
  } catch (error) {
    // yaml reports problems as document errors; this is only a last line of defence.
    return { problems: [at(yamlStartLine, `ongeldige YAML in de frontmatter: ${firstLine(error)}`)] };
  }
  if (frontmatter.errors.length > 0) {
    const yamlLines = (match[1] ?? '').split('\n');
    const seen = new Set<number>();
    const problems: Problem[] = [];
    for (const error of frontmatter.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      // One message per line: the parser often reports the same mistake twice over.
      if (seen.has(pos.line) || problems.length >= MAX_REPORTED) continue;
      seen.add(pos.line);
      problems.push(at(yamlStartLine + pos.line - 1, `ongeldige YAML in de frontmatter: ${yamlMessage(error.code, error.message, yamlLines[pos.line - 1] ?? '')}`));
    }
    return { problems };
  }
  // Warnings are problems too: an explicit tag such as `!!timestamp` or `!!binary` would otherwise
  // be dropped silently (the value stays a string).
  if (frontmatter.warnings.length > 0) {
    return {
      problems: frontmatter.warnings.slice(0, MAX_REPORTED).map((warning) => {
        const pos = lineCounter.linePos(warning.pos[0]);
        const message = warning.code === 'TAG_RESOLVE_FAILED' ? 'YAML-labels zoals !!timestamp of !!binary worden niet gebruikt; laat het label weg' : firstLine(warning);
        return at(yamlStartLine + pos.line - 1, `ongeldige YAML in de frontmatter: ${message}`);
      }),
    };
  }
  let data: unknown;
  try {
    data = frontmatter.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
    return {
      problems: [
        at(
          yamlStartLine,
          aliases
            ? 'de frontmatter verwijst te vaak naar ankers (&naam en *naam): dat kan de build laten vastlopen en wordt geweigerd; schrijf de waarden gewoon uit'
            : `ongeldige YAML in de frontmatter: ${firstLine(error)}`,
        ),
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [at(1, 'de frontmatter moet uit velden bestaan (sleutel: waarde)')] };
  }
  // The body as every reader gets it (checker, Astro, the domain): leading blank lines carry no
  // meaning (leading spaces on the first line do: a code block), nor does trailing whitespace.
  // One form for all, so that what is read from a body once (src/load/body-facts.ts) serves all.
  const raw = text.slice(match[0].length);
  const leading = /^(?:[ \t]*\r?\n)*/.exec(raw)![0];
  const body = raw.slice(leading.length).trimEnd();
  const bodyStartLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1) + (leading.match(/\n/g)?.length ?? 0);
  return {
    source: { ...file, frontmatter, data: data as Record<string, unknown>, lineCounter, yamlStartLine, closingLine: match[0].replace(/\r?\n$/, '').split('\n').length, body, bodyStartLine },
    problems: [],
  };
}

function controlCharacters(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return problems;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && problems.length < MAX_REPORTED; i++) {
    const found = lines[i]!.match(CONTROL);
    if (!found) continue;
    const names = [...new Set(found)].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}${c === '\u0000' ? ' (NUL)' : ''}`);
    problems.push({
      file,
      line: i + 1,
      message: `onzichtbaar stuurteken ${names.join(', ')} in de tekst; verwijder het (vaak meegekomen bij kopiëren uit een ander programma)`,
    });
  }
  return problems;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

