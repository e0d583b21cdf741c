/**
 * 25 held-out queries for Sikkerhedsnet's search (issue 17), written the same way as `search-queries.ts` but never
 * to be used for tuning: the lead runs them once, at the end, to see whether the improvements generalise beyond the
 * evaluation set. Do not look at the results while changing the search; add new tuning queries to the main set.
 */
import type { EvalQuery } from './search-queries.ts';

const IT_BEREDSKAB = '/skabeloner/it-beredskabsplan/';
const MINI = '/skabeloner/miniberedskabsplan/';
const LEVERANDOER = '/skabeloner/leverandoerstyring-og-tilsyn-med-databehandlere/';
const AARHUS_SIEM = '/erfaringer/aarhus-logvogter-siem/';
const KBH_SIEM = '/erfaringer/koebenhavn-logvogter-siem/';
const SCANNING_QUESTION = '/spoergsmaal/2/';
const ODENSE_SCANNING = '/erfaringer/odense-hulfinderen-scanning/';

export const QUERIES: readonly EvalQuery[] = [
  {
    q: 'handlekort',
    kind: 'plain',
    expect: [IT_BEREDSKAB, MINI],
    why: 'the plan has "Handlekort pr. scenarie"; the pocket plan is tagged handlekort',
  },
  { q: 'hanne demo', kind: 'plain', expect: ['/kommuner/461/'], why: "a colleague's name: Odense's contact person" },

  {
    q: 'sårbarheds scanning',
    kind: 'compound',
    expect: [SCANNING_QUESTION, ODENSE_SCANNING],
    why: 'sårbarhedsscanning split as typed; the question and the experience on scanning',
  },
  {
    q: 'mailfilter',
    kind: 'compound',
    expect: ['/erfaringer/koebenhavn-postvagten-email/'],
    why: 'the Postvagten experience says e-mail and filter(et), never the compound',
  },
  {
    q: 'beredskabs plan',
    kind: 'compound',
    expect: [IT_BEREDSKAB, MINI],
    why: 'beredskabsplan split as typed; the plans',
  },

  { q: 'lommekortet', kind: 'inflection', expect: [MINI], why: 'the pocket plan has lommekort, not the definite form' },
  {
    q: 'underdatabehandlerne',
    kind: 'inflection',
    expect: [LEVERANDOER],
    why: 'the supplier template has underdatabehandler(e) only',
  },
  {
    q: 'privilegeret konto',
    kind: 'inflection',
    expect: ['/skabeloner/adgangsstyring/'],
    why: 'the access template has "privilegerede konti" only',
  },

  {
    q: 'kriseplan',
    kind: 'synonym',
    expect: [IT_BEREDSKAB, MINI],
    why: 'the pages say it-beredskabsplan and miniberedskabsplan',
  },
  {
    q: 'hardwarenøgle',
    kind: 'synonym',
    expect: ['/erfaringer/frederiksberg-noegleknappen-mfa/'],
    why: 'the experience says "en fysisk nøgle" to MFA',
  },
  {
    q: 'døgnovervågning',
    kind: 'synonym',
    expect: [AARHUS_SIEM, KBH_SIEM],
    why: 'the SIEM experiences say vagtcentral and "overvåger døgnet rundt"',
  },
  {
    q: 'sikkerhedsrettelser',
    kind: 'synonym',
    expect: ['/skabeloner/saarbarheds-og-patchstyring/'],
    why: 'the patching template says sikkerhedsopdateringer and opdatering',
  },

  {
    q: 'soc',
    kind: 'abbreviation',
    expect: [AARHUS_SIEM, KBH_SIEM],
    why: 'security operations centre: the SIEM experiences say vagtcentral',
  },
  {
    q: 'rto',
    kind: 'abbreviation',
    expect: ['/skabeloner/beredskabspolitik/', IT_BEREDSKAB, '/skabeloner/genetablering-efter-ransomware/'],
    why: 'the policy sets RTO (genetableringstid); the plans use it for the restart order',
  },
  {
    q: 'dbs',
    kind: 'abbreviation',
    expect: [LEVERANDOER],
    why: 'Det fælleskommunale Databehandlersekretariat, named in the supplier template',
  },

  {
    q: 'management review',
    kind: 'english',
    expect: ['/skabeloner/ledelsens-gennemgang/'],
    why: 'ledelsens gennemgang',
  },
  { q: 'risk register', kind: 'english', expect: ['/skabeloner/risikoregister/'], why: 'risikoregister' },
  {
    q: 'tabletop exercise',
    kind: 'english',
    expect: ['/spoergsmaal/kerne-3/', '/moeder/kernenetvaerket-september-2026/', '/skabeloner/beredskabspolitik/'],
    why: 'skrivebordsøvelse: the answered question, the meeting that held one, the policy test table',
  },

  { q: 'awarness', kind: 'typo', expect: ['/skabeloner/awareness-plan/'], why: 'awareness with the e missing' },
  {
    q: 'sårbarhedsscaning',
    kind: 'typo',
    expect: [SCANNING_QUESTION, ODENSE_SCANNING],
    why: 'sårbarhedsscanning with one n missing',
  },
  {
    q: 'genetabelring',
    kind: 'typo',
    expect: ['/skabeloner/genetablering-efter-ransomware/'],
    why: 'genetablering with l and e swapped',
  },

  {
    q: 'hvordan læser man en revisionserklæring',
    kind: 'question',
    expect: [LEVERANDOER, '/moeder/netvaerksmoede-databeskyttelse-og-sikkerhed-november-2025/'],
    why: "the supplier template's checklist for revisionserklæringer; the meeting item on reading one",
  },
  {
    q: 'hvordan deler vi vores egne skabeloner',
    kind: 'question',
    expect: ['/nyheder/vi-soeger-skabeloner-fra-kommunerne/'],
    why: 'the news "Del jeres skabeloner med de andre kommuner"',
  },

  { q: 'kjhgfdsa', kind: 'nonsense', expect: [], why: 'the home row backwards' },
  { q: 'xq øæå vbn', kind: 'nonsense', expect: [], why: 'random letters in three words' },
];
