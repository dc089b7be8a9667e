/** The entry of certificate.js, loaded only when a learner asks for the certificate (see load-part.ts). */
import { registerPart } from '../load-part.ts';
import type { CertificatePart } from './certificate-part.ts';
import { showCertificate } from './show-certificate.ts';

registerPart('certificate', { show: showCertificate } satisfies CertificatePart);
