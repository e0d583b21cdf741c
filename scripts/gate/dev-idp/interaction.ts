/**
 * The login interaction of the development provider: GET shows the account picker, POST `…/login` finishes the
 * interaction as the chosen account, POST `…/abort` ends it with `access_denied`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { DevAccount } from './accounts.ts';

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

/** Handle a request under `/interaction/`. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  accounts: () => readonly DevAccount[],
  render: (uid: string, accounts: readonly DevAccount[]) => string,
): Promise<void> {
  const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ikke fundet\n');
    return;
  }
  const action = match[2];
  const details = await provider.interactionDetails(req, res);
  if (!action && req.method === 'GET') {
    const html = render(details.uid, accounts());
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
    return;
  }
  if (req.method !== 'POST' || !action) {
    res
      .writeHead(405, { Allow: 'GET, POST', 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Metoden er ikke tilladt\n');
    return;
  }
  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Login annulleret' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const form = await readForm(req);
  const account = accounts().find((a) => a.id === form.get('account'));
  if (!account) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ukendt konto\n');
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.id } },
    { mergeWithLastSubmission: false },
  );
}
