/**
 * Send a request target byte for byte over a socket. `fetch` and `http.request` normalise or refuse hostile
 * paths (`..`, `\`, NUL) before they leave the process, so traversal tests need the raw form.
 */
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** `GET <target>` (or another method) on 127.0.0.1:port with optional extra header lines. */
export function rawRequest(
  port: number,
  target: string,
  method = 'GET',
  extraHeaders: string[] = [],
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', fail);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      done({ status, headers: head, body: split === -1 ? '' : text.slice(split + 4) });
    });
    const lines = [
      `${method} ${target} HTTP/1.1`,
      `Host: localhost:${port}`,
      'Connection: close',
      ...extraHeaders,
      '',
      '',
    ];
    socket.write(Buffer.from(lines.join('\r\n'), 'latin1'));
  });
}
