import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * What a reader holds after printing the current page to A4 (Chromium's print engine, the print stylesheet): the
 * text of each printed page, read back from the PDF itself with pdf.js. Items of one line are joined by a space and
 * runs of white space collapse, so a phrase the page wraps across two lines still matches as written.
 */
export async function printedText(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4' });
  return pdfText(new Uint8Array(pdf));
}

/** The text of each page of a PDF (pdf.js's Node build: no worker, no font loading). */
export async function pdfText(data: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
