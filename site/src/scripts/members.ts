/**
 * The member list's filters (/medlemmer/): topic, region, municipality and a text box for name or title narrow the
 * list at once. State lives in the URL (?emne=logning&region=Region%20Midtjylland) so a filtered list can be shared
 * and survives a reload; the count is said in a polite live region; each option shows how many members it would
 * leave, given the other filters. Without this script the page is a plain list of everyone.
 */

interface Filters {
  q: string;
  emne: string;
  region: string;
  kommune: string;
}
type Key = keyof Filters;

const KEYS: readonly Key[] = ['q', 'emne', 'region', 'kommune'];

const form = document.querySelector<HTMLFormElement>('#members-filters');
const layout = document.querySelector<HTMLElement>('#members-layout');
const toggle = document.querySelector<HTMLButtonElement>('#members-filter-toggle');
const statusBox = document.querySelector<HTMLElement>('#members-status');
const reset = document.querySelector<HTMLButtonElement>('#members-reset');
const items = [...document.querySelectorAll<HTMLLIElement>('#member-list > li')];

/** Does the member in `li` pass `filters`? The text matches anywhere in name or title, ignoring case. */
function matches(li: HTMLLIElement, filters: Filters): boolean {
  const d = li.dataset;
  if (filters.emne && !(d.emner ?? '').split(' ').includes(filters.emne)) return false;
  if (filters.region && d.region !== filters.region) return false;
  if (filters.kommune && d.kommune !== filters.kommune) return false;
  const words = filters.q.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  return words.every((w) => (d.tekst ?? '').includes(w));
}

function read(): Filters {
  const data = form ? new FormData(form) : new FormData();
  const value = (key: Key) => String(data.get(key) ?? '').trim();
  return { q: value('q'), emne: value('emne'), region: value('region'), kommune: value('kommune') };
}

/** Put the URL's state into the form; a value the page does not offer is ignored. */
function apply(params: URLSearchParams): void {
  if (!form) return;
  const q = form.elements.namedItem('q') as HTMLInputElement | null;
  if (q) q.value = params.get('q') ?? '';
  for (const key of ['emne', 'region'] as const) {
    const wanted = params.get(key) ?? '';
    const radios = [...form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${key}"]`)];
    const hit = radios.find((r) => r.value === wanted) ?? radios.find((r) => r.value === '');
    if (hit) hit.checked = true;
  }
  const select = form.elements.namedItem('kommune') as HTMLSelectElement | null;
  if (select)
    select.value = [...select.options].some((o) => o.value === params.get('kommune'))
      ? (params.get('kommune') ?? '')
      : '';
}

function writeUrl(filters: Filters): void {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]);
  // Spaces as %20, not +: "Region%20Midtjylland" reads the same in a shared link and in any URL parser.
  const query = params.toString().replaceAll('+', '%20');
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

/** The Danish name of a chosen option (its data-label), for the status line. */
function label(key: Key, value: string): string {
  const control = form?.querySelector<HTMLElement>(
    key === 'kommune' ? `option[value="${CSS.escape(value)}"]` : `input[name="${key}"][value="${CSS.escape(value)}"]`,
  );
  return control?.dataset.label ?? value;
}

/** "2 medlemmer med emnet Logning i Region Midtjylland." */
function describe(n: number, filters: Filters): string {
  const count = n === 0 ? 'Ingen medlemmer' : `${n} ${n === 1 ? 'medlem' : 'medlemmer'}`;
  const parts = [count];
  if (filters.emne) parts.push(`med emnet ${label('emne', filters.emne)}`);
  if (filters.region) parts.push(`i ${label('region', filters.region)}`);
  if (filters.kommune) parts.push(`i ${label('kommune', filters.kommune)}`);
  if (filters.q) parts.push(`hvis navn eller stilling indeholder »${filters.q}«`);
  const any = KEYS.some((k) => filters[k]);
  return `${parts.join(' ')}${any ? '' : ' i medlemslisten'}.`;
}

/** Show each option's count given the other filters: how many members choosing it would leave. */
function updateCounts(filters: Filters): void {
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? []) {
    const key = box.name as Key;
    const span = box.parentElement?.querySelector('.option-count');
    if (!span || !box.value) continue;
    const n = items.filter((li) => matches(li, { ...filters, [key]: box.value })).length;
    span.textContent = `(${n})`;
  }
}

function update(): void {
  const filters = read();
  let shown = 0;
  for (const li of items) {
    const ok = matches(li, filters);
    li.hidden = !ok;
    if (ok) shown++;
  }
  updateCounts(filters);
  writeUrl(filters);
  if (statusBox) statusBox.textContent = describe(shown, filters);
  const chosen = KEYS.filter((k) => k !== 'q' && filters[k]).length;
  if (toggle) toggle.textContent = chosen > 0 ? `Filtrér (${chosen} valgt)` : 'Filtrér';
}

function setFiltersOpen(open: boolean): void {
  toggle?.setAttribute('aria-expanded', String(open));
  layout?.toggleAttribute('data-filters-open', open);
}

function main(): void {
  if (!form) return;
  apply(new URLSearchParams(window.location.search));
  form.hidden = false;
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', () => setFiltersOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  }
  setFiltersOpen(false);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  reset?.addEventListener('click', () => {
    apply(new URLSearchParams());
    update();
  });
  update();
}

main();
