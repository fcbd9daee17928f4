import { parseNormlexDate } from './normlex-date';
import { parseNormlexNote } from './normlex-note';
import { parseRegisterTable, type Cell } from './normlex-rows';

const HEADER = ['Convention', 'Date', 'Status', 'Note'];
const table = (...rows: Cell[][]): Cell[][] => [['Ratifications for Testland'], [], HEADER, ...rows];

describe('NORMLEX dates', () => {
  it.each([
    ['26 Jul 1961', '1961-07-26'],
    ['1 May 2020', '2020-05-01'],
    ['26 juil. 1961', '1961-07-26'],
    ['3 févr. 1999', '1999-02-03'],
    ['14 ago. 2003', '2003-08-14'],
    ['5 de diciembre de 1980', '1980-12-05'],
    ['1961-07-26', '1961-07-26'],
  ])('reads %s', (raw, iso) => expect(parseNormlexDate(raw)).toBe(iso));

  it.each(['31 Feb 1961', '12 Foo 1961', '1961', '26/07/1961', '1 Jan 1800'])('refuses %s', (raw) => expect(parseNormlexDate(raw)).toBeNull());
});

describe('NORMLEX notes', () => {
  it('reads an automatic denunciation with its date and the later convention', () => {
    expect(parseNormlexNote('Automatic Denunciation on 28 Jun 2002 by convention C138').denounced).toEqual({ on: '2002-06-28', byConvention: 'C138', automatic: true });
  });

  it('reads a denunciation by the country', () => {
    expect(parseNormlexNote('Denounced on 26 Jul 1961').denounced).toEqual({ on: '1961-07-26', byConvention: null, automatic: false });
  });

  it('reads an abrogation with the Conference decision', () => {
    expect(parseNormlexNote('Abrogated Convention - By decision of the ILC at its 106th Session (2017)').abrogation).toBe('By decision of the ILC at its 106th Session (2017)');
  });

  it('keeps what else it says as declarations, line by line', () => {
    const facts = parseNormlexNote('Minimum age specified: 16 years\nHas accepted the obligations of Part II');
    expect(facts.declarations).toEqual(['Minimum age specified: 16 years', 'Has accepted the obligations of Part II']);
    expect(facts.denounced).toBeNull();
  });
});

describe('a register table', () => {
  it('reads each instrument in its fields', () => {
    const { rows, problems } = parseRegisterTable(
      table(
        ['C138 - Minimum Age Convention, 1973 (No. 138)', '06 Jun 2002', 'In Force', 'Minimum age specified: 15 years'],
        ['C005 - Minimum Age (Industry) Convention, 1919 (No. 5)', '14 Jul 1921', 'Not in force', 'Automatic Denunciation on 06 Jun 2003 by convention C138'],
        ['C004 - Night Work (Women) Convention, 1919 (No. 4)', '14 Jul 1921', 'Not in force', 'Denounced on 26 Jul 1961'],
        ['C031 - Hours of Work (Coal Mines) Convention, 1931 (No. 31)', '28 Mar 1933', 'Not in force', 'Abrogated Convention - By decision of the ILC at its 106th Session (2017)'],
      ),
    );
    expect(problems).toEqual([]);
    expect(rows.map(({ code, status }) => [code, status])).toEqual([['C138', 'IN_FORCE'], ['C005', 'DENOUNCED'], ['C004', 'DENOUNCED'], ['C031', 'ABROGATED']]);
    expect(rows[0]).toMatchObject({ line: 4, title: 'Minimum Age Convention, 1973', year: 1973, ratifiedOn: '2002-06-06', declarations: ['Minimum age specified: 15 years'] });
    expect(rows[1]).toMatchObject({ denouncedOn: '2003-06-06', denouncedBy: 'C138', automaticDenunciation: true });
    expect(rows[3]).toMatchObject({ abrogation: 'By decision of the ILC at its 106th Session (2017)' });
  });

  it('finds its columns by name, in any order and in French or Spanish', () => {
    const { rows, problems } = parseRegisterTable([['Estado', 'Convenio', 'Fecha'], ['En vigor', 'C087', '2 jun. 1965']]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'C087', status: 'IN_FORCE', ratifiedOn: '1965-06-02', title: null });
  });

  it('takes a spreadsheet day number as the date', () => {
    expect(parseRegisterTable([HEADER, ['C087', 23895, 'In Force', '']]).rows[0].ratifiedOn).toBe('1965-06-02');
  });

  it('ignores section headings between the rows', () => {
    const parsed = parseRegisterTable(table(['Fundamental'], ['C029', '20 Jun 1957', 'In Force', '']));
    expect(parsed.ignoredLines).toEqual([4]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('reports a table without its header', () => {
    expect(parseRegisterTable([['C029', '20 Jun 1957', 'In Force']]).problems).toEqual([{ line: 1, reason: 'NO_HEADER', value: '' }]);
  });

  it.each<[string, Cell[], string]>([
    ['an instrument that is not one', ['Convention 29', '20 Jun 1957', 'In Force', ''], 'BAD_CODE'],
    ['a status NORMLEX does not use', ['C029', '20 Jun 1957', 'Ratified maybe', ''], 'UNKNOWN_STATUS'],
    ['a date that is not one', ['C029', '31 Feb 1957', 'In Force', ''], 'BAD_DATE'],
    ['a ratification with no date', ['C029', '', 'In Force', ''], 'MISSING_DATE'],
    ['a denunciation with a bad date', ['C004', '14 Jul 1921', 'Not in force', 'Denounced on 31 Feb 1961'], 'BAD_DATE'],
    ['an instrument in force that the note says was denounced', ['C004', '14 Jul 1921', 'In Force', 'Denounced on 26 Jul 1961'], 'CONTRADICTION'],
    ['a denunciation before the ratification', ['C004', '14 Jul 1961', 'Not in force', 'Denounced on 26 Jul 1951'], 'DENOUNCED_BEFORE_RATIFIED'],
  ])('reports %s by its line and reason', (_what, row, reason) => {
    const { rows, problems } = parseRegisterTable(table(['C087', '2 Jun 1965', 'In Force', ''], row));
    expect(rows.map((r) => r.code)).toEqual(['C087']);
    expect(problems).toEqual([expect.objectContaining({ line: 5, reason })]);
  });

  it('reports an instrument named twice, with the line it was first named on', () => {
    const { problems } = parseRegisterTable(table(['C087', '2 Jun 1965', 'In Force', ''], ['C 87', '2 Jun 1965', 'In Force', '']));
    expect(problems).toEqual([{ line: 5, reason: 'DUPLICATE', value: 'C087 (4)' }]);
  });
});
