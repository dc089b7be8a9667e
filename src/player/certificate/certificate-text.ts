/**
 * The certificate's own words, in every interface language. They travel in certificate.js,
 * which loads only when asked, rather than in every package's interface text; a language
 * without them falls back to English (a test keeps all four complete).
 */

export const CERTIFICATE_TEXT = {
  en: {
    title: 'Certificate of completion',
    certifies: 'This certifies that',
    completed: 'has completed the course',
    date: 'Date',
    score: 'Score',
    yourName: 'Your name, as it should appear on the certificate',
    show: 'Show my certificate',
    nameFirst: 'Type your name first.',
    file: 'Certificate',
  },
  fr: {
    title: 'Attestation de réussite',
    certifies: 'Nous attestons que',
    completed: 'a suivi avec succès le cours',
    date: 'Date',
    score: 'Score',
    yourName: 'Votre nom, tel qu’il doit figurer sur l’attestation',
    show: 'Afficher mon attestation',
    nameFirst: 'Saisissez d’abord votre nom.',
    file: 'Attestation',
  },
  es: {
    title: 'Certificado de finalización',
    certifies: 'Se certifica que',
    completed: 'ha completado el curso',
    date: 'Fecha',
    score: 'Puntuación',
    yourName: 'Su nombre, tal como debe aparecer en el certificado',
    show: 'Ver mi certificado',
    nameFirst: 'Escriba primero su nombre.',
    file: 'Certificado',
  },
  ar: {
    title: 'شهادة إتمام',
    certifies: 'نشهد بأنّ',
    completed: 'قد أتمّ الدورة',
    date: 'التاريخ',
    score: 'الدرجة',
    yourName: 'اسمك كما تريد أن يظهر على الشهادة',
    show: 'اعرض شهادتي',
    nameFirst: 'اكتب اسمك أولًا.',
    file: 'شهادة',
  },
};

export type CertificateText = (typeof CERTIFICATE_TEXT)['en'];

/** The certificate's words for a course language, by its primary subtag. @example certificateText('fr-CA').title */
export function certificateText(language: string): CertificateText {
  return (
    (CERTIFICATE_TEXT as Record<string, CertificateText>)[language.split('-')[0]!.toLowerCase()] ?? CERTIFICATE_TEXT.en
  );
}
