/**
 * The OpenID Connect side of the gate (openid-client 6): authorization code flow with PKCE, state and nonce,
 * and RP-initiated logout. Discovery happens on first use and is retried after a failure, so the gate can start
 * while the identity provider is still coming up.
 *
 * The ID token's signature is checked against the issuer's JWKS: openid-client 6 leaves that to the caller for a
 * token from the token endpoint (TLS is taken to vouch for it) unless `enableNonRepudiationChecks` is set, and the
 * gate's trust in the `email` and `tid` claims should not rest on the transport alone.
 */
import * as client from 'openid-client';
import type { LoginState } from './session.ts';

export interface OidcOptions {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  /** Permit http to the issuer; set only for a loopback development provider (checked in config). */
  allowInsecure: boolean;
}

/**
 * Clock tolerance for the ID token's time claims, in seconds: `exp` and `nbf` (checked by openid-client, default
 * 30 s) and `iat`, which openid-client only type-checks. A token issued more than this in the future is refused.
 */
export const CLOCK_TOLERANCE_SECONDS = 60;

/** The validated ID-token claims the gate uses. */
export interface LoginClaims {
  sub: string;
  email: string;
  tid: string | undefined;
  name: string | undefined;
}

export interface OidcClient {
  /** Build the authorization URL and the login state to keep in the login cookie. */
  start(returnTo: string): Promise<{ url: URL; login: LoginState }>;
  /** Exchange the code in `callbackUrl`; throws on any mismatch of state, nonce, PKCE, issuer or signature. */
  finish(callbackUrl: URL, login: LoginState): Promise<LoginClaims>;
  /** The provider's end-session URL, or undefined when it has none. */
  endSessionUrl(postLogoutRedirectUri: string): Promise<URL | undefined>;
}

/** Create the client; nothing is fetched until the first login. */
export function createOidcClient(options: OidcOptions): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const config = () => {
    configuration ??= client
      .discovery(
        options.issuer,
        options.clientId,
        {
          ...(options.clientSecret ? { client_secret: options.clientSecret } : {}),
          [client.clockTolerance]: CLOCK_TOLERANCE_SECONDS,
        },
        undefined,
        {
          execute: [
            client.enableNonRepudiationChecks,
            ...(options.allowInsecure ? [client.allowInsecureRequests] : []),
          ],
        },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    async start(returnTo) {
      const cfg = await config();
      const verifier = client.randomPKCECodeVerifier();
      const login: LoginState = { state: client.randomState(), nonce: client.randomNonce(), verifier, returnTo };
      // PKCE, state and nonce are always sent: never conditional on what the provider advertises.
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: options.redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state: login.state,
        nonce: login.nonce,
      });
      return { url, login };
    },
    async finish(callbackUrl, login) {
      const cfg = await config();
      const tokens = await client.authorizationCodeGrant(cfg, callbackUrl, {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token claims');
      // Date.now(), the clock openid-client checks exp against; a future iat is a forgery or a broken issuer clock.
      if (claims.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) {
        throw Object.assign(new Error('ID token issued in the future'), { code: 'GATE_IAT_IN_FUTURE' });
      }
      const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
      return {
        sub: claims.sub,
        email: (str(claims.email) ?? '').toLowerCase(),
        tid: str(claims.tid),
        name: str(claims.name),
      };
    },
    async endSessionUrl(postLogoutRedirectUri) {
      const cfg = await config().catch(() => undefined);
      if (!cfg?.serverMetadata().end_session_endpoint) return undefined;
      return client.buildEndSessionUrl(cfg, { post_logout_redirect_uri: postLogoutRedirectUri });
    },
  };
}
