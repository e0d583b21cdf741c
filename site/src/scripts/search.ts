/**
 * Search page UI on Pagefind's JS API: query box, filters with counts (checkboxes in fieldsets), results that say
 * what each hit is (type, category, date, status), and a polite live region. Native controls only, so it works
 * with the keyboard alone. State lives in the URL (?q=…&f=kategori:Beredskab) so results can be shared and the
 * back button works. On narrow screens the filters sit behind a "Filtrér" disclosure button (search.css).
 */

import type { Vocabulary } from '#model/search-vocabulary.ts';
import {
  FILTER_LABELS,
  type FilterSelection,
  filterValueLabel,
  loadPagefind,
  type PagefindApi,
} from './pagefind-api.ts';
import { resultItem } from './search-results.ts';
import { findPages, loadVocabulary } from './search-words.ts';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const layout = document.querySelector<HTMLElement>('#search-layout');
const toggle = document.querySelector<HTMLButtonElement>('#filter-toggle');
const filtersBox = document.querySelector<HTMLElement>('#search-filters');
const statusBox = document.querySelector<HTMLElement>('#search-status');
const resultsBox = document.querySelector<HTMLOListElement>('#search-results');

const SESSION_EXPIRED = 'Din session er udløbet – genindlæs siden.';
/** Typing searches once the keys rest this long; Enter and a filter change search at once. */
const TYPING_DELAY_MS = 200;
const SHOWN = 20;
/** A typed search counts as settled once the query has stayed the same this long (Enter settles at once). */
const SETTLED_DELAY_MS = 1500;
/** Searches with at most this many results tell the gate what members look for and do not find. */
const FEW_RESULTS = 2;

/** The gate's route for that (scripts/gate/activity-route.ts); a static server without the gate answers 404. */
const REPORT_URL = '/_sikkerhedsnet/soegning';
// The latest run owns the page: an older, slower search must not overwrite a newer result or status.
let runs = 0;
// Queries already told to the gate on this page view, and the report waiting for the query to settle.
const reported = new Set<string>();
let settling: number | undefined;

/** Tell the gate once per distinct query per page view; no retries, every failure (404, 405, offline) ignored. */
function report(q: string, n: number): void {
  const key = q.toLowerCase();
  if (reported.has(key)) return;
  reported.add(key);
  fetch(REPORT_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ q, n }),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}

/**
 * After the session expires the gate answers Pagefind's files with 401 (only a page load can log in again).
 * Pagefind then skips the index chunks it could not load, so the search comes back empty or fails; one small
 * probe tells that apart from a real miss.
 */
async function sessionExpired(): Promise<boolean> {
  const probe = await fetch('/pagefind/pagefind-entry.json', { cache: 'no-store' }).catch(() => undefined);
  return probe?.status === 401;
}

function addTo(map: FilterSelection, key: string, value: string): void {
  const list = map[key] ?? [];
  list.push(value);
  map[key] = list;
}

function readState(): { q: string; selected: FilterSelection } {
  const params = new URLSearchParams(window.location.search);
  const selected: FilterSelection = {};
  for (const f of params.getAll('f')) {
    const i = f.indexOf(':');
    if (i > 0) addTo(selected, f.slice(0, i), f.slice(i + 1));
  }
  return { q: params.get('q') ?? '', selected };
}

function writeState(q: string, selected: FilterSelection): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [key, values] of Object.entries(selected)) for (const v of values) params.append('f', `${key}:${v}`);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

function selectedFilters(): FilterSelection {
  const selected: FilterSelection = {};
  for (const box of filtersBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
    addTo(selected, box.dataset.key ?? '', box.value);
  }
  return selected;
}

/** Open or close the filters on narrow screens (wide screens always show them: search.css). */
function setFiltersOpen(open: boolean): void {
  toggle?.setAttribute('aria-expanded', String(open));
  layout?.toggleAttribute('data-filters-open', open);
}

function renderFilters(counts: Record<string, Record<string, number>>, selected: FilterSelection): void {
  if (!filtersBox) return;
  const focusedId = document.activeElement?.id;
  filtersBox.replaceChildren();
  for (const key of Object.keys(FILTER_LABELS)) {
    const ticked = selected[key] ?? [];
    // Values without results are noise in a long list (tags); a ticked one stays so it can be unticked.
    const options = Object.entries(counts[key] ?? {})
      .filter(([value, count]) => count > 0 || ticked.includes(value))
      .map(([value, count]) => ({ value, count, label: filterValueLabel(key, value) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'da'));
    // A group with one value narrows nothing: hide it, unless that value is ticked (then it can be unticked).
    const only = options.length === 1 ? options[0]?.value : undefined;
    if (options.length === 0 || (only !== undefined && !ticked.includes(only))) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key] ?? key;
    fieldset.append(legend);
    for (const { value, count, label: text } of options) {
      const id = `f-${key}-${value}`.replace(/[^a-zA-Z0-9æøåÆØÅ_-]/g, '-');
      const box = document.createElement('input');
      Object.assign(box, { type: 'checkbox', id, value, checked: ticked.includes(value) });
      box.dataset.key = key;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${text} (${count})`;
      const row = document.createElement('div');
      row.className = 'filter-option';
      row.append(box, label);
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
  if (toggle) {
    const n = Object.values(selected).reduce((sum, values) => sum + values.length, 0);
    toggle.textContent = n > 0 ? `Filtrér (${n} valgt)` : 'Filtrér';
    toggle.hidden = filtersBox.childElementCount === 0;
  }
  // Re-rendering replaces the checkboxes; keep keyboard focus where the user was.
  if (focusedId) document.getElementById(focusedId)?.focus();
}

/** "»beredskabsplan«" as a link that searches it in one click (and works as a plain link without the script). */
function searchLink(query: string, api: PagefindApi, vocabulary: Vocabulary | undefined): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = `?q=${encodeURIComponent(query)}`;
  link.className = 'search-suggestion';
  link.textContent = `»${query}«`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (input) input.value = query;
    void run(api, vocabulary, true).catch(() => showFailure('Søgningen mislykkedes. Prøv igen.'));
    input?.focus();
  });
  return link;
}

const count = (n: number) => `${n} ${n === 1 ? 'resultat' : 'resultater'}`;

async function run(api: PagefindApi, vocabulary: Vocabulary | undefined, settled = false): Promise<void> {
  const id = ++runs;
  window.clearTimeout(settling);
  const q = input?.value.trim() ?? '';
  const selected = selectedFilters();
  writeState(q, selected);
  if (!q && Object.keys(selected).length === 0) {
    const counts = await api.filters();
    if (id !== runs) return;
    renderFilters(counts, selected);
    resultsBox?.replaceChildren();
    if (statusBox) statusBox.textContent = 'Skriv et søgeord eller vælg et filter.';
    return;
  }
  const found = await findPages(api, vocabulary, q, selected, () => id !== runs);
  if (!found) return;
  const { search, corrected, note, skipped } = found;
  renderFilters(search.filters, selected);
  const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  if (id !== runs) return;
  resultsBox?.replaceChildren(...data.map(resultItem));
  const n = search.results.length;
  // Only a plain query: a search narrowed by filters finding little says nothing about what the library lacks.
  if (q && n <= FEW_RESULTS && Object.keys(selected).length === 0) {
    if (settled) report(q, n);
    else settling = window.setTimeout(() => report(q, n), SETTLED_DELAY_MS);
  }
  const what = q ? ` for »${q}«` : '';
  if (n === 0) return showFailure(`Ingen resultater${what}.`, id);
  if (!statusBox) return;
  const more = n > SHOWN ? ` (viser de første ${SHOWN})` : '';
  if (corrected) {
    statusBox.replaceChildren(
      `Ingen resultater${what}. Mente du `,
      searchLink(corrected, api, vocabulary),
      `? Viser ${count(n)} for det${more}.`,
    );
    return;
  }
  const parts: (string | Node)[] = [`${count(n)}${what}${more}.`];
  if (note === 'some-words') parts.push(' Ingen sider har alle ordene; først dem, der har flest af dem.');
  else if (typeof note === 'number') {
    parts.push(` ${note === 1 ? 'Den første har' : `De første ${note} har`} alle ordene, de næste nogle af dem.`);
  }
  if (skipped) {
    const words = skipped.map((w) => `»${w}«`).join(' og ');
    parts.push(` Ingen sider har ${words}; der er søgt uden ${skipped.length === 1 ? 'det' : 'dem'}.`);
  }
  const better = q && n <= FEW_RESULTS ? vocabulary?.betterSpelling(q) : undefined;
  if (better) parts.push(' Mente du ', searchLink(better, api, vocabulary), '?');
  statusBox.replaceChildren(...parts);
}

/** Say that the session expired when it did, else `fallback` (no results, or a failed search). */
async function showFailure(fallback: string, id = runs): Promise<void> {
  const expired = await sessionExpired();
  if (statusBox && id === runs) statusBox.textContent = expired ? SESSION_EXPIRED : fallback;
}

async function main(): Promise<void> {
  if (!form || !input || !filtersBox) return;
  const state = readState();
  input.value = state.q;
  setFiltersOpen(false);
  toggle?.addEventListener('click', () => setFiltersOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  let api: PagefindApi;
  // The vocabulary loads beside Pagefind; without it (an older build, a failed request) Pagefind answers alone.
  const vocabularyLoading = loadVocabulary();
  try {
    api = await loadPagefind();
  } catch {
    await showFailure('Søgningen kunne ikke indlæses. Prøv igen senere.');
    return;
  }
  // Pagefind counts filter values only once its filter index is loaded, so that comes first; the index chunks of
  // a query that arrived in the URL (from the header box) load meanwhile, and the search then finds them ready.
  const [counts] = await Promise.all([
    api.filters(),
    state.q ? api.preload(state.q, { filters: state.selected }).catch(() => undefined) : undefined,
  ]);
  renderFilters(counts, state.selected);
  const vocabulary = await vocabularyLoading;
  let typing: number | undefined;
  const search = (settled = false) => {
    window.clearTimeout(typing);
    return run(api, vocabulary, settled).catch(() => showFailure('Søgningen mislykkedes. Prøv igen.'));
  };
  // Enter searches at once; only typing waits for a pause, while the index chunks for the word start loading.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(true);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    const q = input.value.trim();
    if (q) api.preload(q, { filters: selectedFilters() }).catch(() => undefined);
    typing = window.setTimeout(() => void search(), TYPING_DELAY_MS);
  });
  filtersBox.addEventListener('change', () => void search());
  await search();
}

void main();
