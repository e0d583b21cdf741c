/**
 * `npm run serve`: start only the SSO gate, configured by environment variables (docs/interfaces.md §5) through
 * scripts/gate/config.ts. Exit 1 when the configuration is missing or weak (in production), the access list /
 * manifests cannot be read, or (in production) the revocation or activity directory cannot be written to; Ctrl-C or SIGTERM
 * closes the server cleanly (exit 0).
 */
import { ActivityDirectoryError } from '../gate/activity.ts';
import { loadGateConfig } from '../gate/config.ts';
import { RevocationDirectoryError } from '../gate/revocations.ts';
import { createGate } from '../gate/server.ts';
import { defineCommand } from './command.ts';
import { runCli, untilStopped } from './run-cli.ts';

function cannotStart(problems: string[]): number {
  process.stderr.write(
    `Gaten kan ikke starte / The gate cannot start:\n${problems.map((e) => `  - ${e}`).join('\n')}\n`,
  );
  return 1;
}

const serve = defineCommand({
  summary: 'start SSO-gaten alene, sat op med miljøvariabler',
  usage: 'Brug: npm run serve',
  details:
    'Miljø (docs/interfaces.md §5): SIKKERHEDSNET_ISSUER, SIKKERHEDSNET_CLIENT_ID, SIKKERHEDSNET_CLIENT_SECRET,\n' +
    'SIKKERHEDSNET_SESSION_SECRET, SIKKERHEDSNET_PUBLIC_URL, SIKKERHEDSNET_ACCESS_LIST, SIKKERHEDSNET_REVOCATIONS,\n' +
    'SIKKERHEDSNET_ACTIVITY, SIKKERHEDSNET_DIST, PORT, HOST, NODE_ENV=production, SIKKERHEDSNET_ALLOW_UNPINNED_TENANTS.',
  flags: {},
  async run() {
    const { config, errors, warnings } = loadGateConfig(process.env);
    for (const warning of warnings) process.stderr.write(`advarsel / warning: ${warning}\n`);
    if (!config) return cannotStart(errors);
    let gate: Awaited<ReturnType<typeof createGate>>;
    try {
      gate = await createGate({ config });
    } catch (error) {
      if (error instanceof RevocationDirectoryError || error instanceof ActivityDirectoryError)
        return cannotStart([error.message]);
      process.stderr.write(
        `Gaten kan ikke starte: adgangslisten eller byggets manifester kunne ikke læses / The gate cannot start: the access list or the build manifests could not be read.\n  ${(error as Error).message}\n` +
          `Kør "npm run registry -- compile --out ${config.accessListFile}" og "npm run build".\n`,
      );
      return 1;
    }
    try {
      await gate.listen(config.port, config.host);
    } catch (error) {
      process.stderr.write(
        `Gaten kan ikke lytte på port ${config.port} / cannot listen: ${(error as Error).message}\n`,
      );
      return 1;
    }
    process.stdout.write(`Sikkerhedsnet-gaten kører på ${config.publicUrl.origin} (login via ${config.issuer.href})\n`);
    await untilStopped();
    await gate.close();
    return 0;
  },
});

// The gate's watchers and open connections must not keep a stopped process alive: end with the exit code.
await runCli(serve.main, { name: 'npm run serve', exit: true });
