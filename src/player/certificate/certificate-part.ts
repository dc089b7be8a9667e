/**
 * What the player hands the certificate part, and what the part offers. Types only: the
 * player imports this file with `import type`, so none of the certificate's code reaches
 * player.js. The part formats what it shows itself (the name's order, the date, the score).
 */
import type { Organisation } from '../../course/types.ts';

export interface CertificateInput {
  /** The course language: the certificate's words, the date's format and the document's language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The learner's name as the LMS gave it ("Doe, Jane"); absent when it gave none, and then it is asked for. */
  learnerName?: string | undefined;
  courseTitle: string;
  /** The assessment score in percent; absent when the course has no assessment. */
  scorePercent?: number | undefined;
  /** Who awards it: the name, the logo and the signatory, from the organisation's profile. */
  organisation?: Pick<Organisation, 'name' | 'logo' | 'signatory' | 'colours'> | undefined;
  /** The player's own words for the two buttons. */
  print: string;
  download: string;
}

export interface CertificatePart {
  /** Shows the certificate (or first asks for the name) inside `host`, dated `today`, and moves focus to it. */
  show(host: HTMLElement, input: CertificateInput, today?: Date): void;
}
