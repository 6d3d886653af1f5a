import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Office's development certificates for https://localhost: a certificate authority and a
 * localhost certificate it signed, in ~/.office-addin-dev-certs. They are made once and kept: a
 * CA the user has trusted stays trusted, where regenerating it on every `npm start` (as
 * office-addin-dev-certs does when it cannot install the CA) would ask for trust again each time.
 */
export interface CertificatePaths {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

export interface Tls {
  readonly key: Buffer;
  readonly cert: Buffer;
  readonly ca: Buffer;
}

/** What the certificate tools do; office-addin-dev-certs in `npm start`, stand-ins in tests. */
export interface CertificateTools {
  generate(paths: CertificatePaths): Promise<void>;
  /** Adds the CA to the system's trust store; a no-op when it is there. Throws where it cannot. */
  install(paths: CertificatePaths): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

/** The certificates at `paths` when they can serve for another day: both valid, the key the certificate's. */
export function usableCertificates(paths: CertificatePaths, now: Date): Tls | undefined {
  if (![paths.ca, paths.cert, paths.key].every((file) => existsSync(file))) return undefined;
  const tls = { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
  try {
    const ca = new X509Certificate(tls.ca);
    const cert = new X509Certificate(tls.cert);
    const fresh = (certificate: X509Certificate) => new Date(certificate.validTo).getTime() > now.getTime() + DAY;
    if (!fresh(ca) || !fresh(cert) || !cert.checkIssued(ca) || !cert.checkPrivateKey(createPrivateKey(tls.key))) return undefined;
  } catch {
    return undefined;
  }
  return tls;
}

export interface DevelopmentCertificates {
  readonly tls: Tls;
  /** Whether they were made just now (a new CA the browser must be told to trust). */
  readonly generated: boolean;
  /** Why the CA is not in the system's trust store, when installing it failed. */
  readonly notTrusted?: string;
}

/** The kept certificates, or new ones where there are none or they expire; then the CA installed if it can be. */
export async function developmentCertificates(paths: CertificatePaths, tools: CertificateTools, now = new Date()): Promise<DevelopmentCertificates> {
  let tls = usableCertificates(paths, now);
  const generated = !tls;
  if (!tls) {
    await tools.generate(paths);
    tls = usableCertificates(paths, now);
    if (!tls) throw new Error(`The development certificates in ${paths.ca} could not be made.`);
  }
  try {
    await tools.install(paths);
    return { tls, generated };
  } catch (error) {
    return { tls, generated, notTrusted: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
  }
}
