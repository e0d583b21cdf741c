/**
 * The embedded development identity provider: oidc-provider 9 on loopback, with the access list's members as
 * accounts and a Danish page to pick one. Used by `npm start` and the gate's tests; never in production.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type KoaContextLike } from 'oidc-provider';
import { type DevAccount, subjectFor } from './accounts.ts';
import { errorPage, IDP_CSS, loggedOutPage, loginPage, logoutPage } from './idp-pages.ts';
import { handleInteraction } from './interaction.ts';

export interface DevIdpOptions {
  /** The gate's public URL; its callback and logged-out page are registered as the client's URIs. */
  gateUrl: URL;
  clientId: string;
  clientSecret: string;
  /** Accounts, read at every login so a reloaded access list shows up. */
  accounts: () => readonly DevAccount[];
  port?: number;
  host?: string;
}

export interface DevIdp {
  issuer: URL;
  close(): Promise<void>;
}

const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Start the provider on `host:port` (default 127.0.0.1 and any free port); resolves once it listens. */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const host = options.host ?? '127.0.0.1';
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(PAGE_HEADERS)) res.setHeader(k, v);
    if (req.url === '/dev-idp.css') {
      res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }).end(IDP_CSS);
      return;
    }
    handler?.(req, res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = new URL(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  const find = (id: string) => options.accounts().find((a) => a.id === id);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'dev-idp' };

  const provider = new Provider(issuer.origin, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [new URL('/auth/callback', options.gateUrl).href],
        post_logout_redirect_uris: [new URL('/auth/logget-ud', options.gateUrl).href],
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [crypto.randomUUID()] },
    // Entra puts tid in every ID token; email and name are asked for with the email and profile scopes.
    claims: {
      openid: ['sub', 'tid', 'oid'],
      email: ['email', 'email_verified'],
      profile: ['name', 'preferred_username'],
    },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: {
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextLike, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx: KoaContextLike) => {
          ctx.type = 'html';
          ctx.body = loggedOutPage();
        },
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    renderError: (ctx: KoaContextLike, out: { error: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description);
    },
    findAccount: (_ctx: unknown, id: string) => {
      const account = find(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: subjectFor(account),
          oid: subjectFor(account),
          tid: account.tid,
          email: account.email,
          email_verified: true,
          name: account.name,
          preferred_username: account.email,
        }),
      };
    },
    // The gate is a first-party client: grant its scopes without a consent screen, as an admin-consented Entra app.
    loadExistingGrant: async (ctx: KoaContextLike) => {
      const clientId = ctx.oidc.client?.clientId ?? '';
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  handler = (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      handleInteraction(provider, req, res, options.accounts, loginPage).catch((error: Error) => {
        if (!res.headersSent)
          res
            .writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' })
            .end(errorPage('invalid_request', error.message));
      });
      return;
    }
    callback(req, res);
  };
  return {
    issuer,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
