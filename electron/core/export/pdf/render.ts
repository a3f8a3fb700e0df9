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

/**
 * The four Roboto files of pdfmake's vfs_fonts, stored in pdfmake's virtual file system under the
 * font's own PostScript name (without ".ttf"). Why: an SVG chart's <text> asks svg-to-pdfkit for a
 * font, which asks pdfmake, which answers with this file name; pdfkit then calls doc.font(name).
 * pdfkit keeps every font it embedded under its PostScript name, so "Roboto-Regular" is the font
 * pdfmake already loaded for the body text, whereas "Roboto-Regular.ttf" would be looked for on
 * disk, fail (a "failed to open font" warning on stderr per label), and set the chart's labels in
 * whichever font pdfkit happened to hold last (the bold of a table's total row).
 */
const FONT_FILES = {
  normal: ['Roboto-Regular.ttf', 'Roboto-Regular'],
  bold: ['Roboto-Medium.ttf', 'Roboto-Medium'],
  italics: ['Roboto-Italic.ttf', 'Roboto-Italic'],
  bolditalics: ['Roboto-MediumItalic.ttf', 'Roboto-MediumItalic'],
} as const;

/** pdfmake's Node build has a virtual file system its type declarations do not name. */
interface PdfmakeNode {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
}

let ready = false;

function setUp(): void {
  if (ready) return;
  const fs = (pdfmake as unknown as PdfmakeNode).virtualfs;
  for (const [file, name] of Object.values(FONT_FILES)) {
    const base64 = (vfs as Record<string, string | undefined>)[file];
    if (base64 === undefined) throw new Error(`pdfmake font ${file} missing from vfs_fonts`);
    fs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  pdfmake.setFonts({
    Roboto: { normal: FONT_FILES.normal[1], bold: FONT_FILES.bold[1], italics: FONT_FILES.italics[1], bolditalics: FONT_FILES.bolditalics[1] },
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
