/**
 * Search page UI on Pagefind's JS API: query box, filters with counts (checkboxes in fieldsets), results with
 * highlighted excerpts, and a polite live region. Native controls only, so it works with the keyboard alone.
 * State lives in the URL (?q=…&f=kategori:Beredskab) so results can be shared and the back button works.
 */
import { FILTER_LABELS, loadPagefind, type PagefindApi } from './pagefind-api.ts';

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const filtersBox = document.querySelector<HTMLElement>('#search-filters');
const statusBox = document.querySelector<HTMLElement>('#search-status');
const resultsBox = document.querySelector<HTMLOListElement>('#search-results');

const SESSION_EXPIRED = 'Din session er udløbet – genindlæs siden.';
// The latest run owns the status line: a slow probe of an older run must not overwrite a newer result.
let runs = 0;

/**
 * After the session expires the gate answers Pagefind's files with 401 (only a page load can log in again).
 * Pagefind then skips the index chunks it could not load, so the search comes back empty or fails; one small
 * probe tells that apart from a real miss.
 */
async function sessionExpired(): Promise<boolean> {
  const probe = await fetch('/pagefind/pagefind-entry.json', { cache: 'no-store' }).catch(() => undefined);
  return probe?.status === 401;
}

function addTo(map: Record<string, string[]>, key: string, value: string): void {
  const list = map[key] ?? [];
  list.push(value);
  map[key] = list;
}

function readState(): { q: string; selected: Record<string, string[]> } {
  const params = new URLSearchParams(window.location.search);
  const selected: Record<string, string[]> = {};
  for (const f of params.getAll('f')) {
    const i = f.indexOf(':');
    if (i > 0) addTo(selected, f.slice(0, i), f.slice(i + 1));
  }
  return { q: params.get('q') ?? '', selected };
}

function writeState(q: string, selected: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [key, values] of Object.entries(selected)) for (const v of values) params.append('f', `${key}:${v}`);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

function selectedFilters(): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of filtersBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
    addTo(selected, box.dataset.key ?? '', box.value);
  }
  return selected;
}

function renderFilters(counts: Record<string, Record<string, number>>, selected: Record<string, string[]>): void {
  if (!filtersBox) return;
  const focusedId = document.activeElement?.id;
  filtersBox.replaceChildren();
  for (const key of Object.keys(FILTER_LABELS)) {
    const values = counts[key];
    if (!values || Object.keys(values).length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key] ?? key;
    fieldset.append(legend);
    // Values without results are noise in a long list (tags); a ticked one stays so it can be unticked.
    const options = Object.entries(values)
      .filter(([value, count]) => count > 0 || (selected[key]?.includes(value) ?? false))
      .sort(([a], [b]) => a.localeCompare(b, 'da'));
    if (options.length === 0) continue;
    for (const [value, count] of options) {
      const id = `f-${key}-${value}`.replace(/[^a-zA-Z0-9æøåÆØÅ_-]/g, '-');
      const box = document.createElement('input');
      Object.assign(box, { type: 'checkbox', id, value, checked: selected[key]?.includes(value) ?? false });
      box.dataset.key = key;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${value} (${count})`;
      const row = document.createElement('div');
      row.className = 'filter-option';
      row.append(box, label);
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
  // Re-rendering replaces the checkboxes; keep keyboard focus where the user was.
  if (focusedId) document.getElementById(focusedId)?.focus();
}

async function run(api: PagefindApi): Promise<void> {
  const id = ++runs;
  const q = input?.value.trim() ?? '';
  const selected = selectedFilters();
  writeState(q, selected);
  const hasFilters = Object.keys(selected).length > 0;
  if (!q && !hasFilters) {
    renderFilters(await api.filters(), selected);
    resultsBox?.replaceChildren();
    if (statusBox) statusBox.textContent = 'Skriv et søgeord eller vælg et filter.';
    return;
  }
  const search = await api.debouncedSearch(q || null, { filters: selected }, 200);
  if (!search) return; // superseded by a newer keystroke
  renderFilters(search.filters, selected);
  const shown = search.results.slice(0, 20);
  const data = await Promise.all(shown.map((r) => r.data()));
  const items = data.map((d) => {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    h.append(a);
    const p = document.createElement('p');
    // Pagefind escapes page text and adds only <mark> around matches.
    p.innerHTML = d.excerpt;
    li.append(h, p);
    return li;
  });
  resultsBox?.replaceChildren(...items);
  const n = search.results.length;
  const what = q ? ` for »${q}«` : '';
  if (n === 0) return showFailure(`Ingen resultater${what}.`, id);
  if (statusBox) {
    statusBox.textContent = `${n} ${n === 1 ? 'resultat' : 'resultater'}${what}${n > 20 ? ' (viser de første 20)' : ''}.`;
  }
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
  let api: PagefindApi;
  try {
    api = await loadPagefind();
  } catch {
    await showFailure('Søgningen kunne ikke indlæses. Prøv igen senere.');
    return;
  }
  renderFilters(await api.filters(), state.selected);
  const search = () => run(api).catch(() => showFailure('Søgningen mislykkedes. Prøv igen.'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  input.addEventListener('input', () => void search());
  filtersBox.addEventListener('change', () => void search());
  await search();
}

void main();
