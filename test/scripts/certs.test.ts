import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCertificates } from 'office-addin-dev-certs';
import { developmentCertificates, type CertificatePaths, type CertificateTools } from '../../scripts/certs';

function paths(): CertificatePaths {
  const dir = mkdtempSync(path.join(tmpdir(), 'certs-'));
  return { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
}

function tools(installError?: string) {
  const calls = { generate: 0, install: 0 };
  const api: CertificateTools = {
    generate: async ({ ca, cert, key }) => {
      calls.generate++;
      await generateCertificates(ca, cert, key);
    },
    install: async () => {
      calls.install++;
      if (installError) throw new Error(installError);
    },
  };
  return { api, calls };
}

describe('the development certificates of npm start', () => {
  it('are made once and kept: the second run serves the same CA', async () => {
    const where = paths();
    const { api, calls } = tools('sudo: a password is required\nmore');
    const first = await developmentCertificates(where, api);
    const ca = readFileSync(where.ca);
    const second = await developmentCertificates(where, api);
    expect(calls.generate).toBe(1);
    expect(first.generated).toBe(true);
    expect(second.generated).toBe(false);
    expect(readFileSync(where.ca)).toEqual(ca);
    expect(second.tls.ca).toEqual(ca);
    expect(second.notTrusted).toBe('sudo: a password is required');
  }, 60_000);

  it('are made anew when they expire within a day, and only then', async () => {
    const where = paths();
    const { api, calls } = tools();
    const first = await developmentCertificates(where, api);
    expect(first.notTrusted).toBeUndefined();
    const stale: CertificateTools = { ...api, generate: async () => void calls.generate++ };
    const later = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
    // 40 days on, the 30-day certificates are stale: new ones are asked for (here the stand-in makes none).
    await expect(developmentCertificates(where, stale, later)).rejects.toThrow(/could not be made/);
    expect(calls.generate).toBe(2);
    await developmentCertificates(where, stale);
    expect(calls.generate).toBe(2);
  }, 60_000);
});
