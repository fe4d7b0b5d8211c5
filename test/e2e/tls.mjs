// A throwaway TLS certificate for the site suite's HTTPS server (sites.mjs): made at test start by
// Debian's openssl (no new dependency), self-signed, valid one day, naming every mapped hostname.
// Chromium is started with --ignore-certificate-errors in the test profile only, so the names are
// for a person reading the certificate, not for the browser. The files live in a temp dir that
// remove() deletes.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** @returns {Promise<{ dir: string, key: Buffer, cert: Buffer, remove(): Promise<void> }>} */
export async function makeCertificate(hosts) {
  const dir = await mkdtemp(join(tmpdir(), 'reply-coach-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=Reply Coach e2e sites',
      '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`openssl could not make the test certificate (apt-get install -y openssl): ${error.message}`);
  }
  return {
    dir,
    key: await readFile(keyPath),
    cert: await readFile(certPath),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
