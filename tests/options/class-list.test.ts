/** Class lists as they come out of spreadsheets and record systems: header rows, two name columns, "Surname, Forename". */
import { describe, expect, it } from 'vitest';
import { parseClassList, plural, previewImport } from '../../components/editor/class-list';

describe('parseClassList', () => {
  it.each([
    { name: 'one name a line', text: 'Oliver Brooks\nAmelia Hart\n', names: ['Oliver Brooks', 'Amelia Hart'], reading: /one name a line/ },
    { name: 'Forename and Surname columns with a header (tab separated, as pasted from a spreadsheet)', text: 'Forename\tSurname\tDOB\nOliver\tBrooks\t01/02/2022\nAmelia\tHart\t03/04/2022', names: ['Oliver Brooks', 'Amelia Hart'], reading: /"Forename" and "Surname" columns \(header row skipped\)/ },
    { name: 'a CSV export with Surname before First name', text: 'Surname,First Name,Room\nBrooks,Oliver,Acorns\nNí Bhriain,Aoife,Oaks', names: ['Oliver Brooks', 'Aoife Ní Bhriain'], reading: /header row skipped/ },
    { name: '"Surname, Forename" in one quoted column, as record systems export', text: 'Name,DOB\n"Brooks, Oliver",2022-02-01\n"Hart, Amelia",2022-04-03', names: ['Oliver Brooks', 'Amelia Hart'], reading: /header row skipped/ },
    { name: '"Surname, Forename" one a line, no header', text: 'Brooks, Oliver\nHart, Amelia', names: ['Oliver Brooks', 'Amelia Hart'], reading: /turned round/ },
    { name: 'two columns, no header: forename then surname', text: 'Oliver\tBrooks\nAmelia\tHart', names: ['Oliver Brooks', 'Amelia Hart'], reading: /first two columns/ },
  ])('$name', ({ text, names, reading }) => {
    const got = parseClassList(text);
    expect(got.names).toEqual(names);
    expect(got.reading).toMatch(reading);
  });

  it('the header row never becomes a child, and rows without a name are listed as ignored, with why', () => {
    const got = parseClassList('First name\tLast name\nOliver\tBrooks\n\t\n12345\t');
    expect(got.names).toEqual(['Oliver Brooks']);
    expect(got.ignored.map((i) => i.why)).toEqual(['does not look like a name']);
  });
});

describe('previewImport', () => {
  it('says what would be added, merged with a name already there, or ignored, before anything changes', () => {
    const existing = ['Oliver Brooks'];
    const preview = previewImport(existing, parseClassList('Forename\tSurname\nOLIVER\tBROOKS\nAmelia\tHart\nAmelia\tHart\n9\t9'));
    expect(preview).toEqual({ added: ['Amelia Hart'], merged: ['OLIVER BROOKS', 'Amelia Hart'], ignored: [{ row: '9, 9', why: 'does not look like a name' }] });
    expect(existing).toEqual(['Oliver Brooks']);
  });
});

describe('plural', () => {
  it.each([
    [1, 'handle', '1 handle'],
    [2, 'handle', '2 handles'],
    [0, 'name', '0 names'],
    [1, 'child', '1 child', 'children'],
    [3, 'child', '3 children', 'children'],
  ])('%i %s', (n, one, want, many?) => expect(plural(n as number, one as string, many as string | undefined)).toBe(want));
});
