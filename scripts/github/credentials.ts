import { createPrivateKey } from 'node:crypto';

/**
 * How the sync authenticates, read from the environment. A GitHub App (app id + private key, installation found
 * on the org or given) is preferred in production: no personal token, higher rate limits, and short-lived tokens
 * that octokit renews. A token (personal, fine-grained or an installation token made by the workflow) also works.
 */

export type GitHubCredentials =
  | { kind: 'token'; token: string }
  | { kind: 'app'; appId: string; privateKey: string; installationId?: number };

/** The credentials, or a Danish message saying what is missing. Never includes a secret in the message. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): { credentials: GitHubCredentials } | { error: string } {
  const appId = env.SIKKERHEDSNET_GITHUB_APP_ID?.trim();
  if (appId) {
    if (!/^\d+$/.test(appId)) return { error: 'SIKKERHEDSNET_GITHUB_APP_ID skal være appens numeriske id (App ID).' };
    // Secrets often hold the PEM's line breaks escaped as \n.
    const privateKey = env.SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY?.replace(/\\n/g, '\n');
    if (!privateKey?.includes('PRIVATE KEY')) {
      return {
        error:
          'Mangler SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY: sæt appens private nøgle (PEM-teksten fra appens indstillinger).',
      };
    }
    try {
      createPrivateKey(privateKey);
    } catch {
      return {
        error:
          'SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY kan ikke læses som en privat nøgle: indsæt hele PEM-teksten fra den .pem-fil, GitHub lod dig hente, med linjerne «-----BEGIN … PRIVATE KEY-----» og «-----END … PRIVATE KEY-----».',
      };
    }
    const installation = env.SIKKERHEDSNET_GITHUB_APP_INSTALLATION_ID?.trim();
    if (installation && !/^\d+$/.test(installation)) {
      return { error: 'SIKKERHEDSNET_GITHUB_APP_INSTALLATION_ID skal være et tal (eller udelades).' };
    }
    return {
      credentials: {
        kind: 'app',
        appId,
        privateKey,
        ...(installation ? { installationId: Number(installation) } : {}),
      },
    };
  }
  const token = env.GITHUB_TOKEN || env.SIKKERHEDSNET_GITHUB_TOKEN;
  if (token) return { credentials: { kind: 'token', token } };
  return {
    error:
      'Mangler GITHUB_TOKEN (eller SIKKERHEDSNET_GITHUB_APP_ID og SIKKERHEDSNET_GITHUB_APP_PRIVATE_KEY): sæt et token eller en GitHub App med ret til at læse og ændre organisationens teams.',
  };
}
