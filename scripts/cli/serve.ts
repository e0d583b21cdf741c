/**
 * `npm run serve`: start only the SSO gate, configured by environment variables (docs/interfaces.md §5).
 * Exit 1 when the configuration is missing or weak (in production), the access list / manifests cannot be
 * read, or (in production) the revocation directory cannot be written to; Ctrl-C or SIGTERM closes the server
 * cleanly.
 */
import { loadGateConfig } from '../gate/config.ts';
import { RevocationDirectoryError } from '../gate/revocations.ts';
import { createGate } from '../gate/server.ts';

function cannotStart(problems: string[]): never {
  process.stderr.write(
    `Gaten kan ikke starte / The gate cannot start:\n${problems.map((e) => `  - ${e}`).join('\n')}\n`,
  );
  process.exit(1);
}

const { config, errors, warnings } = loadGateConfig(process.env);
for (const warning of warnings) process.stderr.write(`advarsel / warning: ${warning}\n`);
if (!config) cannotStart(errors);

let gate: Awaited<ReturnType<typeof createGate>>;
try {
  gate = await createGate({ config });
} catch (error) {
  if (error instanceof RevocationDirectoryError) cannotStart([error.message]);
  process.stderr.write(
    `Gaten kan ikke starte: adgangslisten eller byggets manifester kunne ikke læses / The gate cannot start: the access list or the build manifests could not be read.\n  ${(error as Error).message}\n` +
      `Kør "npm run registry -- compile --out ${config.accessListFile}" og "npm run build".\n`,
  );
  process.exit(1);
}
try {
  await gate.listen(config.port, config.host);
} catch (error) {
  process.stderr.write(`Gaten kan ikke lytte på port ${config.port} / cannot listen: ${(error as Error).message}\n`);
  process.exit(1);
}
process.stdout.write(`Sikkerhedsnet-gaten kører på ${config.publicUrl.origin} (login via ${config.issuer.href})\n`);

const stop = async () => {
  await gate.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
