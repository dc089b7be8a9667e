/**
 * A service's languages named in the course's language ("Arabic and English"), or its tags
 * where the platform cannot name them. The packager names them into each service
 * (packaging/index-html.ts), because the first `Intl.DisplayNames` a page makes loads the
 * locale's data: the directory on communication's first page took one task of 130 to 250 ms
 * at 4× CPU doing it (issue 16). The directory names them itself only for a service that
 * comes without, as in the author preview.
 */
export function languageNames(display: string, tags: readonly string[]): string {
  try {
    const names = new Intl.DisplayNames([display], { type: 'language' });
    return new Intl.ListFormat([display]).format(tags.map((tag) => names.of(tag) ?? tag));
  } catch {
    return tags.join(', ');
  }
}
