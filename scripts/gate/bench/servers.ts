/**
 * Child process of `npm run bench:gate`: runs the development provider, the gate and the plain static server,
 * so the load generator in the parent does not compete with them for the same event loop. Reports the URLs
 * and a logged-in session cookie over IPC, then waits to be killed.
 */

import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CookieJar } from '../testing/http-client.ts';
import { loginAs } from '../testing/login.ts';
import { startTestStack } from '../testing/stack.ts';
import { createStaticServer } from './static-server.ts';

const [distDir = '', accessListFile = '', account = '', page = '/'] = process.argv.slice(2);
// The access log is kept in memory by the test stack; drop it so a long run does not grow memory.
const stack = await startTestStack(distDir, accessListFile);
setInterval(() => stack.accessLog.splice(0), 1000).unref();
const jar = new CookieJar();
const login = await loginAs(jar, stack.gateUrl, account, page);
if (login.response.status !== 200) throw new Error(`login as ${account} gave ${login.response.status} at ${login.url}`);
await login.response.body?.cancel();
const plain = createStaticServer(join(distDir, 'kerne'));
await new Promise<void>((done) => plain.listen(0, '127.0.0.1', () => done()));
process.send?.({
  gateUrl: `http://127.0.0.1:${new URL(stack.gateUrl).port}`,
  plainUrl: `http://127.0.0.1:${(plain.address() as AddressInfo).port}`,
  cookie: jar.header(stack.gateUrl),
});
process.on('SIGTERM', () => {
  void stack.close().then(() => process.exit(0));
});
