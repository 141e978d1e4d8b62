/**
 * What kind of file an import was handed, decided from its bytes, not its name: a Word
 * document (.docx, an OOXML zip), an HTML page or an XML document of officielebekendmakingen.nl.
 * Anything that is not what it claims is refused before it is parsed: a renamed PDF, a zip bomb
 * (the zip's central directory is read with yauzl and the uncompressed sizes are added up
 * before anything is inflated), a document over the size limit, a macro-enabled .docm or any
 * zip that carries a vbaProject.bin.
 */
import path from 'node:path';
import yauzl from 'yauzl';

export type FileFormat = 'docx' | 'html' | 'xml';

/** Refused input: the message is Dutch and meant for the author. Nothing has been written. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

export interface Limits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total uncompressed size of a .docx's parts, in bytes. */
  maxUncompressedBytes: number;
  /** Largest compression ratio of one part (uncompressed / compressed) above 1 MB. */
  maxRatio: number;
  /** Most parts in one .docx. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 2000,
};

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** Decides the format of `bytes` (named `name`) or throws ImportRefused. */
export async function detectFormat(bytes: Uint8Array, name: string, limits: Limits = DEFAULT_LIMITS): Promise<FileFormat> {
  const file = path.basename(name);
  const extension = path.extname(name).toLowerCase();
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ImportRefused(`${file}: het bestand is ${MB(bytes.byteLength)}; de grens is ${MB(limits.maxFileBytes)}. Splits het document of importeer alleen het deel dat je nodig hebt.`);
  }
  if (bytes.byteLength === 0) throw new ImportRefused(`${file}: het bestand is leeg.`);
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF')) {
    throw new ImportRefused(`${file}: dit is een PDF, geen ${extension === '.docx' ? 'Word-document' : 'HTML- of XML-bestand'} (de naam eindigt op ${extension || 'niets'}, de inhoud begint met "%PDF"). Importeer het Word-bestand (.docx) of de HTML/XML van officielebekendmakingen.nl.`);
  }
  if (head.startsWith('\xD0\xCF\x11\xE0')) {
    throw new ImportRefused(`${file}: dit is een oud Word-bestand (.doc) of een ander OLE-bestand. Sla het in Word op als .docx en importeer dat.`);
  }
  if (extension === '.docm' || extension === '.dotm') {
    throw new ImportRefused(`${file}: een Word-document met macro's (${extension}) wordt niet geïmporteerd. Sla het op als .docx (zonder macro's) en importeer dat.`);
  }
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) {
    if (extension !== '.docx') {
      throw new ImportRefused(`${file}: de inhoud is een zip-bestand (zoals een .docx), maar de naam eindigt op ${extension || 'niets'}. Geef een .docx-bestand met de juiste naam.`);
    }
    await inspectDocx(bytes, file, limits);
    return 'docx';
  }
  if (extension === '.docx') {
    throw new ImportRefused(`${file}: de naam eindigt op .docx, maar het is geen Word-document (geen zip-bestand). Is het bestand hernoemd?`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (text.includes('\u0000')) throw new ImportRefused(`${file}: dit is een binair bestand, geen HTML of XML.`);
  const looksHtml = /^(?:<!doctype html|<html[\s>])/i.test(text) || (/^<(?:!--|\?xml)/.test(text) && /<html[\s>]/i.test(text));
  if ((extension === '.html' || extension === '.htm') && looksHtml) return 'html';
  if (extension === '.xml' && text.startsWith('<') && !looksHtml) {
    // Entity declarations are how an XML "billion laughs" bomb expands; a Kamerstuk declares none.
    if (/<!ENTITY/i.test(new TextDecoder('utf-8', { fatal: false }).decode(bytes))) {
      throw new ImportRefused(`${file}: het XML-bestand declareert eigen entiteiten (<!ENTITY …>); zulke bestanden worden niet gelezen. Gebruik de XML zoals officielebekendmakingen.nl hem levert.`);
    }
    return 'xml';
  }
  if (extension === '.html' || extension === '.htm' || extension === '.xml') {
    throw new ImportRefused(`${file}: de naam eindigt op ${extension}, maar de inhoud is geen ${extension === '.xml' ? 'XML' : 'HTML'}.`);
  }
  throw new ImportRefused(`${file}: onbekend soort bestand (${extension || 'geen extensie'}). Importeren kan uit .docx, en uit .html of .xml van officielebekendmakingen.nl.`);
}

/** Reads the zip's central directory (no inflating) and refuses bombs and macros. */
async function inspectDocx(bytes: Uint8Array, file: string, limits: Limits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, validateEntrySizes: true }, (error, z) => (error || !z ? reject(error) : resolve(z))),
    );
  } catch (error) {
    throw new ImportRefused(`${file}: geen leesbaar Word-document (de zip is beschadigd: ${error instanceof Error ? error.message : String(error)}).`);
  }
  const names: string[] = [];
  const entries: yauzl.Entry[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        names.push(entry.fileName);
        total += entry.uncompressedSize;
        if (names.length > limits.maxEntries) return reject(new ImportRefused(`${file}: het document heeft meer dan ${limits.maxEntries} onderdelen; dat is geen gewoon Word-document.`));
        if (total > limits.maxUncompressedBytes) {
          return reject(new ImportRefused(`${file}: uitgepakt zou het document meer dan ${MB(limits.maxUncompressedBytes)} zijn (een "zip-bom"); het wordt niet geopend.`));
        }
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
          return reject(
            new ImportRefused(`${file}: onderdeel ${entry.fileName} pakt uit van ${MB(entry.compressedSize)} naar ${MB(entry.uncompressedSize)} (meer dan ${limits.maxRatio} keer): een "zip-bom"; het document wordt niet geopend.`),
          );
        }
        zip.readEntry();
      });
      zip.readEntry();
    });
    // The sizes in the directory can lie: inflate every part once as a stream and stop as soon as
    // one gives more bytes than it declared (yauzl's validateEntrySizes), before mammoth reads it.
    for (const entry of entries) {
      await new Promise<void>((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error('geen stroom'));
          stream.on('error', (e) => reject(new ImportRefused(`${file}: onderdeel ${entry.fileName} pakt uit tot meer dan het zegt te zijn (${MB(entry.uncompressedSize)}): een "zip-bom" of een beschadigd document (${e.message}); het wordt niet geopend.`)));
          stream.on('end', () => resolve());
          stream.resume();
        });
      });
    }
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused(`${file}: geen leesbaar Word-document (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    zip.close();
  }
  if (names.some((name) => /(?:^|\/)vbaProject\.bin$/i.test(name) || /(?:^|\/)vbaData\.xml$/i.test(name))) {
    throw new ImportRefused(`${file}: het document bevat macro's (vbaProject.bin), ook al heet het .docx. Sla het in Word op als .docx zonder macro's en importeer dat.`);
  }
  if (!names.includes('word/document.xml')) {
    throw new ImportRefused(`${file}: dit zip-bestand is geen Word-document (word/document.xml ontbreekt).`);
  }
}
