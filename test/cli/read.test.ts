import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '../../cli/csv';
import { readXlsx } from '../../cli/xlsx';
import { zip } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet with these cells, written as Excel writes its parts. */
function workbook(sheetData: string, sharedStrings: string[]): Uint8Array {
  const type = (part: string, kind: string) =>
    `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`;
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${type('workbook.xml', 'sheet.main')}${type('worksheets/sheet1.xml', 'worksheet')}${type('styles.xml', 'styles')}${type('sharedStrings.xml', 'sharedStrings')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="Aftale" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${DOC}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((si) => `<si>${si}</si>`).join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
  });
}

describe('reading an .xlsx workbook', () => {
  it('gives each kind of cell the value a spreadsheet shows', async () => {
    const bytes = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline</t></is></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1"><v>0.75</v></c></row>',
      ['<t>KPI</t>', '<r><t>Rich</t></r><r><rPr><b/></rPr><t xml:space="preserve"> text</t></r>'],
    );
    expect(await readXlsx(bytes)).toEqual([{ name: 'Aftale', grid: [['KPI', 'Rich text', 'Inline', true, '#N/A', 0.75]] }]);
  });

  it('gives a formula cell the result stored in the file, whatever its type', async () => {
    const bytes = workbook(
      '<row r="2"><c r="A2"><f>2*3</f><v>6</v></c><c r="B2" t="str"><f>"Gr"&amp;"een"</f><v>Green</v></c><c r="C2" t="b"><f>TRUE()</f><v>1</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" s="2"><f>DATE(2027,12,31)</f><v>46752</v></c><c r="F2"><f>NOW()</f></c><c r="G2"><v>1</v></c></row>',
      [],
    );
    expect((await readXlsx(bytes))[0].grid).toEqual([[], [6, 'Green', true, '#DIV/0!', new Date(Date.UTC(2027, 11, 31)), '', 1]]);
  });

  it('reads a number in a built-in or custom date format as the date, and leaves gaps blank', async () => {
    const bytes = workbook('<row r="1"><c r="A1" s="1"><v>46752</v></c><c r="C1" s="2"><v>46753.5</v></c></row>', []);
    expect((await readXlsx(bytes))[0].grid).toEqual([[new Date(Date.UTC(2027, 11, 31)), '', new Date(Date.UTC(2028, 0, 1, 12))]]);
  });
});

describe('reading a .csv export', () => {
  it('takes the separator of the first line: semicolons where the comma is the decimal mark', () => {
    expect(detectSeparator('KPI;Mål;Indflydelse\nMøder;0,8;"a,b,c"')).toBe(';');
    expect(detectSeparator('KPI,Target,"Note; with semicolons; inside"\n')).toBe(',');
  });

  it('reads quoted fields with separators, doubled quotes and line breaks, after a byte order mark', () => {
    expect(parseCsv('\ufeffKPI;Note\r\n"Møder; pr. uge";"Sagt ""ja""\npå to linjer"\r\n;\r\n')).toEqual([
      ['KPI', 'Note'],
      ['Møder; pr. uge', 'Sagt "ja"\npå to linjer'],
      ['', ''],
    ]);
  });

  it('keeps a last line without a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});
