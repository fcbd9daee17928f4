import { deflatedZip } from '../src/dossiers/drafts/import/zip.fixture';
import { buildOrganization, buildSignedInUser } from './factories';
import type { TestApp } from './test-app';

/** A NORMLEX-style country table, as its "Ratifications for …" page reads once copied into a spreadsheet. */
export const NORMLEX_TABLE: string[][] = [
  ['Ratifications for Testland'],
  ['Convention', 'Date', 'Status', 'Note'],
  ['Fundamental'],
  ['C029 - Forced Labour Convention, 1930 (No. 29)', '20 Jun 1957', 'In Force', ''],
  ['C087 - Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)', '02 Jun 1965', 'In Force', ''],
  ['C138 - Minimum Age Convention, 1973 (No. 138)', '06 Jun 2003', 'In Force', 'Minimum age specified: 15 years'],
  ['Governance (Priority)'],
  ['C144 - Tripartite Consultation (International Labour Standards) Convention, 1976 (No. 144)', '17 Jan 1991', 'In Force', ''],
  ['Technical'],
  ['C005 - Minimum Age (Industry) Convention, 1919 (No. 5)', '14 Jul 1921', 'Not in force', 'Automatic Denunciation on 06 Jun 2003 by convention C138'],
  ['C004 - Night Work (Women) Convention, 1919 (No. 4)', '14 Jul 1921', 'Not in force', 'Denounced on 26 Jul 1961'],
  ['C031 - Hours of Work (Coal Mines) Convention, 1931 (No. 31)', '28 Mar 1933', 'Not in force', 'Abrogated Convention - By decision of the ILC at its 106th Session (2017)'],
];

const quoted = (cell: string) => (/[",\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);
export const csvOf = (rows: ReadonlyArray<ReadonlyArray<string>>, separator = ','): Buffer => Buffer.from(rows.map((row) => row.map(quoted).join(separator)).join('\r\n'));

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const columnName = (index: number) => String.fromCharCode(65 + index);

/** An XLSX workbook of one sheet, as a spreadsheet writes it: shared strings, and numbers for date cells. */
export function xlsxOf(rows: ReadonlyArray<ReadonlyArray<string | number>>): Buffer {
  const strings: string[] = [];
  const sheetRows = rows.map((row, r) => {
    const cells = row.map((cell, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      if (typeof cell === 'number') return `<c r="${ref}" s="1"><v>${cell}</v></c>`;
      strings.push(cell);
      return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return deflatedZip([
    { name: '[Content_Types].xml', content: xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`) },
    { name: 'xl/workbook.xml', content: xml(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Ratifications" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', content: xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: 'xl/sharedStrings.xml', content: xml(`<sst xmlns="${main}" count="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`) },
    { name: 'xl/worksheets/sheet1.xml', content: xml(`<worksheet xmlns="${main}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`) },
  ]);
}

export async function uploadRegister(t: TestApp, token: string, countryCode: string, file: Buffer, preview: boolean, name = 'ratifications.csv') {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const response = await fetch(`${t.url}/api/countries/${countryCode}/ratifications/import${preview ? '?preview=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** An ILO facilitator (who keeps registers) and a workers' delegate (who reads them). */
export async function buildRegisterCast(t: TestApp) {
  const ilo = await buildOrganization(t.dataSource, { kind: 'ILO', countryCode: 'CH' });
  const union = await buildOrganization(t.dataSource, { kind: 'WORKERS' });
  return {
    facilitator: await buildSignedInUser(t, { organization: ilo }),
    delegate: await buildSignedInUser(t, { organization: union }),
  };
}

export const REGISTER = `query($code: ID!) { ratificationRegister(countryCode: $code) {
  country { code } canEdit
  entries { convention { code category } status ratifiedOn denouncedOn denouncedBy automaticDenunciation abrogation declarations note }
  summary { fundamental { bound of } governance { bound of } technical { bound of } conventionsRatified protocolsRatified inForce notInForce denounced abrogated }
  gap { code } } }`;

export const RECORD = `mutation($input: RecordRatificationInput!) { recordRatification(input: $input) { convention { code } status ratifiedOn denouncedOn declarations } }`;

/** A dossier the facilitator opens (and so manages) in a country, of a kind. */
export async function openDossier(t: TestApp, token: string, kind: 'RATIFICATION' | 'LAW_REFORM', countryCode: string): Promise<string> {
  const result = await t.gql(`mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }`, { input: { title: `Ratifying C155 (${kind})`, kind, countryCode, conventionCodes: ['C155'] } }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createDossier.id;
}
