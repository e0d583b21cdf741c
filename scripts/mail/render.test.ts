import { describe, expect, it } from 'vitest';
import { bodyHtml, bodyText, parseBody } from './markdown-mail.ts';
import { renderAlert } from './render-alert.ts';
import { renderNewsletter } from './render-newsletter.ts';

const SITE = 'https://sikkerhedsnet.example.dk';

describe('an MDX body as mail', () => {
  const body = [
    'KL sender **dette** videre fra [styrelsen](https://example.dk/varsel) og [biblioteket](/skabeloner/x/).',
    '',
    '## Hvad skal I gøre',
    '',
    '1. Tjek logningen.',
    '2. Giv besked til `it-support`.',
    '',
    '<Vejledning>Kun teksten vises.</Vejledning>',
    '',
    '[Farligt](javascript:alert(1)) og <b>rå html</b>.',
    '',
    '| Felt | Værdi |',
    '| --- | --- |',
    '| a | b |',
  ].join('\n');

  it('gives plain text with absolute links, numbered lists and no markup', () => {
    expect(bodyText(parseBody(body), SITE)).toBe(
      [
        'KL sender dette videre fra styrelsen (https://example.dk/varsel) og biblioteket (https://sikkerhedsnet.example.dk/skabeloner/x/).',
        'Hvad skal I gøre\n----------------',
        '1. Tjek logningen.\n2. Giv besked til it-support.',
        'Kun teksten vises.',
        'Farligt og rå html.',
        'Felt | Værdi\na | b',
      ].join('\n\n'),
    );
  });

  it('gives HTML with inline styles, site links made absolute and unsafe links reduced to their text', () => {
    const html = bodyHtml(parseBody(body), SITE);
    expect(html).toContain('<a href="https://sikkerhedsnet.example.dk/skabeloner/x/" style="');
    expect(html).toContain('<a href="https://example.dk/varsel" style="');
    expect(html).toContain('<h3 style="');
    expect(html).toContain('<ol style="');
    expect(html).toContain('>Kun teksten vises.<');
    expect(html).not.toContain('javascript');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Farligt og ');
    expect(html).toMatch(/<th style="[^"]+">Felt<\/th>/);
  });
});

describe('an alert', () => {
  const entry = {
    body: 'Skift adgangskoden på &lt;lederkontoen&gt; nu.\n',
    url: '/nyheder/varsel-test/',
    data: {
      title: 'Angreb på "Lederkontoen" & co',
      summary: 'Kort resumé.',
      date: '2026-11-27',
      kilde: 'Eksempelstyrelsen',
    },
  };

  it('starts the subject with "Varsel:", names the authority and links to the page', () => {
    const mail = renderAlert({ entry, tier: 'bred', siteUrl: SITE, klEmail: 'sikkerhedsnet@kl.dk' });
    expect(mail.subject).toBe('Varsel: Angreb på "Lederkontoen" & co');
    expect(mail.text).toBe(
      [
        'Sikkerhedsnet – Varsel · Databeskyttelse og Sikkerhed',
        '',
        'VARSEL FRA KL – VIDERESENDT FRA EKSEMPELSTYRELSEN',
        '',
        'KL sender denne meddelelse fra Eksempelstyrelsen videre til kommunernes sikkerhedsfolk, så den når frem i tide.',
        '',
        'Angreb på "Lederkontoen" & co',
        '',
        '27. november 2026',
        '',
        'Kort resumé.',
        '',
        'Skift adgangskoden på <lederkontoen> nu.',
        '',
        'Læs varslet på Sikkerhedsnet: https://sikkerhedsnet.example.dk/nyheder/varsel-test/',
        '',
        '-- ',
        'Du får varslet, fordi du er medlem af Databeskyttelse og Sikkerhed i Sikkerhedsnet. Varsler sendes til alle medlemmer, også dem, der har fravalgt nyhedsbrevet.',
        '',
        'Spørgsmål til varslet: skriv til KL på sikkerhedsnet@kl.dk.',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<title>Varsel: Angreb på &quot;Lederkontoen&quot; &amp; co</title>');
    expect(mail.html).toContain('Varsel fra KL – videresendt fra Eksempelstyrelsen');
    expect(mail.html).toContain('href="https://sikkerhedsnet.example.dk/nyheder/varsel-test/"');
    expect(mail.html).toContain('<a href="mailto:sikkerhedsnet@kl.dk"');
    expect(mail.html).toContain('<html lang="da"');
    expect(mail.html).toContain('Skift adgangskoden på &lt;lederkontoen&gt; nu.');
  });

  it('says only "Varsel fra KL" when KL itself is the source', () => {
    const mail = renderAlert({
      entry: { ...entry, data: { ...entry.data, kilde: undefined } },
      tier: 'kerne',
      siteUrl: SITE,
      klEmail: 'sikkerhedsnet@kl.dk',
    });
    expect(mail.text.split('\n').slice(0, 5)).toEqual([
      'Sikkerhedsnet – Varsel · Kernenetværket',
      '',
      'VARSEL FRA KL',
      '',
      'Angreb på "Lederkontoen" & co',
    ]);
    expect(mail.html).not.toContain('videresendt');
  });
});

describe('a newsletter', () => {
  const sections = [
    {
      heading: 'Nyheder',
      items: [
        {
          title: 'Ny <skabelon>',
          url: '/nyheder/ny/',
          meta: 'Varsel · 2. november 2026',
          summary: 'Resumé & mere.',
          alert: true,
          date: '2026-11-02',
        },
      ],
    },
  ];

  it('names the month in the subject, the period in the text, and how to stop it in the footer', () => {
    const mail = renderNewsletter({
      tier: 'kerne',
      period: { from: '2026-11-01', to: '2026-12-01' },
      sections,
      siteUrl: SITE,
      klEmail: 'sikkerhedsnet@kl.dk',
    });
    expect(mail.subject).toBe('Nyhedsbrev fra Sikkerhedsnet – december 2026');
    expect(mail.text).toBe(
      [
        'Sikkerhedsnet – Nyhedsbrev · Kernenetværket',
        '',
        'Nyt siden 1. november 2026',
        '',
        'Her er, hvad der er kommet i Sikkerhedsnet fra 1. november 2026 til og med 30. november 2026.',
        '',
        'NYHEDER',
        '',
        '* Ny <skabelon>',
        '  Varsel · 2. november 2026',
        '  Resumé & mere.',
        '  https://sikkerhedsnet.example.dk/nyheder/ny/',
        '',
        'Gå til Sikkerhedsnet: https://sikkerhedsnet.example.dk',
        '',
        '-- ',
        "Du får nyhedsbrevet, fordi du er medlem af kernenetværket i Sikkerhedsnet, KL's netværk for informationssikkerhed i kommunerne. Linkene kræver, at du logger ind med din kommunes arbejdskonto.",
        '',
        'Vil du ikke have nyhedsbrevet, så skriv til KL på sikkerhedsnet@kl.dk, eller bed din kommunes kontaktperson skrive nyhedsbrev: false ved dit navn i medlemsregistret. Varsler får du stadig.',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('>Ny &lt;skabelon&gt;</a>');
    expect(mail.html).toContain('<strong>Varsel</strong> · 2. november 2026');
    expect(mail.html).toContain('Resumé &amp; mere.');
    expect(mail.html).toContain('1 × nyheder</div>');
    expect(mail.html).not.toContain('<script');
  });
});
