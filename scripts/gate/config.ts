/**
 * Gate configuration from the environment (docs/interfaces.md §5): the one place the gate's processes (`npm run
 * serve`, `npm start`) read their settings. In production (`NODE_ENV=production`) every weak or missing setting is
 * an error, so a misconfigured gate refuses to start instead of running open. Messages are Danish first, then
 * English, because operators of either language may read the log.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DIST_DIR } from '#model/layout.ts';

export interface GateConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  sessionSecret: string;
  /**
   * The session secret before a rotation (SIKKERHEDSNET_SESSION_SECRET_PREVIOUS): cookies sealed with it are still
   * accepted, so nobody is logged out; remove it after one session lifetime (8 hours).
   */
  previousSessionSecret?: string | undefined;
  publicUrl: URL;
  accessListFile: string;
  /**
   * Directory of logout revocations, shared by all gate replicas (SIKKERHEDSNET_REVOCATIONS; default
   * `revocations/` beside the access list). Production refuses to start when it cannot be created or written to.
   */
  revocationsDir: string;
  /**
   * Directory of activity events and their quarter keys, shared by all gate replicas (SIKKERHEDSNET_ACTIVITY;
   * default `activity/` beside the access list; #model/activity.ts). Production refuses to start when it cannot be
   * created or written to.
   */
  activityDir: string;
  distDir: string;
  port: number;
  /** Interface to listen on; loopback in development, all interfaces in production unless HOST says otherwise. */
  host: string | undefined;
  production: boolean;
  /** https public URL: `__Host-` cookie names and `Secure`. Plain http is accepted only on localhost. */
  secureCookies: boolean;
  /** http issuer allowed (loopback development identity provider only). */
  allowInsecureIssuer: boolean;
  /**
   * Refuse members whose municipality lists no Entra tenant id. On in production unless
   * SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS=1 (a transition while tenant ids are collected; warned at start-up).
   */
  requirePinnedTenant: boolean;
}

export type ConfigResult = { config?: GateConfig; errors: string[]; warnings: string[] };

/** Minimum length of SIKKERHEDSNET_SESSION_SECRET. */
export const MIN_SECRET_LENGTH = 32;

/** True for host names that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

function parseUrl(name: string, value: string | undefined, errors: string[]): URL | undefined {
  if (!value) {
    errors.push(`${name} mangler / ${name} is missing`);
    return undefined;
  }
  try {
    return new URL(value);
  } catch {
    errors.push(`${name} er ikke en gyldig URL: "${value}" / ${name} is not a valid URL`);
    return undefined;
  }
}

/** The default revocation directory: `revocations/` in the access list's directory. */
export function defaultRevocationsDir(accessListFile: string): string {
  return join(dirname(accessListFile), 'revocations');
}

/** The default activity directory: `activity/` in the access list's directory. */
export function defaultActivityDir(accessListFile: string): string {
  return join(dirname(accessListFile), 'activity');
}

/**
 * The secrets, by variable and by the name of their systemd credential: a unit with `LoadCredential=session-secret:…`
 * gives the gate the file `$CREDENTIALS_DIRECTORY/session-secret`, readable by the gate's process alone, instead of
 * a variable in the unit file's environment (deploy/sikkerhedsnet-gate@.service).
 */
export const SECRET_CREDENTIALS = {
  SIKKERHEDSNET_CLIENT_SECRET: 'client-secret',
  SIKKERHEDSNET_SESSION_SECRET: 'session-secret',
  SIKKERHEDSNET_SESSION_SECRET_PREVIOUS: 'session-secret-previous',
} as const;

/**
 * The environment with each secret that is not set taken from its credential file, when systemd passed one
 * (CREDENTIALS_DIRECTORY). Trailing line breaks are removed, as an editor leaves one.
 */
export function withCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const dir = env.CREDENTIALS_DIRECTORY;
  if (!dir) return env;
  const out = { ...env };
  for (const [variable, name] of Object.entries(SECRET_CREDENTIALS)) {
    if (out[variable]) continue;
    try {
      out[variable] = readFileSync(join(dir, name), 'utf8').replace(/[\r\n]+$/, '');
    } catch {
      // No such credential: the variable stays unset, and the checks below say so where it is required.
    }
  }
  return out;
}

/** Read and check the gate's settings; `cwd` resolves relative paths. */
export function loadGateConfig(given: NodeJS.ProcessEnv, cwd = process.cwd()): ConfigResult {
  const env = withCredentials(given);
  const errors: string[] = [];
  const warnings: string[] = [];
  const production = env.NODE_ENV === 'production';
  const port = env.PORT ? Number(env.PORT) : 4321;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    errors.push(`PORT skal være et portnummer / PORT must be a port number: "${env.PORT}"`);

  const issuer = parseUrl('SIKKERHEDSNET_ISSUER', env.SIKKERHEDSNET_ISSUER, errors);
  const clientId = env.SIKKERHEDSNET_CLIENT_ID ?? '';
  if (!clientId) errors.push('SIKKERHEDSNET_CLIENT_ID mangler / SIKKERHEDSNET_CLIENT_ID is missing');
  const clientSecret = env.SIKKERHEDSNET_CLIENT_SECRET || undefined;
  if (!clientSecret && production)
    errors.push('SIKKERHEDSNET_CLIENT_SECRET mangler / SIKKERHEDSNET_CLIENT_SECRET is missing');

  let sessionSecret = env.SIKKERHEDSNET_SESSION_SECRET ?? '';
  const weakSecret = `SIKKERHEDSNET_SESSION_SECRET skal være mindst ${MIN_SECRET_LENGTH} tegn / must be at least ${MIN_SECRET_LENGTH} characters`;
  if (!sessionSecret) {
    if (production) errors.push('SIKKERHEDSNET_SESSION_SECRET mangler / SIKKERHEDSNET_SESSION_SECRET is missing');
    else {
      sessionSecret = randomBytes(32).toString('base64url');
      warnings.push(
        'SIKKERHEDSNET_SESSION_SECRET mangler; en tilfældig bruges, så sessioner overlever ikke en genstart / missing; using a random one, sessions do not survive a restart',
      );
    }
  } else if (sessionSecret.length < MIN_SECRET_LENGTH) {
    (production ? errors : warnings).push(weakSecret);
  }
  const previousSessionSecret = env.SIKKERHEDSNET_SESSION_SECRET_PREVIOUS || undefined;
  if (previousSessionSecret !== undefined && previousSessionSecret.length < MIN_SECRET_LENGTH) {
    errors.push(
      `SIKKERHEDSNET_SESSION_SECRET_PREVIOUS skal være mindst ${MIN_SECRET_LENGTH} tegn / must be at least ${MIN_SECRET_LENGTH} characters`,
    );
  }
  if (previousSessionSecret !== undefined && previousSessionSecret === sessionSecret) {
    warnings.push(
      'SIKKERHEDSNET_SESSION_SECRET_PREVIOUS er den samme som SIKKERHEDSNET_SESSION_SECRET / is the same as the current secret',
    );
  }

  const publicUrl = env.SIKKERHEDSNET_PUBLIC_URL
    ? parseUrl('SIKKERHEDSNET_PUBLIC_URL', env.SIKKERHEDSNET_PUBLIC_URL, errors)
    : production
      ? parseUrl('SIKKERHEDSNET_PUBLIC_URL', undefined, errors)
      : new URL(`http://localhost:${port}`);
  if (publicUrl && publicUrl.protocol !== 'https:') {
    const msg = `SIKKERHEDSNET_PUBLIC_URL skal bruge https / must use https: "${publicUrl.href}"`;
    if (production || !isLoopbackHost(publicUrl.hostname)) errors.push(msg);
  }
  let allowInsecureIssuer = false;
  if (issuer && issuer.protocol !== 'https:') {
    allowInsecureIssuer = !production && issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
    if (!allowInsecureIssuer) errors.push(`SIKKERHEDSNET_ISSUER skal bruge https / must use https: "${issuer.href}"`);
  }

  const distDir = resolve(cwd, env.SIKKERHEDSNET_DIST || DIST_DIR);
  const accessListFile = resolve(cwd, env.SIKKERHEDSNET_ACCESS_LIST || join(distDir, 'access-list.json'));
  if (!env.SIKKERHEDSNET_ACCESS_LIST && production)
    errors.push('SIKKERHEDSNET_ACCESS_LIST mangler / SIKKERHEDSNET_ACCESS_LIST is missing');
  // Whether it can be written to is checked when the gate opens it (see revocations.ts).
  const revocationsDir = resolve(cwd, env.SIKKERHEDSNET_REVOCATIONS || defaultRevocationsDir(accessListFile));
  const activityDir = resolve(cwd, env.SIKKERHEDSNET_ACTIVITY || defaultActivityDir(accessListFile));

  const allowUnpinned = env.SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS === '1';
  if (production && allowUnpinned)
    warnings.push(
      'SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS=1: medlemmer fra kommuner uden tenant_ids godkendes alene på e-mail / members of municipalities without tenant_ids are accepted on their e-mail claim alone',
    );

  if (errors.length > 0 || !issuer || !publicUrl) return { errors, warnings };
  return {
    errors,
    warnings,
    config: {
      issuer,
      clientId,
      clientSecret,
      sessionSecret,
      previousSessionSecret,
      publicUrl,
      accessListFile,
      revocationsDir,
      activityDir,
      distDir,
      port,
      host: env.HOST || (production ? undefined : '127.0.0.1'),
      production,
      secureCookies: publicUrl.protocol === 'https:',
      allowInsecureIssuer,
      requirePinnedTenant: production && !allowUnpinned,
    },
  };
}

/** Settings of `npm start`, the whole product on one machine for development. */
export interface LocalConfig {
  /** Port of the gate on localhost (PORT, default 4321). */
  port: number;
  /** SIKKERHEDSNET_SESSION_SECRET, or a random one (sessions then end with the process). */
  sessionSecret: string;
}

/** Read `npm start`'s settings; it refuses to run in production, where `npm run serve` is the way. */
export function loadLocalConfig(env: NodeJS.ProcessEnv): { config?: LocalConfig; errors: string[] } {
  const errors: string[] = [];
  if (env.NODE_ENV === 'production')
    errors.push(
      'npm start er til lokal udvikling; brug "npm run serve" i drift. / npm start is for local development; use "npm run serve" in production.',
    );
  const port = Number(env.PORT ?? 4321);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    errors.push(`PORT skal være et portnummer, ikke "${env.PORT}"`);
  if (errors.length > 0) return { errors };
  return {
    errors,
    config: { port, sessionSecret: env.SIKKERHEDSNET_SESSION_SECRET ?? randomBytes(32).toString('base64url') },
  };
}
