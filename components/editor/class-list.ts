/**
 * A class list pasted from a spreadsheet or read from a CSV file, as full names: the header row recognised and
 * skipped, separate forename and surname columns joined, "Surname, Forename" (how school and nursery record
 * systems export) turned round, other columns (date of birth, room) ignored. Pure.
 */

export interface ClassList {
  names: string[];
  /** How the columns were read, in words, e.g. "Forename and Surname columns (header row skipped)". */
  reading: string;
  /** Rows that gave no name, with why. */
  ignored: { row: string; why: string }[];
}

export interface ImportPreview {
  added: string[];
  /** Already on the list (ignoring case and spacing): nothing changes for them. */
  merged: string[];
  ignored: { row: string; why: string }[];
}

const FORENAME = /^(first\s*names?|forenames?|given\s*names?|first|legal\s*forename|child'?s?\s*first\s*name)$/i;
const SURNAME = /^(surnames?|last\s*names?|family\s*names?|last|legal\s*surname|child'?s?\s*surname)$/i;
const FULL = /^(names?|full\s*names?|child(ren)?|child'?s?\s*name|pupils?|pupil\s*name|students?)$/i;
/** Words that only appear in header rows; a row with one of them and no name column is still a header. */
const OTHER = /^(dob|date\s*of\s*birth|d\.o\.b\.?|room|group|class|key\s*person|age|gender|sex|upn|id|year|known\s*as|preferred\s*name|notes?)$/i;

/** Splits CSV or tab-separated text into rows of cells, honouring "quoted, cells". */
export function splitRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim());
  const tabbed = lines.some((l) => l.includes('\t'));
  // "Brooks, Oliver" a line (one comma, then a space) is one column of names surname first, not a CSV.
  const surnameFirst = lines.every((l) => /^[^,]+, [^,]+$/.test(l.trim()));
  const commas = !tabbed && !surnameFirst && lines.length > 0 && lines.filter((l) => l.includes(',')).length >= Math.ceil(lines.length / 2);
  if (!tabbed && !commas) return lines.map((l) => [l]);
  const sep = tabbed ? '\t' : ',';
  return lines.map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"' && !cell.trim()) quoted = true;
      else if (ch === sep) cells.push(cell), (cell = '');
      else cell += ch;
    }
    cells.push(cell);
    return cells.map((c) => c.replace(/\s+/g, ' ').trim());
  });
}

const isNameLike = (s: string) => /^[\p{L}][\p{L}'’. -]*$/u.test(s) && /\p{L}{2}/u.test(s);

/** "Brooks, Oliver" as "Oliver Brooks"; anything else unchanged. */
export function turnRound(cell: string): string {
  const m = cell.match(/^([^,]+),\s*([^,]+)$/);
  return m && isNameLike(m[1]!.trim()) && isNameLike(m[2]!.trim()) ? `${m[2]!.trim()} ${m[1]!.trim()}` : cell;
}

export function parseClassList(text: string): ClassList {
  const rows = splitRows(text);
  const ignored: ClassList['ignored'] = [];
  if (!rows.length) return { names: [], reading: 'nothing to read', ignored };
  const head = rows[0]!;
  const isHeader = head.some((c) => FORENAME.test(c) || SURNAME.test(c) || FULL.test(c) || OTHER.test(c));
  let fore = -1;
  let sur = -1;
  let full = -1;
  if (isHeader) {
    fore = head.findIndex((c) => FORENAME.test(c));
    sur = head.findIndex((c) => SURNAME.test(c));
    full = head.findIndex((c) => FULL.test(c));
  } else if (head.length >= 2 && isNameLike(head[0]!) && isNameLike(head[1]!)) {
    // No header and two name-like cells: a spreadsheet's first two columns, forename then surname.
    fore = 0;
    sur = 1;
  } else {
    full = 0;
  }
  const body = isHeader ? rows.slice(1) : rows;
  const surnameFirst = fore < 0 && sur < 0 && body.filter((r) => /^[^,]+,\s*[^,]+$/.test(r[full < 0 ? 0 : full] ?? '')).length > body.length / 2;
  const names: string[] = [];
  for (const row of body) {
    let name: string;
    if (fore >= 0 && sur >= 0) name = `${row[fore] ?? ''} ${row[sur] ?? ''}`;
    else if (fore >= 0) name = row[fore] ?? '';
    else if (sur >= 0 && full < 0) name = row[sur] ?? '';
    else name = turnRound(row[full < 0 ? 0 : full] ?? '');
    name = name.replace(/\s+/g, ' ').trim();
    const shown = row.join(', ');
    if (!name) ignored.push({ row: shown, why: 'no name in it' });
    else if (!isNameLike(name)) ignored.push({ row: shown, why: 'does not look like a name' });
    else if (name.length > 120) ignored.push({ row: shown, why: 'longer than 120 characters' });
    else names.push(name);
  }
  const columns =
    fore >= 0 && sur >= 0
      ? isHeader
        ? `the "${head[fore]}" and "${head[sur]}" columns`
        : 'the first two columns as forename and surname'
      : fore >= 0
        ? `the "${head[fore]}" column`
        : surnameFirst
          ? '"Surname, Forename", turned round'
          : isHeader
            ? `the "${head[full] ?? head[0]}" column`
            : 'one name a line';
  return { names, reading: `${columns}${isHeader ? ' (header row skipped)' : ''}`, ignored };
}

const fold = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** What importing these names into a list would do, before it is done. */
export function previewImport(existing: string[], list: ClassList): ImportPreview {
  const have = new Set(existing.map(fold));
  const added: string[] = [];
  const merged: string[] = [];
  for (const name of list.names) {
    if (have.has(fold(name))) merged.push(name);
    else {
      added.push(name);
      have.add(fold(name));
    }
  }
  return { added, merged, ignored: list.ignored };
}

/** "1 name" / "3 names": counts that read as English. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
