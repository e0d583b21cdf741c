/**
 * One search result as the search page lists it: the title as a link, a line that says what the hit is (type,
 * category, date, status; from the page's data-pagefind-meta), and Pagefind's excerpt.
 */
import { EXTRA_MARK } from '#model/search-vocabulary.ts';
import { type PagefindResultData, TYPE_LABELS } from './pagefind-api.ts';

/** Statuses that are marked: a draft or an outdated template is not one to adopt as it is. */
const MARKED_STATUS: Record<string, string> = { udkast: 'Udkast', forældet: 'Forældet' };

/** What a result is, in one line: "Skabelon · Risikostyring · opdateret 1. oktober 2026 · gældende". */
function resultFacts(meta: PagefindResultData['meta']): (string | HTMLElement)[] {
  const facts: (string | HTMLElement)[] = [];
  if (meta.type) facts.push(TYPE_LABELS[meta.type] ?? meta.type);
  if (meta.kategori) facts.push(meta.kategori);
  // An experience: "Erfaring · Backup og gendannelse · Backupfabrikken A/S · Anbefales med forbehold".
  for (const fact of [meta.omraade, meta.leverandoer, meta.vurdering]) if (fact) facts.push(fact);
  if (meta.date) facts.push(meta.type === 'skabelon' ? `opdateret ${meta.date}` : meta.date);
  const status = meta.status ? MARKED_STATUS[meta.status] : undefined;
  if (status) {
    const badge = document.createElement('span');
    badge.className = `result-status result-status-${meta.status === 'forældet' ? 'foraeldet' : 'udkast'}`;
    badge.textContent = status;
    facts.push(badge);
  } else if (meta.status) facts.push(meta.status);
  return facts;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page's own indexed text, before the words the index added; undefined when it added none. */
function ownText(d: PagefindResultData): string | undefined {
  const mark = d.content?.indexOf(EXTRA_MARK) ?? -1;
  return mark < 0 ? undefined : d.content?.slice(0, mark);
}

/** The list item of one result. */
export function resultItem(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h.append(a);
  li.append(h);
  const facts = resultFacts(d.meta);
  if (facts.length > 0) {
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.append(...facts.flatMap((fact, i) => (i > 0 ? [' · ', fact] : [fact])));
    li.append(meta);
  }
  const p = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matches.
  p.innerHTML = d.excerpt;
  const own = ownText(d);
  if (own !== undefined && !collapse(own).includes(collapse(p.textContent ?? ''))) {
    // The excerpt lies in the words the index added (a compound's parts, glossary terms): the page's summary says
    // more than that list; without one, the page's own text from its start.
    p.textContent = d.meta.resume ?? `${own.split(/\s+/).slice(0, 30).join(' ')} …`;
  }
  li.append(p);
  return li;
}
