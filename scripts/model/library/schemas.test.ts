import { describe, expect, it } from 'vitest';
import { meetingSchema } from './meeting.ts';
import { newsSchema } from './news.ts';
import { templateSchema } from './template.ts';

const schema = templateSchema({ ownerCodes: new Set(['101', '147']) });
const valid = {
  title: 'Informationssikkerhedspolitik',
  summary: 'En overordnet politik.',
  category: 'politikker',
  tags: ['iso27001'],
  audience: 'alle',
  owner: 'KL',
  maintainers: ['Anne Demo'],
  version: '1.0',
  reviewed: '2026-11-01',
  status: 'gældende',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('templateSchema', () => {
  it('accepts the documented frontmatter and fills defaults', () => {
    const result = schema.parse(valid);
    expect(result).toEqual({ ...valid, review_interval_months: 12, supersedes: [], attachments: [] });
  });

  it('normalises a js-yaml Date to YYYY-MM-DD and a numeric owner code to three digits', () => {
    const result = schema.parse({ ...valid, reviewed: new Date('2026-03-05T00:00:00Z'), owner: 101 });
    expect(result.reviewed).toBe('2026-03-05');
    expect(result.owner).toBe('101');
  });

  it('rejects unknown keys with a Danish message listing the allowed ones', () => {
    expect(messages(schema.safeParse({ ...valid, forfatter: 'Bo' }))).toEqual([
      ': Ukendt felt i skabelonen: forfatter. Tilladte felter: title, summary, category, tags, audience, owner, maintainers, version, reviewed, review_interval_months, status, supersedes, attachments',
    ]);
  });

  it('rejects an owner that is neither KL nor a registry code', () => {
    expect(messages(schema.safeParse({ ...valid, owner: '999' }))).toEqual([
      'owner: owner "999" findes ikke: skriv "KL" eller en kommunekode fra registry/kommuner.yaml, fx "101"',
    ]);
  });

  it('rejects bad category, audience, status, version, date and tags in Danish', () => {
    expect(
      messages(
        schema.safeParse({
          ...valid,
          category: 'it',
          audience: 'intern',
          status: 'aktiv',
          version: 1,
          reviewed: '1/11/2026',
          tags: ['ISO'],
        }),
      ),
    ).toEqual([
      'category: category skal være en af: risikostyring, beredskab, politikker, hændelseshåndtering, leverandørstyring, databeskyttelse, awareness, drift, ledelse',
      'tags.0: tags skal skrives med små bogstaver, tal og bindestreg, fx "iso27001"',
      'audience: audience skal være "alle" (begge grupper) eller "kerne" (kun kernenetværket)',
      'version: version skal være en tekst i anførselstegn, fx "1.0"',
      'reviewed: reviewed skal være en dato i formatet ÅÅÅÅ-MM-DD, fx "2026-11-01"',
      'status: status skal være en af: udkast, gældende, forældet',
    ]);
  });

  it('rejects attachments with folders or a .docx name', () => {
    expect(messages(schema.safeParse({ ...valid, attachments: ['../x.csv', 'skabelon.docx'] }))).toEqual([
      'attachments.0: attachments skal være filnavne uden mapper og mellemrum, fx "risikoregister.xlsx"',
      'attachments.1: attachments må ikke være .mdx- eller .docx-filer (Word-filen laves automatisk)',
    ]);
  });
});

describe('newsSchema and meetingSchema', () => {
  it('accept the documented fields', () => {
    expect(newsSchema.parse({ title: 'A', summary: 'B', date: '2026-11-20', audience: 'kerne' })).toEqual({
      title: 'A',
      summary: 'B',
      date: '2026-11-20',
      audience: 'kerne',
      tags: [],
      varsel: false,
    });
    expect(
      newsSchema.parse({
        title: 'A',
        summary: 'B',
        date: '2026-11-20',
        audience: 'alle',
        varsel: true,
        kilde: ' Eksempelstyrelsen ',
      }),
    ).toMatchObject({ varsel: true, kilde: 'Eksempelstyrelsen' });
    expect(
      meetingSchema.parse({ title: 'M', summary: 'S', date: '2026-10-05', location: 'Odense', audience: 'alle' }),
    ).toEqual({ title: 'M', summary: 'S', date: '2026-10-05', location: 'Odense', audience: 'alle' });
  });

  it('reject unknown keys and a meeting without location', () => {
    expect(
      messages(newsSchema.safeParse({ title: 'A', summary: 'B', date: '2026-11-20', audience: 'alle', owner: 'KL' })),
    ).toEqual([': Ukendt felt i nyheden: owner. Tilladte felter: title, summary, date, audience, tags, varsel, kilde']);
    expect(
      messages(
        newsSchema.safeParse({
          title: 'A',
          summary: 'B',
          date: '2026-11-20',
          audience: 'alle',
          varsel: 'ja',
          kilde: '',
        }),
      ),
    ).toEqual(['varsel: varsel skal være true eller false', 'kilde: kilde må ikke være tom']);
    expect(
      messages(meetingSchema.safeParse({ title: 'M', summary: 'S', date: '2026-10-05', audience: 'alle' })),
    ).toEqual(['location: location skal være en tekst']);
  });
});
