/**
 * GitHub App authentication for the fake GitHub: a request signed with the app's private key (an RS256 JWT whose
 * `iss` is the app id, valid for at most 10 minutes) may read the app and its installation and create an
 * installation token; every other route takes a user token or an installation token. Test infrastructure only.
 */
import { randomBytes } from 'node:crypto';
import { importSPKI, jwtVerify } from 'jose';
import type { Caller, FakeState, Route } from './fake-github-routes.ts';

/** Installation tokens handed out so far: token → expiry (ms). */
export type TokenStore = Map<string, number>;

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

/** Who the `Authorization` header belongs to, or undefined when it is not valid. */
export async function authenticate(
  header: string,
  state: FakeState,
  userToken: string,
  tokens: TokenStore,
  now = Date.now(),
): Promise<Caller | undefined> {
  const [scheme = '', value = ''] = header.split(' ');
  if (!/^(token|bearer)$/i.test(scheme)) return undefined;
  if (value === userToken) return { kind: 'user', login: state.self.login };
  const expires = tokens.get(value);
  if (expires !== undefined && state.app) {
    return expires > now ? { kind: 'installation', login: `${state.app.slug}[bot]` } : undefined;
  }
  if (!state.app || value.split('.').length !== 3) return undefined;
  try {
    const key = await importSPKI(state.app.publicKey, 'RS256');
    const { payload } = await jwtVerify(value, key, { algorithms: ['RS256'], currentDate: new Date(now) });
    const lifetime = (payload.exp ?? 0) - (payload.iat ?? 0);
    if (String(payload.iss) !== String(state.app.id) || lifetime > 600) return undefined;
    return { kind: 'app' };
  } catch {
    return undefined;
  }
}

/** A new installation token, valid for an hour. */
export function issueToken(tokens: TokenStore): string {
  const token = `ghs_${randomBytes(18).toString('hex')}`;
  tokens.set(token, Date.now() + TOKEN_LIFETIME_MS);
  return token;
}

const ORG = '(?<org>[^/]+)';
const needsApp = { status: 401, body: { message: 'A JSON web token could not be decoded' } };

/** Routes only an app JWT may call. */
export function appRoutes(tokens: TokenStore): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/app$/,
      handle: (s, _p, _b, caller) =>
        caller.kind !== 'app' || !s.app
          ? needsApp
          : { status: 200, body: { id: s.app.id, slug: s.app.slug, name: s.app.slug, owner: { login: s.org } } },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/orgs/${ORG}/installation$`),
      handle: (s, p, _b, caller) => {
        if (caller.kind !== 'app' || !s.app) return needsApp;
        if (p.org !== s.org) return { status: 404, body: { message: 'Not Found' } };
        return { status: 200, body: { id: s.app.installationId, account: { login: s.org }, app_id: s.app.id } };
      },
    },
    {
      method: 'POST',
      pattern: /^\/app\/installations\/(?<id>\d+)\/access_tokens$/,
      handle: (s, p, _b, caller) => {
        if (caller.kind !== 'app' || !s.app) return needsApp;
        if (Number(p.id) !== s.app.installationId) return { status: 404, body: { message: 'Not Found' } };
        const token = issueToken(tokens);
        const expires = tokens.get(token) ?? 0;
        return {
          status: 201,
          body: {
            token,
            expires_at: new Date(expires).toISOString(),
            permissions: { members: 'write', administration: 'read' },
            repository_selection: 'all',
          },
        };
      },
    },
  ];
}

/** True for the routes above, which refuse anything but an app JWT. */
export const isAppRoute = (path: string): boolean =>
  path === '/app' || /^\/orgs\/[^/]+\/installation$/.test(path) || /^\/app\/installations\//.test(path);
