/**
 * Danish pages of the development identity provider: pick a demo account, confirm logout, errors.
 * Plain forms and one stylesheet; no scripts, so they work under a strict CSP.
 */
import { escapeHtml, htmlPage } from '../pages.ts';
import type { DevAccount } from './accounts.ts';

/** Stylesheet served at `/dev-idp.css`. */
export const IDP_CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;background:#f4f6f8;color:#1b1b1b}
main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:6px}
h1{font-size:1.5rem;margin-top:0}ul{list-style:none;padding:0}li{margin:.5rem 0}
button{font:inherit;width:100%;text-align:left;padding:.6rem .8rem;border:1px solid #0b4f8a;border-radius:4px;background:#fff;color:#0b4f8a;cursor:pointer}
button:hover{background:#e8f0f8}button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.who{display:block;font-weight:600}.what{display:block;font-size:.9rem;color:#333}.note{font-size:.9rem;color:#333}
`;

function layout(title: string, body: string): string {
  return htmlPage(title, 'lokal login-tjeneste', '/dev-idp.css', body, '<link rel="icon" href="data:,">\n');
}

/** The account picker; each account is a submit button of one form posting to `/interaction/<uid>/login`. */
export function loginPage(uid: string, accounts: readonly DevAccount[]): string {
  const items = accounts
    .map(
      (a) =>
        `<li><button type="submit" name="account" value="${escapeHtml(a.id)}">` +
        `<span class="who">${escapeHtml(a.name)}</span>` +
        `<span class="what">${escapeHtml(a.email)} · ${escapeHtml(a.description)}</span></button></li>`,
    )
    .join('\n');
  return layout(
    'Vælg en demokonto',
    `<p class="note">Dette er den lokale login-tjeneste til udvikling. I drift logger man ind hos sin egen kommune.</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<ul>
${items}
</ul>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><p><button type="submit">Annullér login</button></p></form>`,
  );
}

/** Logout confirmation; `form` is oidc-provider's hidden form with its xsrf token (id `op.logoutForm`). */
export function logoutPage(form: string): string {
  return layout(
    'Log ud',
    `<p>Vil du logge ud af den lokale login-tjeneste?</p>
${form}
<p><button type="submit" form="op.logoutForm" value="yes" name="logout">Ja, log mig ud</button></p>
<p><button type="submit" form="op.logoutForm">Nej, forbliv logget ind</button></p>`,
  );
}

/** After a logout without a redirect back. */
export function loggedOutPage(): string {
  return layout('Du er logget ud', '<p>Du er logget ud af den lokale login-tjeneste.</p>');
}

/** Error page (no internals beyond the OAuth error code). */
export function errorPage(error: string, description: string | undefined): string {
  return layout('Login-fejl', `<p>${escapeHtml(error)}${description ? `: ${escapeHtml(description)}` : ''}</p>`);
}
