/**
 * The sync authenticated as a GitHub App: octokit's app auth signs a JWT with the app's private key, finds the
 * installation on the org, creates an installation token and uses it for every org request. The fake GitHub
 * verifies the JWT's RS256 signature against the app's public key, so a wrong key fails as it would on GitHub.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { runSync } from './sync.ts';
import { type FakeGitHub, type FakeState, startFakeGitHub } from './testing/fake-github.ts';
import { baseState, connect, desired, runSyncCli, TOKEN } from './testing/sync-fixtures.ts';

let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** An RSA key pair as GitHub issues it for an app (PKCS#1 private key). */
function appKeys() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

function stateWithApp(publicKey: string): FakeState {
  return baseState({ app: { id: 424242, slug: 'sikkerhedsnet-sync', publicKey, installationId: 777 } });
}

describe('sync as a GitHub App', () => {
  it('finds the installation, acts as the app’s bot and never calls GET /user', async () => {
    const keys = appKeys();
    fake = await startFakeGitHub(stateWithApp(keys.publicKey), TOKEN);
    const { octokit, self } = await connect(fake.url, undefined, {
      kind: 'app',
      appId: '424242',
      privateKey: keys.privateKey,
    });
    expect(self).toEqual({ login: 'sikkerhedsnet-sync[bot]' });
    const want = desired(['demo-1000', 'demo-1002'], ['demo-1001']);
    const first = await runSync(octokit, want, { apply: true, ...(self ? { self } : {}) });
    expect(first.result?.failed).toEqual([]);
    expect(fake.state.invitations.map((i) => [i.inviteeId, i.inviter])).toEqual([[1002, 'sikkerhedsnet-sync[bot]']]);
    const second = await runSync(octokit, want, { apply: true, ...(self ? { self } : {}) });
    expect(second.plan.actions).toEqual([]);
    const paths = fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(paths.slice(0, 3)).toEqual([
      'GET /orgs/kl-sikkerhedsnet/installation 200',
      'GET /app 200',
      'POST /app/installations/777/access_tokens 201',
    ]);
    expect(paths.filter((p) => p.startsWith('GET /user '))).toEqual([]);
    expect(fake.requests.filter((r) => r.status === 401)).toEqual([]);
  });

  it('uses a given installation id without looking it up', async () => {
    const keys = appKeys();
    fake = await startFakeGitHub(stateWithApp(keys.publicKey), TOKEN);
    await connect(fake.url, undefined, {
      kind: 'app',
      appId: '424242',
      privateKey: keys.privateKey,
      installationId: 777,
    });
    expect(fake.requests.map((r) => r.path)).toEqual(['/app']);
  });

  it('takes an installation token made by the workflow, without GET /user', async () => {
    fake = await startFakeGitHub(stateWithApp(appKeys().publicKey), TOKEN);
    const token = fake.issueInstallationToken();
    const { octokit, self } = await connect(fake.url, undefined, { kind: 'token', token });
    expect(self).toBeUndefined();
    const outcome = await runSync(octokit, desired(['demo-1000']), { apply: false });
    expect(outcome.plan.actions.map((a) => a.kind)).toEqual([
      'create-team',
      'add-member',
      'set-repo',
      'create-team',
      'set-repo',
    ]);
    expect(fake.requests.filter((r) => r.path === '/user')).toEqual([]);
  });
});

describe('registry sync command with a GitHub App', () => {
  const cli = (env: Record<string, string>) => runSyncCli([], env);

  it('plans with the key from the environment (line breaks escaped as \\n, as secrets often hold them)', async () => {
    const keys = appKeys();
    fake = await startFakeGitHub(stateWithApp(keys.publicKey), TOKEN);
    const result = await cli({
      GITHUB_API_URL: fake.url,
      SIKKERHEDSNET_GITHUB_APP_ID: '424242',
      SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY: keys.privateKey.replace(/\n/g, '\\n'),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Synkroniseringsplan for GitHub-organisationen kl-sikkerhedsnet');
    expect(fake.writes()).toEqual([]);
  });

  it('says the key does not match the app (exit 2) and never prints the key', async () => {
    fake = await startFakeGitHub(stateWithApp(appKeys().publicKey), TOKEN);
    const wrong = appKeys().privateKey;
    const result = await cli({
      GITHUB_API_URL: fake.url,
      SIKKERHEDSNET_GITHUB_APP_ID: '424242',
      SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY: wrong,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Appens id eller private nøgle passer ikke sammen (eller nøglen er tilbagekaldt). Intet er ændret.',
    );
    expect(result.stdout + result.stderr).not.toContain(wrong.split('\n')[1]);
  });

  it('refuses an app id that is not a number and a missing key (exit 2)', async () => {
    expect((await cli({ SIKKERHEDSNET_GITHUB_APP_ID: 'sikkerhedsnet' })).stderr).toBe(
      'SIKKERHEDSNET_GITHUB_APP_ID skal være appens numeriske id (App ID).\n',
    );
    const garbled = await cli({
      SIKKERHEDSNET_GITHUB_APP_ID: '424242',
      SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----\\nabc\\n-----END RSA PRIVATE KEY-----',
    });
    expect([garbled.code, garbled.stderr]).toEqual([
      2,
      'SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY kan ikke læses som en privat nøgle: indsæt hele PEM-teksten fra den .pem-fil, GitHub lod dig hente, med linjerne «-----BEGIN … PRIVATE KEY-----» og «-----END … PRIVATE KEY-----».\n',
    ]);
    const missing = await cli({ SIKKERHEDSNET_GITHUB_APP_ID: '424242' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'Mangler SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY: sæt appens private nøgle (PEM-teksten fra appens indstillinger).\n',
    );
  });
});
