import { describe, expect, it } from 'vitest';
import { attachmentLink, GITHUB_ATTACHMENTS } from './attachment-link.ts';

const link = (answer: string) => attachmentLink(answer, GITHUB_ATTACHMENTS);
const DROP = 'Træk .docx-filen ind i feltet, når du retter sagen, så lægger GitHub den op og skriver linket selv.';
const notAttachment = (url: string) =>
  `Linket \`${url}\` i feltet «Word-fil» peger ikke på en fil, der er lagt op i GitHub-sagen ` +
  `(https://github.com/user-attachments/files/…). Robotten henter kun filer fra GitHubs egne vedhæftninger. ${DROP}`;

describe('attachmentLink', () => {
  it('accepts GitHub’s attachment links, today’s and the older per-repository form, and decodes the name', () => {
    const today = link('[Plan for it.docx](https://github.com/user-attachments/files/17012345/Plan%20for%20it.docx)');
    expect(today).toEqual({
      ok: true,
      url: new URL('https://github.com/user-attachments/files/17012345/Plan%20for%20it.docx'),
      fileName: 'Plan for it.docx',
    });
    const older = link('Se https://github.com/kl-sikkerhedsnet/sikkerhedsnet/files/9876543/Politik.DOCX her');
    expect(older).toMatchObject({ ok: true, fileName: 'Politik.DOCX' });
  });

  it('counts one link written twice (the Markdown text and its address) as one', () => {
    const url = 'https://github.com/user-attachments/files/1/a.docx';
    expect(link(`[${url}](${url})`)).toMatchObject({ ok: true, fileName: 'a.docx' });
  });

  it('refuses a field without a link, and one with two', () => {
    expect(link('Jeg sender filen på mail.')).toEqual({
      ok: false,
      answer: `Der er ingen fil i feltet «Word-fil». ${DROP}`,
    });
    expect(
      link(
        '[a.docx](https://github.com/user-attachments/files/1/a.docx)\n[b.docx](https://github.com/user-attachments/files/2/b.docx)',
      ),
    ).toEqual({
      ok: false,
      answer:
        'Feltet «Word-fil» har 2 links, men robotten laver én skabelon ad gangen ud fra én .docx-fil. Lad kun ' +
        'linket til den ene fil stå, og del de andre filer i hver sin sag.',
    });
  });

  it.each([
    'https://evil.example/user-attachments/files/1/a.docx',
    'http://github.com/user-attachments/files/1/a.docx',
    'https://github.com.evil.example/user-attachments/files/1/a.docx',
    'https://user@github.com/user-attachments/files/1/a.docx',
    'https://github.com:8443/user-attachments/files/1/a.docx',
    'https://github.com/user-attachments/files/1/a.docx?redirect=https://evil.example',
    'https://github.com/user-attachments/assets/1/a.docx',
    'https://github.com/kl/sikkerhedsnet/raw/main/a.docx',
    'https://github.com/user-attachments/files/1/..%2F..%2Fa.docx',
    'https://objects.githubusercontent.com/github-production-repository-file/1/a.docx',
  ])('refuses %s: not an attachment on GitHub', (url) => {
    expect(link(`[a.docx](${url})`)).toEqual({ ok: false, answer: notAttachment(url) });
  });

  it('refuses a file that is not a .docx, saying how to save one', () => {
    expect(link('[Plan.docm](https://github.com/user-attachments/files/1/Plan.docm)')).toEqual({
      ok: false,
      answer:
        'Filen `Plan.docm` er ikke et Word-dokument (.docx). Gem dokumentet i Word som «Word-dokument (*.docx)» ' +
        '(ikke .doc, .docm eller .pdf), og træk den nye fil ind i feltet «Word-fil».',
    });
  });
});
