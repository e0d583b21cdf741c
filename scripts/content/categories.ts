/** Category folder (ASCII) → category value in frontmatter (docs/interfaces.md §3). */
export const CATEGORY_FOLDERS: Readonly<Record<string, string>> = {
  risikostyring: 'risikostyring',
  beredskab: 'beredskab',
  politikker: 'politikker',
  haendelseshaandtering: 'hændelseshåndtering',
  leverandoerstyring: 'leverandørstyring',
  databeskyttelse: 'databeskyttelse',
  awareness: 'awareness',
  drift: 'drift',
  ledelse: 'ledelse',
};

/** Folders that hold news and meeting records instead of templates. */
export const NEWS_FOLDER = 'nyheder';
export const MEETINGS_FOLDER = 'moeder';

/** Attachments read as plain text by the personal-data scanners. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.csv',
  '.tsv',
  '.md',
  '.json',
  '.yaml',
  '.yml',
  '.xml',
  '.html',
]);

/** Office files whose XML text is extracted before scanning. */
export const OFFICE_EXTENSIONS: ReadonlySet<string> = new Set(['.docx', '.xlsx']);
