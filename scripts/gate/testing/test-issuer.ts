/**
 * A minimal OpenID issuer on loopback for ID-token tests, small enough to shape each token: discovery, JWKS, an
 * authorization endpoint that redirects straight back with a code, and a token endpoint (client_secret_post,
 * PKCE S256) whose ID token is signed with the published key or with a key the JWKS does not contain, and issued
 * at a chosen offset from now. Test-only; the development provider covers the ordinary flow.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** How the next ID token is made; tests change it between logins. */
export interface IdTokenShape {
  /** `published`: the key in the JWKS. `unpublished`: a key of the same type that the JWKS does not contain. */
  key: 'published' | 'unpublished';
  /** The `kid` header (the published key's is `published-key`). */
  kid: string;
  /** Seconds added to now for `iat` (positive: issued in the future). */
  iatOffset: number;
}

export interface TestIssuer {
  issuer: URL;
  shape: IdTokenShape;
  close(): Promise<void>;
}

interface PendingCode {
  nonce: string;
  challenge: string;
  redirectUri: string;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Start the issuer for one client; `claims` go into every ID token besides the protocol claims. */
export async function startTestIssuer(client: {
  clientId: string;
  clientSecret: string;
  claims: Record<string, unknown>;
}): Promise<TestIssuer> {
  const published = await generateKeyPair('RS256');
  const unpublished = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(published.publicKey)), kid: 'published-key', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const shape: IdTokenShape = { key: 'published', kid: 'published-key', iatOffset: 0 };
  let issuer = '';

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const form = await readForm(req);
    const pending = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (
      !pending ||
      form.get('grant_type') !== 'authorization_code' ||
      form.get('client_id') !== client.clientId ||
      form.get('client_secret') !== client.clientSecret ||
      form.get('redirect_uri') !== pending.redirectUri ||
      challenge !== pending.challenge
    ) {
      return json(res, 400, { error: 'invalid_grant' });
    }
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({ ...client.claims, nonce: pending.nonce })
      .setProtectedHeader({ alg: 'RS256', kid: shape.kid })
      .setIssuer(issuer)
      .setAudience(client.clientId)
      .setSubject('test-subject')
      .setIssuedAt(now + shape.iatOffset)
      .setExpirationTime(now + 600)
      .sign(shape.key === 'published' ? published.privateKey : unpublished.privateKey);
    json(res, 200, {
      access_token: randomBytes(16).toString('hex'),
      token_type: 'Bearer',
      expires_in: 600,
      id_token: idToken,
    });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post'],
      });
    }
    if (url.pathname === '/jwks') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      // No login page: the test is about the token, so every authorization request is granted at once.
      const redirectUri = url.searchParams.get('redirect_uri') ?? '';
      const code = randomBytes(16).toString('base64url');
      codes.set(code, {
        nonce: url.searchParams.get('nonce') ?? '',
        challenge: url.searchParams.get('code_challenge') ?? '',
        redirectUri,
      });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      return void res.writeHead(302, { Location: back.href }).end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      return void token(req, res).catch(() => json(res, 500, { error: 'server_error' }));
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: new URL(issuer),
    shape,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
