/**
 * The one module that reads the environment. Every setting (`WEGWIJS_*`, and the few
 * non-Wegwijs names the project honours: `CI`, `CHROMIUM_PATH`, `UPDATE_FIXTURES`) is declared in
 * SETTINGS below, read once, validated with zod and handed out as one typed, frozen object:
 * `config()` for this process (memoised), `loadConfig(env)` for any other environment (tests).
 *
 * A bad value stops the program with a Dutch message naming the variable ("WEGWIJS_WEKEN moet een
 * geheel getal zijn, niet 'zes'"); an unknown `WEGWIJS_*` variable (a typo) is reported as a
 * warning with the nearest known name. The README's settings table is generated from SETTINGS
 * (`node tools/settings-table.ts --write`; tests/config/config.test.ts checks it).
 *
 * Not here: Vite's `import.meta.env.DEV` (src/data/site.ts, src/middleware.ts). It says whether
 * the module runs under the dev server, is replaced by Vite at build time (so the dev-only branch
 * drops out of the build) and cannot be set by anyone: a mode, not a setting.
 *
 * Only plain Node and zod here: used by scripts, tools, the checker and the Astro data layer alike.
 */
import path from 'node:path';
import { z } from 'zod';
import { isIsoDate } from './schemas/shared.ts';
import { today } from './domain/dates.ts';
import { suggest } from './domain/nearest.ts';

export type Env = Readonly<Record<string, string | undefined>>;

// ─── Value types ────────────────────────────────────────────────────────────────────────────────
// Messages say what the value must be, without the variable's name and value: formatIssue adds
// both ("WEGWIJS_WEKEN" + " moet een geheel getal zijn" + ", niet 'zes'").

const text = () => z.string();

const integer = (min: number, max: number) =>
  z.string()
    .regex(/^-?\d+$/, 'moet een geheel getal zijn')
    .transform(Number)
    .pipe(z.number().min(min, `moet minstens ${min} zijn`).max(max, `moet hoogstens ${max} zijn`));

const FLAG_VALUES: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };
/** On or off: 1/true or 0/false (an unset or empty variable is off). */
const flag = () =>
  z.string()
    .refine((v) => v.toLowerCase() in FLAG_VALUES, 'moet 1 (aan) of 0 (uit) zijn')
    .transform((v) => FLAG_VALUES[v.toLowerCase()]!);

const isoDate = () => z.string().refine(isIsoDate, 'moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2020-05-26');

const httpUrl = (example: string) =>
  z.string().refine((v) => /^https?:$/.test(URL.parse(v)?.protocol ?? ''), `moet een http- of https-adres zijn, zoals ${example}`);

/** A path under which an edition is served: always starts and ends with `/`. */
const basePathValue = () =>
  z.string()
    .refine((v) => !/[?#%\s\\:]/.test(v) && !v.split('/').some((s) => s === '.' || s === '..'), 'moet een pad zijn, zoals /wegwijs/ (geen adres, geen . of ..)')
    .transform((v) => {
      const segments = v.split('/').filter(Boolean);
      return segments.length ? `/${segments.join('/')}/` : '/';
    });

/** A JSON object with at least a `name` (a Decap CMS backend). */
const backendJson = () =>
  z.string().transform((v, ctx) => {
    try {
      const value: unknown = JSON.parse(v);
      if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { name?: unknown }).name === 'string') return value as Readonly<Record<string, unknown>>;
    } catch {
      /* reported below */
    }
    ctx.addIssue({ code: 'custom', message: 'moet een JSON-object met een "name" zijn, zoals {"name":"gitlab","repo":"vws/wegwijs"}' });
    return z.NEVER;
  });

// ─── The settings ───────────────────────────────────────────────────────────────────────────────

/** Who sets a variable; the README table lists them in this order. */
export type SettingGroup = 'site' | 'tools' | 'internal' | 'tests';

export interface SettingDoc {
  group: SettingGroup;
  /** The default as the README shows it (Markdown). */
  default: string;
  /** What it does, for the README (English, as the README is). */
  about: string;
  /** Part of what the build's output depends on: in the build digest (src/pipeline/digest.ts). */
  output?: boolean;
}

/** A blank variable counts as unset (`WEGWIJS_BASE= npm run build`); values are trimmed. */
const blank = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * One variable: its value type, and either a default (a raw value, validated like a set one and
 * shown in the README) or none (unset stays `undefined`; `doc.default` says what happens then).
 */
function setting<S extends z.ZodType<unknown, string>>(schema: S, doc: Omit<SettingDoc, 'default'>, fallback: string): { schema: z.ZodType<z.output<S>>; doc: SettingDoc };
function setting<S extends z.ZodType<unknown, string>>(schema: S, doc: SettingDoc): { schema: z.ZodType<z.output<S> | undefined>; doc: SettingDoc };
function setting(schema: z.ZodType<unknown, string>, doc: SettingDoc | Omit<SettingDoc, 'default'>, fallback?: string): { schema: z.ZodType; doc: SettingDoc } {
  return fallback === undefined
    ? { schema: z.preprocess(blank, schema.optional()), doc: doc as SettingDoc }
    : { schema: z.preprocess(blank, schema.prefault(fallback)), doc: { ...doc, default: `\`${fallback}\`` } };
}

export const SETTINGS = {
  // Site: what the editions say and where they are served.
  WEGWIJS_PEILDATUM: setting(isoDate(), {
    group: 'site', output: true, default: 'today (Europe/Amsterdam)',
    about: 'the reference date: "coming weeks", the current phase of a route map, `publicerenVanaf`. `WEGWIJS_PEILDATUM=2020-05-26 npm run build` shows the 2020 examples as they were then',
  }),
  WEGWIJS_WEKEN: setting(integer(1, 52), { group: 'site', output: true, about: 'how many weeks "komende weken" looks ahead (1 to 52)' }, '6'),
  WEGWIJS_SITE: setting(httpUrl('https://www.example.nl'), {
    group: 'site', output: true,
    about: "the public edition's address, scheme and host (sitemap, canonical links, structured data, robots.txt)",
  }, 'https://wegwijs.example.nl'),
  WEGWIJS_BASE: setting(basePathValue(), {
    group: 'site', output: true,
    about: 'the path each edition is served under, e.g. `/wegwijs/` for `https://www.example.nl/wegwijs/`: every link, asset, sitemap entry, canonical and search-result URL carries it (see Deploying). Set the same value for `npm run preview` and `npm run pdf`',
  }, '/'),
  WEGWIJS_CONTENT: setting(text(), { group: 'site', about: 'the content folder (tests and the benchmark point it elsewhere)' }, 'content'),
  WEGWIJS_DIST: setting(text(), { group: 'site', about: 'the output folder (`npm run build`, `preview`, `pdf`, `check:leaks`, `lighthouse`)' }, 'dist'),
  WEGWIJS_STAGING: setting(text(), { group: 'site', about: "the build's work folder: the edition being built, and the cache that makes the next build incremental" }, '.wegwijs-build'),
  WEGWIJS_RENDER_WORKERS: setting(integer(0, 64), { group: 'site', about: "how many worker threads render pages (Astro's parallel prerendering; `0`: the main thread alone). Each holds its own copy of both editions' data. On 2 cores, two workers were slower than none (97.9 against 90.8 s at 10,000 entries, the same output) and used more memory (see Performance): worth trying with more cores" }, '0'),
  WEGWIJS_RENDER_HEAP_MB: setting(integer(0, 1_048_576), {
    group: 'site', default: 'half the machine\'s memory, when that is more than Node\'s own limit',
    about: "the JavaScript heap limit of each of Astro's threads (the main thread and every render worker), in MB (`--max-old-space-size`; `0`: Node's own, about 4 GB). At 100,000 entries a render worker needs more than Node's own (see Performance)",
  }),
  WEGWIJS_CMS_BACKEND: setting(backendJson(), {
    group: 'site', output: true, default: 'the GitLab placeholder in `src/cms/config.ts`',
    about: "the CMS's git backend as JSON, at build time (see Inhoud beheren), e.g. `{\"name\":\"gitlab\",\"repo\":\"vws/wegwijs\",\"api_root\":\"https://gitlab.example.nl/api/v4\"}`",
  }),
  WEGWIJS_CMS_REPO: setting(text(), { group: 'site', output: true, about: "the git checkout the CMS writes into; the CMS's folders are the content folder relative to it" }, '.'),
  WEGWIJS_CMS_PROXY_PORT: setting(integer(1, 65535), { group: 'site', about: "`npm run beheer`: the port of decap-server, the CMS's local git backend" }, '8081'),
  // Tools: the programs the tests, PDFs and Lighthouse run.
  WEGWIJS_CHROMIUM: setting(text(), { group: 'tools', default: '`CHROMIUM_PATH`, else `/usr/bin/chromium`', about: 'the Chromium binary for tests, PDFs and Lighthouse' }),
  CHROMIUM_PATH: setting(text(), { group: 'tools', default: '—', about: 'the Chromium binary, when `WEGWIJS_CHROMIUM` is not set' }),
  WEGWIJS_NGINX: setting(text(), { group: 'tools', about: 'the nginx binary the browser tests and Lighthouse run `deploy/nginx` with' }, '/usr/sbin/nginx'),
  WEGWIJS_SOFFICE: setting(text(), { group: 'tools', default: '`soffice` or `libreoffice` on the path', about: 'LibreOffice, for the copy test in a real word processor' }),
  WEGWIJS_TIMINGS: setting(flag(), { group: 'tools', about: 'measure peak memory per build stage and print the stage figures as a `WEGWIJS_TIMINGS` line (`npm run bench` sets it)' }, '0'),
  // Internal: set by one program for another; documented, not for setting by hand.
  WEGWIJS_LINK_MODE: setting(z.enum(['side-by-side', 'split'], { error: 'moet side-by-side of split zijn' }), {
    group: 'internal', output: true,
    about: '*internal*, set by `npm run build` for `astro build`: `split` serves each edition from the base path itself; `side-by-side` (`astro dev`) puts them under `<base>intern/` and `<base>publiek/`',
  }, 'side-by-side'),
  WEGWIJS_ASTRO_OUT: setting(text(), { group: 'internal', default: '`<WEGWIJS_STAGING>/astro`', about: "*internal*, set by `npm run build` for `astro build`: Astro's output folder" }),
  WEGWIJS_CACHE_DIR: setting(text(), { group: 'internal', default: '`<WEGWIJS_STAGING>/cache`', about: "*internal*, set by `npm run build` for `astro build`: Astro's cache folder (incremental rendering, the content layer store)" }),
  WEGWIJS_BODY_FACTS: setting(text(), { group: 'internal', default: 'none', about: '*internal*, set by `npm run build` for `astro build`: the body facts of the previous build (unchanged bodies are not parsed again)' }),
  WEGWIJS_CMS_PROXY: setting(httpUrl('http://localhost:8081/api/v1'), { group: 'internal', about: "*internal*, set by `npm run beheer` for `astro dev`: decap-server's API" }, 'http://localhost:8081/api/v1'),
  WEGWIJS_STARLIGHT_OUT: setting(text(), { group: 'internal', default: '`bench/starlight/dist`', about: "*internal*, set by `npm run bench` for the Starlight peer (read by `bench/starlight/astro.config.mjs`): its output folder" }),
  WEGWIJS_STARLIGHT_CACHE: setting(text(), { group: 'internal', default: '`bench/starlight/node_modules/.astro`', about: "*internal*, set by `npm run bench` for the Starlight peer (read by `bench/starlight/astro.config.mjs`): its cache folder" }),
  WEGWIJS_STARLIGHT_PROCESSOR: setting(z.enum(['unified'], { error: 'moet unified zijn (of leeg, voor Astro\'s eigen Markdown)' }), {
    group: 'internal', default: "Astro's default",
    about: "*internal*, for the Starlight peer (read by `bench/starlight/astro.config.mjs`): `unified` renders its Markdown with unified, as Wegwijs does",
  }),
  // Tests.
  WEGWIJS_SKIP_EXAMPLE_BUILD: setting(flag(), { group: 'tests', about: 'skip the example build of the test setup, for tests that do not need it' }, '0'),
  WEGWIJS_FUZZ_ROUNDS: setting(integer(1, 1_000_000), { group: 'tests', about: 'rounds of the checker fuzz test' }, '300'),
  WEGWIJS_FUZZ_SEED: setting(integer(0, 2 ** 32 - 1), { group: 'tests', about: 'seed of the fuzz test' }, '20200526'),
  WEGWIJS_FUZZ_BUILDS: setting(integer(0, 1000), { group: 'tests', default: '`2` (`0` with `WEGWIJS_SKIP_EXAMPLE_BUILD`)', about: 'accepted fuzz corpora that are also built' }),
  WEGWIJS_SCREENSHOTS: setting(flag(), { group: 'tests', about: 'the CMS browser test writes the README screenshots into `docs/beheer/`' }, '0'),
  UPDATE_FIXTURES: setting(flag(), { group: 'tests', about: 'rewrite the expected output of the Markdown and copy fixtures instead of comparing with it' }, '0'),
  CI: setting(flag(), { group: 'tests', about: 'a missing Chromium, nginx, LibreOffice or Java fails the tests instead of skipping them with a warning (`.ci/run` sets it)' }, '0'),
} as const;

export type SettingName = keyof typeof SETTINGS;
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

const envSchema = z.object(Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTINGS[name].schema])) as { [N in SettingName]: (typeof SETTINGS)[N]['schema'] });

/** The settings as the program uses them. */
const configSchema = envSchema.transform((env) => {
  const staging = env.WEGWIJS_STAGING;
  return {
    /** The reference date ("peildatum") when set; unset means today, asked anew each time: use referenceDate(). */
    peildatum: env.WEGWIJS_PEILDATUM,
    weken: env.WEGWIJS_WEKEN,
    /** The public edition's address (absolute URLs: sitemap, canonical links, structured data). */
    site: env.WEGWIJS_SITE,
    /** Starts and ends with `/`. */
    base: env.WEGWIJS_BASE,
    linkMode: env.WEGWIJS_LINK_MODE,
    contentDir: env.WEGWIJS_CONTENT,
    dist: env.WEGWIJS_DIST,
    staging,
    renderWorkers: env.WEGWIJS_RENDER_WORKERS,
    /** Undefined: automatic (renderHeapMb in src/pipeline/render.ts); 0: Node's own limit. */
    renderHeapMb: env.WEGWIJS_RENDER_HEAP_MB,
    astroOut: env.WEGWIJS_ASTRO_OUT ?? path.join(staging, 'astro'),
    cacheDir: env.WEGWIJS_CACHE_DIR ?? path.join(staging, 'cache'),
    bodyFacts: env.WEGWIJS_BODY_FACTS,
    timings: env.WEGWIJS_TIMINGS,
    chromium: env.WEGWIJS_CHROMIUM ?? env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    nginx: env.WEGWIJS_NGINX,
    soffice: env.WEGWIJS_SOFFICE,
    cms: {
      /** Undefined: the placeholder backend (DEFAULT_BACKEND in src/cms/config.ts). */
      backend: env.WEGWIJS_CMS_BACKEND,
      repo: env.WEGWIJS_CMS_REPO,
      proxy: env.WEGWIJS_CMS_PROXY,
      proxyPort: env.WEGWIJS_CMS_PROXY_PORT,
    },
    starlight: { out: env.WEGWIJS_STARLIGHT_OUT, cache: env.WEGWIJS_STARLIGHT_CACHE, processor: env.WEGWIJS_STARLIGHT_PROCESSOR },
    tests: {
      skipExampleBuild: env.WEGWIJS_SKIP_EXAMPLE_BUILD,
      fuzzRounds: env.WEGWIJS_FUZZ_ROUNDS,
      fuzzSeed: env.WEGWIJS_FUZZ_SEED,
      fuzzBuilds: env.WEGWIJS_FUZZ_BUILDS ?? (env.WEGWIJS_SKIP_EXAMPLE_BUILD ? 0 : 2),
      screenshots: env.WEGWIJS_SCREENSHOTS,
      updateFixtures: env.UPDATE_FIXTURES,
      ci: env.CI,
    },
    /** The raw values of the settings the build's output depends on (SettingDoc.output), for the build digest. */
    output: Object.fromEntries(SETTING_NAMES.filter((name) => (SETTINGS[name].doc as SettingDoc).output).map((name) => [name, JSON.stringify(env[name]) ?? ''])),
  };
});

export type Config = Readonly<z.output<typeof configSchema>>;
export type LinkMode = Config['linkMode'];

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────

/** One or more settings with a bad value; `message` names each, in Dutch. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Ongeldige instelling${problems.length > 1 ? 'en' : ''}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

function formatIssue(issue: z.core.$ZodIssue, env: Env): string {
  const name = String(issue.path[0] ?? '');
  return `${name} ${issue.message}, niet '${env[name]?.trim() ?? ''}'`;
}

/** Unknown `WEGWIJS_*` variables in `env`, each with the nearest known name when there is one. */
export function unknownSettings(env: Env): string[] {
  const known = new Set<string>(SETTING_NAMES);
  return Object.keys(env)
    .filter((name) => name.startsWith('WEGWIJS_') && !known.has(name))
    .sort()
    .map((name) => {
      const near = suggest(name, SETTING_NAMES.filter((n) => n.startsWith('WEGWIJS_')));
      return `Onbekende instelling ${name} wordt genegeerd${near ? `; bedoelde je ${near}?` : ' (zie de tabel Settings in README.md)'}`;
    });
}

/**
 * The settings in `env`, validated, deeply frozen, and the warnings about it (unknown `WEGWIJS_*`
 * variables). Throws a ConfigError naming every bad value.
 */
export function parseConfig(env: Env): { config: Config; warnings: string[] } {
  const result = configSchema.safeParse(env);
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => formatIssue(issue, env)));
  return { config: deepFreeze(result.data), warnings: unknownSettings(env) };
}

/** parseConfig, with its warnings written to stderr. */
export function loadConfig(env: Env, warn: (line: string) => void = (line) => console.warn(`Let op: ${line}`)): Config {
  const { config, warnings } = parseConfig(env);
  for (const line of warnings) warn(line);
  return config;
}

let processConfig: Config | undefined;

/** This process's settings, read from its environment on first use. Throws a ConfigError on a bad value. */
export function config(): Config {
  return (processConfig ??= loadConfig(process.env));
}

/** config() for the scripts (npm run …): a bad value prints the Dutch message, no stack, and exits 1. */
export function scriptConfig(): Config {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The environment for a child process: this process's, plus `overrides` (settings the child
 * should see, e.g. the staging folders for `astro build`), minus the variables `omit` names.
 */
export function childEnv(overrides: Env = {}, omit: (name: string) => boolean = () => false): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !omit(name)));
  return { ...inherited, ...overrides };
}

// ─── Shorthands ─────────────────────────────────────────────────────────────────────────────────
// For the call sites that read one setting (many pages and endpoints): each reads the one config.

/**
 * The reference date ("peildatum"): what counts as today for "coming weeks", the current phase
 * of a route map and `publicerenVanaf`. WEGWIJS_PEILDATUM, or today in the Netherlands (asked
 * anew: a dev server runs past midnight).
 */
export function referenceDate(settings: Config = config()): string {
  return settings.peildatum ?? today();
}

/** How many weeks "komende weken" looks ahead (WEGWIJS_WEKEN). */
export function lookaheadWeeks(settings: Config = config()): number {
  return settings.weken;
}

/** The folder with content collections (WEGWIJS_CONTENT); tests and the benchmark point it elsewhere. */
export function contentDir(settings: Config = config()): string {
  return settings.contentDir;
}

/**
 * The path under which each built edition is served: `/` (default) for the root of its host,
 * or a sub-path such as `/wegwijs/` for https://www.example.nl/wegwijs/ (WEGWIJS_BASE). Always
 * starts and ends with `/`. Every link, asset, sitemap entry, canonical URL and the search
 * index's result URLs include it (href() in src/data/routes.ts; Astro's `base` for assets).
 */
export function basePath(settings: Config = config()): string {
  return settings.base;
}

/**
 * Where each edition lives under the base path (WEGWIJS_LINK_MODE):
 * - `side-by-side` (default): both editions under one root, at `<base>intern/` and
 *   `<base>publiek/`, as Astro renders them (`src/pages/[editie]/`). This is what `npm run dev`
 *   (`astro dev`) serves and what a plain `astro build` writes.
 * - `split`: each edition is served from the base path itself (`<base>`), one edition per host
 *   or sub-path. `npm run build` sets this, because it splits Astro's output into dist/intern
 *   and dist/publiek (src/pipeline/split.ts).
 */
export function linkMode(settings: Config = config()): LinkMode {
  return settings.linkMode;
}

/** The public edition's address, for absolute URLs (sitemap, canonical links, structured data). */
export function siteUrl(settings: Config = config()): string {
  return settings.site;
}

// ─── Documentation ──────────────────────────────────────────────────────────────────────────────

const GROUP_ORDER: readonly SettingGroup[] = ['site', 'tools', 'internal', 'tests'];

/** The README's settings table (Markdown), from SETTINGS. */
export function settingsTable(): string {
  const rows = GROUP_ORDER.flatMap((group) =>
    SETTING_NAMES.filter((name) => SETTINGS[name].doc.group === group).map((name) => {
      const doc = SETTINGS[name].doc;
      return `| \`${name}\` | ${doc.default} | ${doc.about} |`;
    }),
  );
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
