#!/usr/bin/env node
// A tiny static server for the fixture pages, bound to 127.0.0.1 on a free port.
// It serves test/fixtures/editors/dist/ and records every POST /submit body byte for
// byte, so a test can compare what Send submitted with what was typed.
// Standalone (to look at the pages by hand): node test/e2e/server.mjs [--port N]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const defaultRoot = fileURLToPath(new URL('../fixtures/editors/dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {{ id: number, url: string, contentType: string, raw: Buffer, fields: Record<string, string> }} Submission
 * @typedef {{ origin: string, port: number, submissions: Submission[], waitForSubmission(afterId: number, timeoutMs?: number): Promise<Submission>, close(): Promise<void> }} FixtureServer
 */

/**
 * The form submissions a fixture server received, byte for byte, and a wait for the next one
 * (shared by this server and the site suite's, sites.mjs). `noneError(ms)` makes the error a wait
 * that timed out rejects with.
 */
export function submissionLog(noneError = (ms) => new Error(`no form submission reached /submit within ${ms} ms`)) {
  /** @type {Submission[]} */
  const submissions = [];
  const waiters = new Set();
  return {
    submissions,
    /** Records one submission (its `id` is assigned here) and wakes the waits. */
    record(fields) {
      const submission = { id: submissions.length + 1, ...fields };
      submissions.push(submission);
      for (const wake of waiters) wake();
      return submission;
    },
    /** Resolves with the first submission whose id is greater than `afterId`. */
    waitForSubmission(afterId, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = submissions.find((x) => x.id > afterId);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(noneError(timeoutMs));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
  };
}

/** Starts the server; resolves once it listens. */
export async function startServer({ root = defaultRoot, port = 0, onSubmit = undefined } = {}) {
  const log = submissionLog();
  const rootDir = normalize(root.endsWith(sep) ? root : root + sep);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname === '/submit' && req.method === 'POST') {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const raw = Buffer.concat(chunks);
        const contentType = req.headers['content-type'] ?? '';
        const fields = contentType.startsWith('application/x-www-form-urlencoded')
          ? Object.fromEntries(new URLSearchParams(raw.toString('utf8')))
          : {};
        const submission = log.record({ url: url.pathname + url.search, contentType, raw, fields });
        onSubmit?.(submission);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><meta charset="utf-8"><title>Reply sent</title><p id="sent" data-submission="${submission.id}">Reply sent.</p>`);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const path = normalize(join(rootDir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
      if (!path.startsWith(rootDir)) {
        res.writeHead(403).end();
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error && typeof error === 'object' && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR');
      res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain' }).end(missing ? 'not found' : String(error));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  /** @type {FixtureServer} */
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    submissions: log.submissions,
    waitForSubmission: log.waitForSubmission,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--port');
  const server = await startServer({
    port: i > 0 ? Number(process.argv[i + 1]) : 0,
    onSubmit: (s) => console.log(`POST ${s.url} ${JSON.stringify(s.fields)}`),
  });
  console.log(`fixture server on ${server.origin}/ (Ctrl+C to stop); submissions are logged here`);
}
