/**
 * The evaluation set for Sikkerhedsnet's search (issue 17): what municipal security officers type in the search box,
 * and the pages that answer them. The lead runs it in Chromium against each tier's built Pagefind bundle (hit@1,
 * hit@5, MRR); a query counts in the broad tier when its expected pages are there.
 *
 * Written from the content (templates-library/, discussions/, registry/) and the members' needs, not from the search
 * implementation: each `why` says where the answer stands. Kinds: `compound` queries are a part of a Danish compound
 * (or a compound spelt another way) the page only has inside compounds; `inflection` a form of a word the page has in
 * other forms only; `synonym` a Danish word the page does not use for its concept; `typo` one or two letters wrong,
 * swapped or missing (or æ/ø/å typed without the Danish keyboard). `search-queries-heldout.ts` holds 25 more, never
 * to be used for tuning.
 */

export type QueryKind =
  | 'plain'
  | 'compound'
  | 'inflection'
  | 'synonym'
  | 'abbreviation'
  | 'english'
  | 'typo'
  | 'question'
  | 'nonsense';

export interface EvalQuery {
  /** As a municipal security officer types it in the search box (lower case mostly, sometimes several words). */
  q: string;
  kind: QueryKind;
  /** URL paths of the pages that answer it, best first; a hit is any of them. Empty only for kind 'nonsense'. */
  expect: string[];
  /** Why these pages (one short English line), e.g. 'leverandørtilsyn is a compound in the supplier template'. */
  why: string;
}

const T = {
  adgang: '/skabeloner/adgangsstyring/',
  awareness: '/skabeloner/awareness-plan/',
  beredskabspolitik: '/skabeloner/beredskabspolitik/',
  brud: '/skabeloner/brud-paa-persondatasikkerheden/',
  genetablering: '/skabeloner/genetablering-efter-ransomware/',
  haendelser: '/skabeloner/haandtering-af-sikkerhedshaendelser/',
  politik: '/skabeloner/informationssikkerhedspolitik/',
  itBeredskab: '/skabeloner/it-beredskabsplan/',
  ledelse: '/skabeloner/ledelsens-gennemgang/',
  leverandoer: '/skabeloner/leverandoerstyring-og-tilsyn-med-databehandlere/',
  logning: '/skabeloner/logning-og-overvaagning/',
  metode: '/skabeloner/metode-for-risikostyring/',
  mini: '/skabeloner/miniberedskabsplan/',
  noed: '/skabeloner/noedprocedurer-for-kritiske-processer/',
  register: '/skabeloner/risikoregister/',
  risikovurdering: '/skabeloner/risikovurdering-af-it-system/',
  patch: '/skabeloner/saarbarheds-og-patchstyring/',
  soa: '/skabeloner/statement-of-applicability/',
} as const;

const E = {
  aarhusBackup: '/erfaringer/aarhus-backupfabrikken-sikkerkopi/',
  aarhusSiem: '/erfaringer/aarhus-logvogter-siem/',
  frederiksbergMfa: '/erfaringer/frederiksberg-noegleknappen-mfa/',
  holbaekPhish: '/erfaringer/holbaek-phishfri-awareness/',
  kbhSiem: '/erfaringer/koebenhavn-logvogter-siem/',
  kbhMail: '/erfaringer/koebenhavn-postvagten-email/',
  odenseBackup: '/erfaringer/odense-backupfabrikken-sikkerkopi/',
  odenseScan: '/erfaringer/odense-hulfinderen-scanning/',
} as const;

const N = {
  adgang: '/nyheder/kontaktpersoner-giver-adgang-med-pull-request/',
  nis2: '/nyheder/nis2-loven-traeder-i-kraft/',
} as const;

const S = {
  testBeredskab: '/spoergsmaal/kerne-3/',
  logTid: '/spoergsmaal/kerne-5/',
  trusler: '/spoergsmaal/kerne-14/',
  dpia: '/spoergsmaal/4/',
  adgangslogs: '/spoergsmaal/10/',
} as const;

const AARHUS = '/kommuner/751/';

export const QUERIES: readonly EvalQuery[] = [
  // plain: the page uses the word as typed
  {
    q: 'ransomware',
    kind: 'plain',
    expect: [T.genetablering],
    why: 'the technical plan for recovering after ransomware',
  },
  {
    q: 'informationssikkerhedspolitik',
    kind: 'plain',
    expect: [T.politik],
    why: 'title of the overall security policy template',
  },
  { q: 'nødprocedure', kind: 'plain', expect: [T.noed], why: 'the template for one emergency procedure per process' },
  { q: 'risikoregister', kind: 'plain', expect: [T.register], why: 'title of the risk register template' },
  {
    q: 'databehandleraftale',
    kind: 'plain',
    expect: [T.leverandoer],
    why: 'the supplier template has the checklist of what a data processing agreement must contain',
  },
  { q: 'brudlog', kind: 'plain', expect: [T.brud], why: 'the breach template is a procedure plus the brudlog' },
  {
    q: 'logvogter',
    kind: 'plain',
    expect: [E.aarhusSiem, E.kbhSiem],
    why: 'the two experiences with the Logvogter SIEM product',
  },
  {
    q: 'aarhus',
    kind: 'plain',
    expect: [AARHUS, E.aarhusSiem, E.aarhusBackup],
    why: "Aarhus' municipality page with its members, then its two experiences",
  },
  { q: 'karin demo', kind: 'plain', expect: [AARHUS], why: "a colleague's name: Karin Demo is Aarhus' contact person" },
  { q: 'ledelsens gennemgang', kind: 'plain', expect: [T.ledelse], why: 'title of the management review template' },
  { q: 'årshjul', kind: 'plain', expect: [T.awareness], why: 'the awareness plan has an årshjul month by month' },
  {
    q: 'pull request',
    kind: 'plain',
    expect: [N.adgang],
    why: 'the news on how contact persons give access with a pull request',
  },
  { q: 'nis2 loven', kind: 'plain', expect: [N.nis2], why: 'the news that the NIS2 law enters into force' },
  {
    q: 'trusselsvurderinger',
    kind: 'plain',
    expect: [S.trusler],
    why: 'the answered question on handling confidential threat assessments',
  },

  // compound: a part only found inside compounds in the page, or the compound spelt or split another way
  {
    q: 'patch',
    kind: 'compound',
    expect: [T.patch],
    why: 'only in patchstyring and patchansvarlig(e) in the patching template',
  },
  {
    q: 'krise',
    kind: 'compound',
    expect: [T.itBeredskab, T.mini],
    why: 'krisestab, kriseledelse in the contingency plans; never krise on its own there',
  },
  {
    q: 'genstart',
    kind: 'compound',
    expect: [T.itBeredskab, T.beredskabspolitik],
    why: 'only in genstartsrækkefølge (plan) and genstartsprioritet (policy)',
  },
  {
    q: 'sikkerhedspolitik',
    kind: 'compound',
    expect: [T.politik],
    why: 'the tail of informationssikkerhedspolitik; never on its own in the policy',
  },
  {
    q: 'sårbarhedsstyring',
    kind: 'compound',
    expect: [T.patch],
    why: 'the title writes "Sårbarheds- og patchstyring"; the joined compound is nowhere',
  },
  {
    q: 'phishing øvelse',
    kind: 'compound',
    expect: [T.awareness, E.holbaekPhish],
    why: 'øvelse only inside phishing-øvelse(r) and øvelsesmails in these pages',
  },
  {
    q: 'konsekvens analyse',
    kind: 'compound',
    expect: [S.dpia],
    why: 'konsekvensanalyse split as typed; the question on whether a DPIA is needed before logging traffic',
  },
  {
    q: 'sikkerhedsudvalg',
    kind: 'compound',
    expect: [T.politik],
    why: 'only inside informationssikkerhedsudvalget, whose role the policy sets out',
  },
  {
    q: 'awarenessplan',
    kind: 'compound',
    expect: [T.awareness],
    why: 'the page writes Awareness-plan with a hyphen',
  },
  {
    q: 'ledelsesgennemgang',
    kind: 'compound',
    expect: [T.ledelse],
    why: 'the page says "ledelsens gennemgang"; the compound is the common short form',
  },
  {
    q: 'dataklassifikation',
    kind: 'compound',
    expect: [T.politik],
    why: 'the policy has a section "Klassifikation af data og systemer"',
  },
  {
    q: 'brugerrettigheder',
    kind: 'compound',
    expect: [T.adgang],
    why: 'the access template says brugere and rettigheder, never the compound',
  },
  {
    q: 'beredskabsøvelse',
    kind: 'compound',
    expect: [S.testBeredskab, T.beredskabspolitik, T.itBeredskab],
    why: 'the question on testing the plan and the "Test og øvelser" sections; the compound is not there',
  },
  {
    q: 'leverandørtilsyn',
    kind: 'compound',
    expect: [T.leverandoer],
    why: 'the supplier template says tilsyn med leverandører/tilsynsmodel, not leverandørtilsyn',
  },

  // inflection: a form the page does not have, of a word it has in other forms
  {
    q: 'risikoregisteret',
    kind: 'inflection',
    expect: [T.register],
    why: 'the page writes the definite form risikoregistret',
  },
  {
    q: 'fratrådte medarbejdere',
    kind: 'inflection',
    expect: [T.adgang],
    why: 'the access template has fratrædelse/fratræder (past tense fratrådte only in risk examples)',
  },
  {
    q: 'tredjelandsoverførsel',
    kind: 'inflection',
    expect: [T.leverandoer],
    why: 'the supplier template has the plural Tredjelandsoverførsler only',
  },
  {
    q: 'hjemmepleje',
    kind: 'inflection',
    expect: [T.noed],
    why: 'the emergency procedure uses hjemmeplejen/hjemmeplejens as its running example',
  },
  {
    q: 'databehandlerne',
    kind: 'inflection',
    expect: [T.leverandoer],
    why: 'the supplier template has databehandler(e/en/ens), not the definite plural',
  },
  {
    q: 'backups',
    kind: 'inflection',
    expect: [T.genetablering, E.aarhusBackup, E.odenseBackup],
    why: 'the pages write backup/backuppen, never the plural backups',
  },
  {
    q: 'risikomatricen',
    kind: 'inflection',
    expect: [T.metode, T.risikovurdering],
    why: 'the method has risikomatrix and matricen; the definite compound is nowhere',
  },
  {
    q: 'persondatasikkerhed',
    kind: 'inflection',
    expect: [T.brud],
    why: 'the breach template has only the definite persondatasikkerheden',
  },
  {
    q: 'forsyningskæde',
    kind: 'inflection',
    expect: [T.leverandoer, N.nis2],
    why: 'NIS2 supply-chain security; the pages have only forsyningskæden',
  },
  {
    q: 'opbevaringstider',
    kind: 'inflection',
    expect: [T.logning, S.logTid, S.adgangslogs],
    why: 'the logging template has opbevaringstid(en); the two questions answer how long logs are kept',
  },

  // synonym: a Danish word the page does not use for its concept
  {
    q: 'svindelmails',
    kind: 'synonym',
    expect: [T.awareness, E.kbhMail, E.holbaekPhish],
    why: 'the pages say phishing(mails); the awareness plan has svindel and svindelforsøg, never svindelmails',
  },
  {
    q: 'sikkerhedskopi',
    kind: 'synonym',
    expect: [T.genetablering, E.aarhusBackup, E.odenseBackup],
    why: 'the Danish word for backup; the pages say backup',
  },
  {
    q: 'totrinsbekræftelse',
    kind: 'synonym',
    expect: [T.adgang, E.frederiksbergMfa],
    why: 'the pages say MFA/multifaktorautentifikation',
  },
  { q: 'datalæk', kind: 'synonym', expect: [T.brud], why: 'the breach template says brud på persondatasikkerheden' },
  {
    q: 'fejlsendt mail',
    kind: 'synonym',
    expect: [T.brud],
    why: 'the breach template says "mail til en forkert modtager" and what to do about it',
  },
  {
    q: 'løsepenge',
    kind: 'synonym',
    expect: [T.genetablering, T.mini],
    why: 'the plans say løsesum (no payment as starting point, decision for kriseledelsen)',
  },
  {
    q: 'strømafbrydelse',
    kind: 'synonym',
    expect: [T.itBeredskab],
    why: 'the plan has a handlekort for "Længerevarende strømsvigt"',
  },
  {
    q: 'sikkerhedsbevidsthed',
    kind: 'synonym',
    expect: [T.awareness],
    why: 'the awareness plan says awareness/bevidsthed, never the compound',
  },
  {
    q: 'katastrofeplan',
    kind: 'synonym',
    expect: [T.itBeredskab, T.genetablering],
    why: 'the pages say it-beredskabsplan and genetablering',
  },
  {
    q: 'spamfilter',
    kind: 'synonym',
    expect: [E.kbhMail],
    why: 'the experience with the Postvagten e-mail filter says filter/phishingmails, not spam',
  },
  {
    q: 'it-sikkerhedspolitik',
    kind: 'synonym',
    expect: [T.politik],
    why: 'the common name for the informationssikkerhedspolitik',
  },
  {
    q: 'hackerangreb',
    kind: 'synonym',
    expect: [T.haendelser, T.itBeredskab],
    why: 'the pages say angreb/sikkerhedshændelse/hacking',
  },

  // abbreviation
  {
    q: 'dpia',
    kind: 'abbreviation',
    expect: [S.dpia],
    why: 'the answered question on when a konsekvensanalyse (DPIA) is needed',
  },
  {
    q: 'isms',
    kind: 'abbreviation',
    expect: [T.politik, T.soa],
    why: 'the policy founds the ledelsessystem for informationssikkerhed; the SoA is its core record',
  },
  {
    q: 'bia',
    kind: 'abbreviation',
    expect: [T.beredskabspolitik, T.noed],
    why: 'business impact analysis: critical processes with RTO/RPO, consequence of an outage over time',
  },
  {
    q: 'siem',
    kind: 'abbreviation',
    expect: [E.aarhusSiem, E.kbhSiem, T.logning],
    why: 'the Logvogter SIEM experiences; the logging template says central logløsning',
  },
  { q: 'soa', kind: 'abbreviation', expect: [T.soa], why: 'the Statement of Applicability template' },
  {
    q: 'mfa',
    kind: 'abbreviation',
    expect: [T.adgang, E.frederiksbergMfa],
    why: 'the access template section on MFA and the MFA key experience',
  },
  {
    q: 'bcp',
    kind: 'abbreviation',
    expect: [T.itBeredskab, T.beredskabspolitik],
    why: 'business continuity plan: the pages say it-beredskabsplan',
  },
  {
    q: 'dba',
    kind: 'abbreviation',
    expect: [T.leverandoer],
    why: 'databehandleraftale; the supplier template never writes DBA',
  },
  {
    q: '2fa',
    kind: 'abbreviation',
    expect: [T.adgang, E.frederiksbergMfa],
    why: 'two-factor login; the pages say MFA',
  },

  // english
  {
    q: 'incident response',
    kind: 'english',
    expect: [T.haendelser, T.itBeredskab],
    why: 'the incident handling procedure; the plan for major incidents',
  },
  {
    q: 'risk assessment',
    kind: 'english',
    expect: [T.risikovurdering, T.metode],
    why: 'the risk assessment template and the method',
  },
  { q: 'data breach', kind: 'english', expect: [T.brud], why: 'brud på persondatasikkerheden' },
  {
    q: 'supplier audit',
    kind: 'english',
    expect: [T.leverandoer],
    why: 'tilsyn med leverandører og databehandlere (the management review says audit but is not the answer)',
  },
  {
    q: 'disaster recovery',
    kind: 'english',
    expect: [T.genetablering, T.itBeredskab],
    why: 'genetablering after an attack; the contingency plan',
  },
  {
    q: 'business continuity',
    kind: 'english',
    expect: [T.beredskabspolitik, T.itBeredskab],
    why: 'the contingency policy and plan',
  },
  { q: 'vulnerability management', kind: 'english', expect: [T.patch], why: 'sårbarheds- og patchstyring' },
  { q: 'access management', kind: 'english', expect: [T.adgang], why: 'adgangsstyring' },
  { q: 'security policy', kind: 'english', expect: [T.politik], why: 'informationssikkerhedspolitik' },
  {
    q: 'offboarding',
    kind: 'english',
    expect: [T.adgang],
    why: 'the access template section on closing access at fratrædelse',
  },
  {
    q: 'backup',
    kind: 'english',
    expect: [T.genetablering, E.aarhusBackup, E.odenseBackup],
    why: 'the English loanword the pages use: 3-2-1 backup in the recovery plan, the two backup experiences',
  },

  // typo
  {
    q: 'beredskbsplan',
    kind: 'typo',
    expect: [T.itBeredskab, T.mini],
    why: 'beredskabsplan with the a missing',
  },
  {
    q: 'risikovurdring',
    kind: 'typo',
    expect: [T.risikovurdering, T.metode],
    why: 'risikovurdering with the e missing',
  },
  {
    q: 'phising',
    kind: 'typo',
    expect: [T.awareness, E.holbaekPhish, E.kbhMail],
    why: 'phishing with the h missing',
  },
  { q: 'ransomeware', kind: 'typo', expect: [T.genetablering], why: 'ransomware with an extra e' },
  { q: 'leverandørstyrring', kind: 'typo', expect: [T.leverandoer], why: 'leverandørstyring with a doubled r' },
  { q: 'databehandleraftlae', kind: 'typo', expect: [T.leverandoer], why: 'databehandleraftale with a and l swapped' },
  { q: 'adgangstyring', kind: 'typo', expect: [T.adgang], why: 'adgangsstyring with the joining s missing' },
  {
    q: 'informationsikkerhedspolitik',
    kind: 'typo',
    expect: [T.politik],
    why: 'informationssikkerhedspolitik with one s missing',
  },
  { q: 'loggning', kind: 'typo', expect: [T.logning], why: 'logning with a doubled g' },
  { q: 'nodprocedure', kind: 'typo', expect: [T.noed], why: 'nødprocedure typed without ø' },
  { q: 'revisionserklæing', kind: 'typo', expect: [T.leverandoer], why: 'revisionserklæring with the r missing' },
  { q: 'persondatasikkerhden', kind: 'typo', expect: [T.brud], why: 'persondatasikkerheden with the e missing' },

  // question: several words as typed
  {
    q: 'hvordan tester vi beredskabsplanen',
    kind: 'question',
    expect: [S.testBeredskab, T.itBeredskab, T.beredskabspolitik],
    why: 'the answered question on testing the plan; the plan and policy sections on tests',
  },
  {
    q: 'skabelon til risikovurdering',
    kind: 'question',
    expect: [T.risikovurdering, T.metode],
    why: 'the risk assessment template, then the method it uses',
  },
  {
    q: 'hvor længe skal vi gemme logs',
    kind: 'question',
    expect: [S.logTid, S.adgangslogs, T.logning],
    why: 'the two answered questions on log retention and the logging template section on opbevaringstid',
  },
  {
    q: 'skal vi anmelde bruddet til datatilsynet',
    kind: 'question',
    expect: [T.brud],
    why: 'the breach template decides anmeldelse til Datatilsynet from the risk',
  },
  {
    q: 'hvordan giver jeg en kollega adgang',
    kind: 'question',
    expect: [N.adgang],
    why: 'the news "Sådan giver du en kollega adgang"',
  },
  {
    q: 'hvad gør vi når en medarbejder har klikket på et link',
    kind: 'question',
    expect: [T.haendelser],
    why: 'the incident procedure: its first example is a click on a link in a phishingmail',
  },
  {
    q: 'skal vi betale løsesum',
    kind: 'question',
    expect: [T.genetablering, T.mini],
    why: 'both plans: no ransom as starting point, a decision for kriseledelsen',
  },
  {
    q: 'hvornår skal vi lave en konsekvensanalyse',
    kind: 'question',
    expect: [S.dpia],
    why: 'the answered question on a konsekvensanalyse before logging network traffic',
  },
  {
    q: 'hvad skal der stå i en databehandleraftale',
    kind: 'question',
    expect: [T.leverandoer],
    why: 'the supplier template lists the elements art. 28(3) requires',
  },

  // nonsense: nothing should come back
  { q: 'xyzzy', kind: 'nonsense', expect: [], why: 'not a word' },
  { q: 'qwpoeiru', kind: 'nonsense', expect: [], why: 'keyboard mash' },
  { q: 'æøåæøå', kind: 'nonsense', expect: [], why: 'only the Danish letters' },
  { q: 'asdfghjkl', kind: 'nonsense', expect: [], why: 'the home row' },
  { q: 'zvbqxt plorf', kind: 'nonsense', expect: [], why: 'random letters in two words' },
];
