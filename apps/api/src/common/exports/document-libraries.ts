import type PDFKitDocument from 'pdfkit';
import type * as ExcelJS from 'exceljs';

/*
 * The libraries that write PDF and Excel files are loaded at the first export, not at start-up:
 * together ~31 MB of the API process's memory that most processes never need (issue 19 point 4,
 * docs/benchmarks.md "Memory"). `require` (not `import()`): the API is CommonJS, and the tests
 * load it without an ES module loader.
 */
let pdfkit: typeof PDFKitDocument | undefined;
let exceljs: typeof ExcelJS | undefined;

/** pdfkit's document class. */
export function pdfDocumentClass(): typeof PDFKitDocument {
  return (pdfkit ??= require('pdfkit') as typeof PDFKitDocument);
}

/** exceljs. */
export function excelJs(): typeof ExcelJS {
  return (exceljs ??= require('exceljs') as typeof ExcelJS);
}
