/**
 * The one configuration (src/config.ts): every setting's default, a Dutch message naming the
 * variable for every bad value, a warning with a suggestion for an unknown WEGWIJS_ variable, no
 * `process.env` anywhere else in src/, and the README's table equal to the schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, childEnv, config, ConfigError, linkMode, loadConfig, parseConfig, referenceDate, SETTING_NAMES, settingsTable, type SettingName } from '../../src/config.ts';
import { today } from '../../src/domain/dates.ts';
import { readmeTable } from '../../tools/settings-table.ts';
import { runScript } from '../helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('defaults', () => {
  it('gives every setting its default in an empty environment', () => {
    expect(loadConfig({})).toEqual({
      peildatum: undefined,
      weken: 6,
      site: 'https://wegwijs.example.nl',
      base: '/',
      linkMode: 'side-by-side',
      contentDir: 'content',
      dist: 'dist',
      staging: '.wegwijs-build',
      renderWorkers: 0,
      astroOut: path.join('.wegwijs-build', 'astro'),
      cacheDir: path.join('.wegwijs-build', 'cache'),
      bodyFacts: undefined,
      timings: false,
      chromium: '/usr/bin/chromium',
      nginx: '/usr/sbin/nginx',
      soffice: undefined,
      cms: { backend: undefined, repo: '.', proxy: 'http://localhost:8081/api/v1', proxyPort: 8081 },
      starlight: { out: undefined, cache: undefined, processor: undefined },
      tests: { skipExampleBuild: false, fuzzRounds: 300, fuzzSeed: 20200526, fuzzBuilds: 2, screenshots: false, updateFixtures: false, ci: false },
      output: expect.any(Object),
    });
  });

  it('takes today in the Netherlands as the reference date when WEGWIJS_PEILDATUM is not set', () => {
    expect(referenceDate(loadConfig({}))).toBe(today());
    expect(referenceDate(loadConfig({ WEGWIJS_PEILDATUM: '2020-05-26' }))).toBe('2020-05-26');
  });

  it('derives the defaults that depend on another setting', () => {
    const settings = loadConfig({ WEGWIJS_STAGING: '/tmp/werk', CHROMIUM_PATH: '/opt/chromium', WEGWIJS_SKIP_EXAMPLE_BUILD: '1' });
    expect(settings.astroOut).toBe('/tmp/werk/astro');
    expect(settings.cacheDir).toBe('/tmp/werk/cache');
    expect(settings.chromium).toBe('/opt/chromium');
    expect(settings.tests.fuzzBuilds).toBe(0);
    expect(loadConfig({ WEGWIJS_CHROMIUM: '/usr/lib/chromium/chromium', CHROMIUM_PATH: '/opt/chromium' }).chromium).toBe('/usr/lib/chromium/chromium');
    expect(loadConfig({ WEGWIJS_ASTRO_OUT: '/tmp/a', WEGWIJS_STAGING: '/tmp/werk' }).astroOut).toBe('/tmp/a');
  });

  it('reads set values, trimmed, and counts a blank variable as unset', () => {
    const settings = loadConfig({ WEGWIJS_WEKEN: ' 8 ', WEGWIJS_BASE: '', WEGWIJS_CONTENT: '  ', WEGWIJS_TIMINGS: 'true', CI: 'true', WEGWIJS_CMS_PROXY_PORT: '8082' });
    expect(settings.weken).toBe(8);
    expect(settings.base).toBe('/');
    expect(settings.contentDir).toBe('content');
    expect(settings.timings).toBe(true);
    expect(settings.tests.ci).toBe(true);
    expect(settings.cms.proxyPort).toBe(8082);
    expect(loadConfig({ WEGWIJS_CMS_BACKEND: '{"name":"gitlab","repo":"vws/wegwijs"}' }).cms.backend).toEqual({ name: 'gitlab', repo: 'vws/wegwijs' });
  });

  it('normalises WEGWIJS_BASE to /…/', () => {
    expect(basePath(loadConfig({ WEGWIJS_BASE: 'wegwijs' }))).toBe('/wegwijs/');
    expect(basePath(loadConfig({ WEGWIJS_BASE: '/vws/wegwijs' }))).toBe('/vws/wegwijs/');
    expect(linkMode(loadConfig({ WEGWIJS_LINK_MODE: 'split' }))).toBe('split');
  });
});

/** A bad value for every validated setting, and the message that names it. */
const BAD: Partial<Record<SettingName, [value: string, message: string]>> = {
  WEGWIJS_PEILDATUM: ['26-05-2020', "WEGWIJS_PEILDATUM moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2020-05-26, niet '26-05-2020'"],
  WEGWIJS_WEKEN: ['zes', "WEGWIJS_WEKEN moet een geheel getal zijn, niet 'zes'"],
  WEGWIJS_SITE: ['wegwijs.example.nl', "WEGWIJS_SITE moet een http- of https-adres zijn, zoals https://www.example.nl, niet 'wegwijs.example.nl'"],
  WEGWIJS_BASE: ['https://www.example.nl/wegwijs/', "WEGWIJS_BASE moet een pad zijn, zoals /wegwijs/ (geen adres, geen . of ..), niet 'https://www.example.nl/wegwijs/'"],
  WEGWIJS_CMS_BACKEND: ['gitlab', 'WEGWIJS_CMS_BACKEND moet een JSON-object met een "name" zijn, zoals {"name":"gitlab","repo":"vws/wegwijs"}, niet \'gitlab\''],
  WEGWIJS_RENDER_WORKERS: ['-1', "WEGWIJS_RENDER_WORKERS moet minstens 0 zijn, niet '-1'"],
  WEGWIJS_RENDER_HEAP_MB: ['8GB', "WEGWIJS_RENDER_HEAP_MB moet een geheel getal zijn, niet '8GB'"],
  WEGWIJS_CMS_PROXY_PORT: ['poort', "WEGWIJS_CMS_PROXY_PORT moet een geheel getal zijn, niet 'poort'"],
  WEGWIJS_TIMINGS: ['ja', "WEGWIJS_TIMINGS moet 1 (aan) of 0 (uit) zijn, niet 'ja'"],
  WEGWIJS_LINK_MODE: ['apart', "WEGWIJS_LINK_MODE moet side-by-side of split zijn, niet 'apart'"],
  WEGWIJS_CMS_PROXY: ['localhost:8081', "WEGWIJS_CMS_PROXY moet een http- of https-adres zijn, zoals http://localhost:8081/api/v1, niet 'localhost:8081'"],
  WEGWIJS_STARLIGHT_PROCESSOR: ['remark', "WEGWIJS_STARLIGHT_PROCESSOR moet unified zijn (of leeg, voor Astro's eigen Markdown), niet 'remark'"],
  WEGWIJS_SKIP_EXAMPLE_BUILD: ['ja', "WEGWIJS_SKIP_EXAMPLE_BUILD moet 1 (aan) of 0 (uit) zijn, niet 'ja'"],
  WEGWIJS_FUZZ_ROUNDS: ['veel', "WEGWIJS_FUZZ_ROUNDS moet een geheel getal zijn, niet 'veel'"],
  WEGWIJS_FUZZ_SEED: ['1.5', "WEGWIJS_FUZZ_SEED moet een geheel getal zijn, niet '1.5'"],
  WEGWIJS_FUZZ_BUILDS: ['-1', "WEGWIJS_FUZZ_BUILDS moet minstens 0 zijn, niet '-1'"],
  WEGWIJS_SCREENSHOTS: ['ja', "WEGWIJS_SCREENSHOTS moet 1 (aan) of 0 (uit) zijn, niet 'ja'"],
  UPDATE_FIXTURES: ['ja', "UPDATE_FIXTURES moet 1 (aan) of 0 (uit) zijn, niet 'ja'"],
  CI: ['ja', "CI moet 1 (aan) of 0 (uit) zijn, niet 'ja'"],
};
const VALIDATED = Object.keys(BAD) as SettingName[];
/** Paths and other free text: any value is accepted (a wrong path is reported where it is used). */
const FREE_TEXT = SETTING_NAMES.filter((name) => !VALIDATED.includes(name));

describe('bad values', () => {
  it.each(VALIDATED)('%s: a bad value stops with a Dutch message naming the variable', (name) => {
    const [value, message] = BAD[name]!;
    expect(() => loadConfig({ [name]: value })).toThrow(new ConfigError([message]));
  });

  it.each(FREE_TEXT)('%s: free text, no value is refused', (name) => {
    expect(() => loadConfig({ [name]: 'zes' })).not.toThrow();
  });

  it('checks the ranges of numbers and what a base path may not contain', () => {
    expect(() => loadConfig({ WEGWIJS_WEKEN: '0' })).toThrow("WEGWIJS_WEKEN moet minstens 1 zijn, niet '0'");
    expect(() => loadConfig({ WEGWIJS_WEKEN: '60' })).toThrow("WEGWIJS_WEKEN moet hoogstens 52 zijn, niet '60'");
    expect(() => loadConfig({ WEGWIJS_CMS_PROXY_PORT: '99999' })).toThrow("WEGWIJS_CMS_PROXY_PORT moet hoogstens 65535 zijn, niet '99999'");
    expect(() => loadConfig({ WEGWIJS_BASE: '/a/../b/' })).toThrow("WEGWIJS_BASE moet een pad zijn, zoals /wegwijs/ (geen adres, geen . of ..), niet '/a/../b/'");
    expect(() => loadConfig({ WEGWIJS_PEILDATUM: '2020-02-30' })).toThrow(/WEGWIJS_PEILDATUM moet een datum zijn/);
    expect(() => loadConfig({ WEGWIJS_CMS_BACKEND: '{"repo":"vws/wegwijs"}' })).toThrow(/WEGWIJS_CMS_BACKEND moet een JSON-object met een "name" zijn/);
  });

  it('names every bad value at once', () => {
    const error = (() => {
      try {
        loadConfig({ WEGWIJS_WEKEN: 'zes', WEGWIJS_LINK_MODE: 'apart' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(["WEGWIJS_WEKEN moet een geheel getal zijn, niet 'zes'", "WEGWIJS_LINK_MODE moet side-by-side of split zijn, niet 'apart'"]);
    expect((error as ConfigError).message).toBe("Ongeldige instellingen:\n  WEGWIJS_WEKEN moet een geheel getal zijn, niet 'zes'\n  WEGWIJS_LINK_MODE moet side-by-side of split zijn, niet 'apart'");
  });

  it('stops a script with the message and exit code 1, without a stack trace', () => {
    const result = runScript('check.ts', { WEGWIJS_WEKEN: 'zes' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("Ongeldige instelling:\n  WEGWIJS_WEKEN moet een geheel getal zijn, niet 'zes'");
  });
});

describe('unknown variables', () => {
  it('warns about an unknown WEGWIJS_ variable with the nearest known name', () => {
    const { warnings } = parseConfig({ WEGWIJS_WEEKEN: '3', WEGWIJS_PEILDATUN: '2020-05-26' });
    expect(warnings).toEqual([
      'Onbekende instelling WEGWIJS_PEILDATUN wordt genegeerd; bedoelde je WEGWIJS_PEILDATUM?',
      'Onbekende instelling WEGWIJS_WEEKEN wordt genegeerd; bedoelde je WEGWIJS_WEKEN?',
    ]);
  });

  it('warns without a suggestion when nothing is near, and leaves other variables alone', () => {
    const lines: string[] = [];
    const settings = loadConfig({ WEGWIJS_KLEURSCHEMA: 'donker', PATH: '/usr/bin', HOME: '/root' }, (line) => lines.push(line));
    expect(lines).toEqual(['Onbekende instelling WEGWIJS_KLEURSCHEMA wordt genegeerd (zie de tabel Settings in README.md)']);
    expect(settings.weken).toBe(6);
  });
});

describe('the config object', () => {
  it('is frozen, all the way down', () => {
    const settings = loadConfig({ WEGWIJS_CMS_BACKEND: '{"name":"gitlab"}' });
    expect(() => { (settings as { weken: number }).weken = 7; }).toThrow(TypeError);
    expect(() => { (settings.cms as { repo: string }).repo = '/tmp'; }).toThrow(TypeError);
    expect(() => { (settings.cms.backend as Record<string, unknown>)['name'] = 'github'; }).toThrow(TypeError);
  });

  it('is read once per process', () => {
    expect(config()).toBe(config());
  });

  it('names the settings the build output depends on, for the build digest', () => {
    const plain = loadConfig({}).output;
    expect(Object.keys(plain).sort()).toEqual(['WEGWIJS_BASE', 'WEGWIJS_CMS_BACKEND', 'WEGWIJS_CMS_REPO', 'WEGWIJS_LINK_MODE', 'WEGWIJS_PEILDATUM', 'WEGWIJS_SITE', 'WEGWIJS_WEKEN']);
    expect(loadConfig({ WEGWIJS_CMS_BACKEND: '{"name":"github","repo":"vws/wegwijs"}' }).output).not.toEqual(plain);
    expect(loadConfig({ WEGWIJS_DIST: '/tmp/elders' }).output).toEqual(plain);
  });

  it('hands child processes this environment plus the overrides, minus what is left out', () => {
    const env = childEnv({ WEGWIJS_LINK_MODE: 'split' }, (name) => name === 'PATH');
    expect(env.WEGWIJS_LINK_MODE).toBe('split');
    expect(env.PATH).toBeUndefined();
    expect(env.HOME).toBe(process.env.HOME);
  });
});

describe('one module reads the environment', () => {
  const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|js|mjs|astro)$/.test(file))
    .map((file) => ({ file: `src/${file.split(path.sep).join('/')}`, text: readFileSync(path.join(ROOT, 'src', file), 'utf8') }));

  it('reads the source it checks', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.find((s) => s.file === 'src/config.ts')?.text).toContain('process.env');
  });

  it('has no process.env in src/ outside src/config.ts', () => {
    const offenders = sources.filter((s) => s.file !== 'src/config.ts' && /process\s*\.\s*env\b|process\[['"]env['"]\]/.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it("uses import.meta.env only for Vite's DEV flag (a mode, not a setting)", () => {
    const offenders = sources.filter((s) => /import\.meta\.env(?!\??\.DEV\b)/.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });
});

describe('README', () => {
  const table = readmeTable();

  it('lists every setting of the schema, and only those', () => {
    const names = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(names.slice().sort()).toEqual(SETTING_NAMES.slice().sort());
  });

  it('has the table generated from the schema (node tools/settings-table.ts --write)', () => {
    expect(table).toBe(settingsTable());
  });
});
