// Listening on a host and port, with the failures a user meets (a port in use, a privileged port, an address this
// machine does not have) as one E_SERVE_LISTEN diagnostic.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiagnosticError, error } from '../diagnostics.ts';

/** Listens and resolves to the server's URL (`http://127.0.0.1:8080`, IPv6 hosts in brackets). */
export function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const fail = (e: NodeJS.ErrnoException) =>
      reject(new DiagnosticError([error('E_SERVE_LISTEN', listenFailure(host, port, e))]));
    server.once('error', fail);
    try {
      server.listen(port, host, () => {
        const { port: actual } = server.address() as AddressInfo;
        resolve(`http://${host.includes(':') ? `[${host}]` : host}:${actual}`);
      });
    } catch (e) {
      fail(e as NodeJS.ErrnoException);
    }
  });
}

function listenFailure(host: string, port: number, e: NodeJS.ErrnoException): string {
  const why =
    e.code === 'EADDRINUSE'
      ? 'the port is in use'
      : e.code === 'EACCES'
        ? 'permission denied (ports below 1024 need privileges)'
        : e.code === 'EADDRNOTAVAIL'
          ? 'this machine has no such address'
          : e.code === 'ERR_SOCKET_BAD_PORT'
            ? 'expected a port from 0 to 65535'
            : e.message;
  return `cannot listen on ${host}:${port}: ${why}${e.code ? ` (${e.code})` : ''}`;
}
