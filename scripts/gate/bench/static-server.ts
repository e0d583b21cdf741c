/**
 * The benchmark's baseline: a plain `node:http` static file server without authentication, serving the same
 * tier directory the same way the gate does (stat + stream), so the ratio measures what the gate adds.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { contentTypeFor } from '../content-types.ts';

/** Serve `root` (directory URLs → index.html); 404 for anything missing or outside it. */
export function createStaticServer(root: string): Server {
  return createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const info = await stat(file);
      res.writeHead(200, { 'Content-Type': contentTypeFor(file), 'Content-Length': info.size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
}
