/**
 * pdfmake in Node, the one PDF engine of the app and the command line (no browser). The fonts
 * come from pdfmake's own virtual file system (Roboto, Apache License 2.0: free to ship), which
 * holds every Dutch character (ë, ï, é, €). They ship inside the pdfmake package (a runtime
 * dependency, kept in node_modules by the main build) and are loaded into pdfmake's virtual file
 * system, so no font path on disk matters. Nothing else is read: URL and local file access are
 * refused, since a report is built from the store only.
 */
import pdfmake from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const FONT_FILES = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'] as const;

/** pdfmake's Node build has a virtual file system its type declarations do not name. */
interface PdfmakeNode {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
}

let ready = false;

function setUp(): void {
  if (ready) return;
  const fs = (pdfmake as unknown as PdfmakeNode).virtualfs;
  for (const name of FONT_FILES) {
    const base64 = (vfs as Record<string, string | undefined>)[name];
    if (base64 === undefined) throw new Error(`pdfmake font ${name} missing from vfs_fonts`);
    fs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  pdfmake.setFonts({
    Roboto: { normal: FONT_FILES[0], bold: FONT_FILES[1], italics: FONT_FILES[2], bolditalics: FONT_FILES[3] },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** The finished PDF as bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  const bytes = await pdfmake.createPdf(doc).getBuffer();
  return Buffer.from(bytes);
}
