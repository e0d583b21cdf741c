/**
 * The gate's own pages, in Danish: no access (403), logged out, login failed, bad request, method not allowed,
 * and a plain 404 for a tier build without one. No inline script or style: the CSP forbids both, so the pages
 * link `/auth/gate.css`, which is served without login.
 */
import type { DomainInfo } from './access-list.ts';

/** Escape text for HTML element and attribute content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LOGOUT_FORM = `<form method="post" action="/logout"><button type="submit">Log ud</button></form>`;

/** A complete Danish HTML page with one stylesheet and no script: the shell of the gate's and the dev IdP's pages. */
export function htmlPage(title: string, site: string, stylesheet: string, body: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${site}</title>
<link rel="stylesheet" href="${stylesheet}">
${extraHead}</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function page(title: string, body: string): string {
  return htmlPage(title, 'Sikkerhedsnet', '/auth/gate.css', body);
}

/** Stylesheet for the gate's pages. */
export const GATE_CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}
main{max-width:40rem;margin:3rem auto;padding:0 1rem}h1{font-size:1.6rem}a{color:#0b4f8a}
button{font:inherit;padding:.5rem 1rem;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:4px;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}ul{padding-left:1.2rem}
`;

export interface ForbiddenPageInput {
  email: string;
  municipality: DomainInfo | undefined;
  /** KL's secretariat address from the access list, when the registry gives one. */
  secretariat?: string | undefined;
}

/**
 * "Kontaktpersonen i Aalborg Kommune kan give dig adgang:" for one contact person, "Kontaktpersonerne …" for
 * several; KL (code `KL`) is not a municipality, so its people are "i KL".
 */
function contactsHeading(m: DomainInfo): string {
  const who = m.contacts.length === 1 ? 'Kontaktpersonen' : 'Kontaktpersonerne';
  const where = m.municipality === 'KL' ? 'KL' : `${m.municipalityName} Kommune`;
  return `${who} i ${escapeHtml(where)} kan give dig adgang:`;
}

/** 403 for a logged-in person who is not (or no longer) a member: how to get access, and whom to ask. */
export function forbiddenPage(input: ForbiddenPageInput): string {
  const who = input.email
    ? `<p>Du er logget ind som <strong>${escapeHtml(input.email)}</strong>, men den adresse giver ikke adgang til Sikkerhedsnet.</p>`
    : '<p>Din organisation sendte ingen e-mailadresse ved login, så vi kan ikke se, om du er medlem.</p>';
  const m = input.municipality;
  const contacts = m?.contacts.length
    ? `<p>${contactsHeading(m)}</p>
<ul>${m.contacts.map((c) => `<li>${escapeHtml(c.name)} (<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>)</li>`).join('')}</ul>`
    : `<p>Spørg din kommunes kontaktperson for informationssikkerhed, eller skriv til KL’s sekretariat for informationssikkerhed${
        input.secretariat
          ? ` på <a href="mailto:${escapeHtml(input.secretariat)}">${escapeHtml(input.secretariat)}</a>`
          : ''
      }.</p>`;
  return page(
    'Du har ikke adgang',
    `${who}
<p>Sikkerhedsnet er for kommunernes medarbejdere inden for informationssikkerhed. Adgang gives af en kontaktperson i din kommune, som tilføjer dig i medlemsregistret.</p>
${contacts}
<p>Er du logget ind med den forkerte konto, så log ud og prøv igen.</p>
${LOGOUT_FORM}`,
  );
}

/**
 * Plain-text 401 body for an anonymous request that is not a top-level navigation (a script's fetch, a Pagefind
 * fragment): it cannot show the login page, so it is told to reload the page, which logs in.
 */
export const SESSION_REQUIRED_TEXT =
  'Du er ikke logget ind, eller din session er udløbet. Genindlæs siden for at logge ind igen.\n';

/** Shown after logout (the provider's post-logout redirect lands here). */
export function loggedOutPage(): string {
  return page('Du er logget ud', '<p>Du er nu logget ud af Sikkerhedsnet.</p>\n<p><a href="/">Log ind igen</a></p>');
}

/** Login could not be completed (state mismatch, replayed callback, provider error, expired login). */
export function loginFailedPage(): string {
  return page(
    'Login mislykkedes',
    '<p>Login kunne ikke gennemføres, eller linket er allerede brugt eller udløbet.</p>\n<p><a href="/">Prøv igen</a></p>',
  );
}

/** Malformed or refused URL. */
export function badRequestPage(): string {
  return page('Ugyldig adresse', '<p>Adressen kan ikke bruges. Gå til <a href="/">forsiden</a>.</p>');
}

/** Any method other than GET and HEAD (and POST on /logout). */
export function methodNotAllowedPage(): string {
  return page('Metoden er ikke tilladt', '<p>Siden kan kun hentes, ikke ændres.</p>');
}

/** Fallback 404 when the tier build has no `404.html`. */
export function notFoundPage(): string {
  return page('Siden findes ikke', '<p>Siden findes ikke. Gå til <a href="/">forsiden</a>.</p>');
}

/** Cross-site logout attempt. */
export function logoutRefusedPage(): string {
  return page(
    'Log ud blev afvist',
    '<p>Log ud skal ske fra Sikkerhedsnets egne sider.</p>\n<p><a href="/">Til forsiden</a></p>',
  );
}

/** The provider could not be reached to start login. */
export function providerUnavailablePage(): string {
  return page('Login er ikke tilgængeligt', '<p>Login-tjenesten svarer ikke lige nu. Prøv igen om lidt.</p>');
}
