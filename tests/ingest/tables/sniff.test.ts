import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffDocument } from '../../../src/ingest/tables/sniff.ts'
import { fixture } from './xls-fixture-expectations.ts'
import { compoundFile, makeXlsx, zipFiles } from './xls-test-files.ts'

const text = (s: string): Uint8Array => new TextEncoder().encode(s)
const docxTypes = (main: string): string =>
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`

describe('sniffDocument: Office files by their content', () => {
  it.each([
    ['an .xlsx made by LibreOffice', fixture('budget.xlsx'), 'xlsx'],
    ['an .xls made by LibreOffice', fixture('workbook.xls'), 'xls'],
    ['a crafted .xlsx', makeXlsx({ sheets: [{ name: 'S', body: '<sheetData/>' }] }), 'xlsx'],
    ['an .xlsx cut before its central directory', makeXlsx({ sheets: [{ name: 'S', body: '<sheetData/>' }] }).subarray(0, 1500), 'xlsx'],
    ['an .xlsm (a VBA project)', makeXlsx({ sheets: [{ name: 'S', body: '' }], files: { 'xl/vbaProject.bin': new Uint8Array(8) } }), 'macro-enabled'],
    [
      'an .xlsx whose content types declare macros',
      makeXlsx({
        sheets: [{ name: 'S', body: '' }],
        contentTypes:
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
      }),
      'macro-enabled',
    ],
    ['a .docx', zipFiles({ '[Content_Types].xml': docxTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'), 'word/document.xml': '<w:document/>' }), 'docx'],
    ['a .docm', zipFiles({ '[Content_Types].xml': docxTypes('application/vnd.ms-word.document.macroEnabled.main+xml'), 'word/document.xml': '<w:document/>' }), 'macro-enabled'],
    ['a .docx with a VBA project', zipFiles({ 'word/document.xml': '<w:document/>', 'word/vbaProject.bin': new Uint8Array(8) }), 'macro-enabled'],
    ['another zip', zipFiles({ 'readme.txt': 'hello', 'data/a.csv': '1,2' }), 'zip'],
    ['an encrypted .xlsx or .docx', compoundFile({ EncryptionInfo: new Uint8Array(200), EncryptedPackage: new Uint8Array(5000) }), 'encrypted-office'],
    ['an .xls', compoundFile({ Workbook: new Uint8Array(100) }), 'xls'],
    ['an Excel 5 .xls', compoundFile({ Book: new Uint8Array(100) }), 'xls'],
    ['an .xls with VBA', compoundFile({ Workbook: new Uint8Array(100), '_VBA_PROJECT_CUR/VBA/dir': new Uint8Array(8) }), 'macro-enabled'],
    ['a .doc', compoundFile({ WordDocument: new Uint8Array(100), '1Table': new Uint8Array(100) }), 'doc'],
    ['a .doc with macros', compoundFile({ WordDocument: new Uint8Array(100), 'Macros/VBA/dir': new Uint8Array(8) }), 'macro-enabled'],
    ['another compound file', compoundFile({ Contents: new Uint8Array(100) }), 'binary'],
  ])('%s → %s', (_, bytes, kind) => {
    expect(sniffDocument(bytes)).toBe(kind)
  })
})

describe('sniffDocument: PDF, HTML, text, binary', () => {
  it.each([
    ['%PDF-1.7\n%âãÏÓ\n1 0 obj', 'pdf'],
    [`${' '.repeat(600)}%PDF-1.4\n`, 'pdf'],
    [`${'x'.repeat(1100)}%PDF-1.4\n`, 'text'],
    ['<!DOCTYPE html><html><body></body></html>', 'html'],
    ['\uFEFF  \r\n<html xmlns:o="urn:schemas-microsoft-com:office:office">', 'html'],
    ['<TABLE border=1><TR><TD>项目</TD></TR></TABLE>', 'html'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><table>', 'html'],
    ['<head><title>x</title></head>', 'html'],
    ['<?xml version="1.0"?>\n<!-- saved from url -->\n<html>', 'html'],
    ['<header>not a page start</header>', 'text'],
    ['<tablet>', 'text'],
    ['<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', 'text'],
    ['项目名称,预算\n城市道路,100\n', 'text'],
    ['', 'text'],
  ])('%j → %s', (content, kind) => {
    expect(sniffDocument(text(content))).toBe(kind)
  })

  it.each([
    ['GB18030 text', new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/shanghai-2018.gb18030.txt'))), 'text'],
    ['an HTML table in GBK', new Uint8Array([...text('<html><body><table><tr><td>'), 0xd6, 0xd0, 0xce, 0xc4, ...text('</td></tr></table>')]), 'html'],
    ['an HTML page in UTF-16 with a byte order mark', new Uint8Array([0xff, 0xfe, ...[...'<html><body>'].flatMap((c) => [c.charCodeAt(0), 0])]), 'html'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['bytes with a NUL', new Uint8Array([0x41, 0x42, 0x00, 0x43]), 'binary'],
    ['bytes that are neither UTF-8 nor GB18030', new Uint8Array([0x41, 0xff, 0xfe, 0x41]), 'binary'],
  ])('%s → %s', (_, bytes, kind) => {
    expect(sniffDocument(bytes)).toBe(kind)
  })
})
