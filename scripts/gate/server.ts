/**
 * The SSO gate: a `node:http` server in front of `dist/kerne/` and `dist/bred/`. Order of checks per request:
 * health → URL syntax → method → gate routes → session (not revoked; without one: login for a navigation, else
 * 401) → membership (every request) → tier manifest. An HTML page served to a member is recorded as a page event,
 * and `POST /_sikkerhedsnet/soegning` records a search that found little (activity.ts).
 */
import type { Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { authorize, municipalityForEmail } from './access-list.ts';
import type { AccessListStore } from './access-list-store.ts';
import { formatAccessLine } from './access-log.ts';
import { type Activity, openActivity, type Viewer } from './activity.ts';
import { createRateLimit, handleSearchReport, isSameOrigin, SEARCH_REPORT_PATH } from './activity-route.ts';
import {
  type AuthContext,
  CALLBACK_PATH,
  cookieNames,
  finishLogin,
  LOGGED_OUT_PATH,
  logout,
  refuseAnonymous,
  startLogin,
} from './auth-flow.ts';
import { cachingFor } from './caching.ts';
import { defaultActivityDir, defaultRevocationsDir, type GateConfig } from './config.ts';
import { openGateData } from './gate-data.ts';
import { securityHeaders } from './headers.ts';
import { createOidcClient } from './oidc.ts';
import { badRequestPage, forbiddenPage, GATE_CSS, loggedOutPage, methodNotAllowedPage, notFoundPage } from './pages.ts';
import { parseRequestPath } from './path-safety.ts';
import { isTopLevelNavigation } from './pending-logins.ts';
import { sendFile, sendRedirect, sendText } from './respond.ts';
import { deriveKeys } from './session.ts';
import { createSessionReader } from './session-reader.ts';
import type { TierSite } from './tier-site.ts';
import { TIERS } from './tier-sites.ts';

export interface GateOptions {
  config: Pick<
    GateConfig,
    | 'issuer'
    | 'clientId'
    | 'clientSecret'
    | 'sessionSecret'
    | 'previousSessionSecret'
    | 'publicUrl'
    | 'accessListFile'
    | 'distDir'
    | 'secureCookies'
    | 'allowInsecureIssuer'
  > &
    Partial<Pick<GateConfig, 'requirePinnedTenant' | 'revocationsDir' | 'activityDir' | 'production'>>;
  /** Access-log lines (one per request). Default: stdout. */
  accessLog?: (line: string) => void;
  /** Operational messages (reloads, refused logins). Default: stderr. */
  log?: (line: string) => void;
  /** Called after each access-list reload attempt. */
  onAccessListReload?: (ok: boolean) => void;
  /** Clock in milliseconds (tests). */
  now?: () => number;
  /** Watch the access list and manifests for changes (default true). */
  watch?: boolean;
  /**
   * Let members' browsers keep Pagefind's files (default true; caching.ts). False sends them `no-store` as
   * before: test-only, the baseline of `npm run bench:search-latency`.
   */
  searchCache?: boolean;
  /** Replica id naming this gate's activity files (default hostname and pid; tests with two gates in one process). */
  replica?: string;
}

export interface Gate {
  server: Server;
  accessList: AccessListStore;
  /** Activity recording; `flush()` writes buffered events now (tests). */
  activity: Activity;
  /** Listen on `port` (0 = any) and `host`; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Load access list, manifests and revocations, and create the (not yet listening) gate server. */
export async function createGate(options: GateOptions): Promise<Gate> {
  const { config } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const accessLog = options.accessLog ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? Date.now;
  const watch = options.watch !== false;
  const searchCache = options.searchCache !== false;
  const data = await openGateData({
    accessListFile: config.accessListFile,
    distDir: config.distDir,
    revocationsDir: config.revocationsDir ?? defaultRevocationsDir(config.accessListFile),
    production: config.production === true,
    log,
    watch,
    now,
    onAccessListReload: options.onAccessListReload,
  });
  const { accessList, sites, revocations } = data;
  let activity: Activity;
  try {
    activity = await openActivity(config.activityDir ?? defaultActivityDir(config.accessListFile), {
      required: config.production === true,
      log,
      now,
      replica: options.replica,
    });
  } catch (error) {
    data.close();
    throw error;
  }
  const reportContext = { activity, publicUrl: config.publicUrl, allow: createRateLimit(now) };
  const keys = deriveKeys(config.sessionSecret, config.previousSessionSecret);
  const readSession = createSessionReader(cookieNames(config.secureCookies).session, keys, now, revocations.isRevoked);
  // Production names contact persons only to a pinned tenant, even with SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS=1:
  // their addresses would otherwise be handed to any tenant that can then present them.
  const contactsNeedPinnedTenant = config.production === true || config.requirePinnedTenant === true;
  const auth: AuthContext = {
    publicUrl: config.publicUrl,
    secureCookies: config.secureCookies,
    keys,
    log,
    now,
    usedStates: new Map(),
    readSession,
    revocations,
    oidc: createOidcClient({
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      redirectUri: new URL(CALLBACK_PATH, config.publicUrl).href,
      allowInsecure: config.allowInsecureIssuer,
    }),
  };
  const headers = Object.entries(securityHeaders({ publicUrl: config.publicUrl, issuer: config.issuer }));

  const notFound = async (req: IncomingMessage, res: ServerResponse, site: TierSite) => {
    if (site.notFound && (await sendFile(req, res, site.notFound, 404))) return;
    sendText(req, res, 404, notFoundPage());
  };

  /** `served.tier` is set before the response starts, for the access log. */
  const route = async (req: IncomingMessage, res: ServerResponse, served: { tier?: string }): Promise<void> => {
    const method = req.method ?? '';
    const parsed = parseRequestPath(req.url);
    if (!parsed.ok) return void sendText(req, res, parsed.status, badRequestPage());
    const path = parsed.path;
    if (path === SEARCH_REPORT_PATH) {
      if (method !== 'POST') return void sendText(req, res, 405, methodNotAllowedPage(), undefined, { Allow: 'POST' });
      // Before the session: a cross-site page must learn nothing, not even whether its visitor is logged in.
      if (!isSameOrigin(req, config.publicUrl))
        return void sendText(req, res, 403, 'Kun fra Sikkerhedsnets egne sider.\n', 'text/plain; charset=utf-8', {
          Connection: 'close',
        });
      const session = await readSession(req);
      if (!session) return void refuseAnonymous(req, res);
      const decision = authorize(accessList.current(), session, {
        requirePinnedTenant: config.requirePinnedTenant === true,
      });
      if (!decision.allowed)
        return void sendText(req, res, 403, 'Ingen adgang.\n', 'text/plain; charset=utf-8', { Connection: 'close' });
      served.tier = decision.tier;
      const viewer: Viewer = { email: session.email, tier: decision.tier, municipality: decision.member.municipality };
      return void (await handleSearchReport(req, res, reportContext, viewer, session.sid));
    }
    if (path === '/logout') {
      if (method === 'POST') return void (await logout(req, res, auth));
      return void sendText(req, res, 405, methodNotAllowedPage(), undefined, { Allow: 'POST' });
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return void sendText(req, res, 405, methodNotAllowedPage(), undefined, { Allow: 'GET, HEAD' });
    }
    if (path === '/healthz') return void sendText(req, res, 200, 'ok\n', 'text/plain; charset=utf-8');
    if (path === CALLBACK_PATH) return void (await finishLogin(req, res, auth));
    if (path === LOGGED_OUT_PATH) return void sendText(req, res, 200, loggedOutPage());
    if (path === '/auth/gate.css') return void sendText(req, res, 200, GATE_CSS, 'text/css; charset=utf-8');

    const session = await readSession(req);
    // Only a top-level navigation can show the provider's login page; anything else gets 401 and no cookie.
    if (!session)
      return void (isTopLevelNavigation(req) ? await startLogin(req, res, auth) : refuseAnonymous(req, res));
    // Membership and tier come from the list in force right now, never from the cookie.
    const list = accessList.current();
    const decision = authorize(list, session, { requirePinnedTenant: config.requirePinnedTenant === true });
    if (!decision.allowed) {
      return void sendText(
        req,
        res,
        403,
        forbiddenPage({
          email: session.email,
          municipality: municipalityForEmail(list, session, { requirePinnedTenant: contactsNeedPinnedTenant }),
          secretariat: list.secretariat,
        }),
      );
    }
    served.tier = decision.tier;
    const site = sites.get(decision.tier);
    const found = site.lookup(path);
    if (found.kind === 'redirect') return void sendRedirect(res, 301, found.location);
    if (found.kind === 'missing') return void (await notFound(req, res, site));
    // The same path in the other tier: a hashed search file whose bytes differ there is revalidated (caching.ts).
    const otherTier = TIERS.find((t) => t !== decision.tier) ?? decision.tier;
    const other = found.entry.cache === 'search-hashed' ? sites.get(otherTier).lookup(path) : undefined;
    const caching = (info: Stats) =>
      cachingFor(found.entry, info, other?.kind === 'file' ? other.entry : undefined, searchCache);
    if (!(await sendFile(req, res, found.entry, 200, caching))) return void (await notFound(req, res, site));
    // A page view: an HTML page (not the 404 page, not an asset or Pagefind file) sent to a member by GET, as 200 or
    // as 304 (a revalidated page is still a view). HEAD is no view.
    if (method === 'GET' && found.entry.contentType.startsWith('text/html') && path !== '/404.html') {
      if (res.statusCode === 200 || res.statusCode === 304) {
        activity.page({ email: session.email, tier: decision.tier, municipality: decision.member.municipality }, path);
      }
    }
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    const served: { tier?: string } = {};
    for (const [name, value] of headers) res.setHeader(name, value);
    res.on('finish', () => {
      accessLog(
        formatAccessLine({
          method: req.method,
          url: req.url,
          status: res.statusCode,
          ms: performance.now() - started,
          tier: served.tier,
        }),
      );
    });
    route(req, res, served).catch((error: Error) => {
      log(`intern fejl / internal error: ${error.message}`);
      if (!res.headersSent) sendText(req, res, 500, 'Intern fejl\n', 'text/plain; charset=utf-8');
      else res.destroy();
    });
  });
  // Slow-loris and header-size limits; the gate answers small requests only.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  server.maxHeadersCount = 100;

  return {
    server,
    accessList,
    activity,
    listen: (port, host) =>
      new Promise((resolvePort, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolvePort((server.address() as AddressInfo).port));
      }),
    close: async () => {
      data.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await activity.close();
    },
  };
}
