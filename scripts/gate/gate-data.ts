/**
 * What the gate reads from disk and keeps fresh while it runs: the access list, both tier manifests and the
 * logout revocations. Opened together at start-up (a failure closes what was already open, so a refused start
 * leaves no watcher behind) and closed together.
 */
import { type AccessListStore, openAccessListStore } from './access-list-store.ts';
import { openRevocationStore, type RevocationStore } from './revocations.ts';
import { openTierSites, type TierSites } from './tier-sites.ts';
import { watchRealpath } from './watch-file.ts';

export interface GateData {
  accessList: AccessListStore;
  sites: TierSites;
  revocations: RevocationStore;
  close(): void;
}

export interface GateDataOptions {
  accessListFile: string;
  distDir: string;
  revocationsDir: string;
  /** Production: an unusable revocation directory stops the start instead of a warning. */
  production: boolean;
  log: (line: string) => void;
  watch: boolean;
  now: () => number;
  onAccessListReload?: ((ok: boolean) => void) | undefined;
}

/** Open the access list, the manifests and the revocation directory; throws when any of them is unusable. */
export async function openGateData(options: GateDataOptions): Promise<GateData> {
  const { log, watch } = options;
  const opened: Array<{ close(): void }> = [];
  try {
    const accessList = await openAccessListStore(options.accessListFile, {
      log,
      watch,
      onReload: options.onAccessListReload,
    });
    opened.push(accessList);
    const sites = await openTierSites(options.distDir, log, watch);
    opened.push(sites);
    const revocations = await openRevocationStore(options.revocationsDir, {
      required: options.production,
      log,
      watch,
      now: options.now,
    });
    opened.push(revocations);
    if (watch) {
      // A host switches releases by moving its `current` link: load both manifests and the access list of the
      // release it now leads to. Requests go on being answered from the previous release until then.
      const stop = watchRealpath(options.distDir, () => {
        log('udgivelsen er skiftet / release switched: indlæser manifester og adgangsliste');
        void sites.reload();
        void accessList.reload();
      });
      opened.push({ close: stop });
    }
    return {
      accessList,
      sites,
      revocations,
      close: () => {
        for (const part of opened) part.close();
      },
    };
  } catch (error) {
    for (const part of opened) part.close();
    throw error;
  }
}
