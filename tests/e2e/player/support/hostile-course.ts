/**
 * An XSS corpus, and a way to put it into every learner-facing text field of a course.
 * The validator would refuse such a course, so it is packaged with packageUnvalidated and
 * the player's own defences are what is tested.
 */

/** What a payload does when it runs: record its name where the test can see it. */
export const ran = (name: string) => `window.xssRan='${name}'`;

/** Markup, script, URL schemes, entities and CSS that must all stay words; each is its own Markdown paragraph. */
export const PAYLOADS = [
  `<script>${ran('script')}</script>`,
  `<img src=x onerror="${ran('img')}">`,
  `<svg onload="${ran('svg')}"></svg>`,
  `<svg><script>${ran('svg-script')}</script></svg>`,
  `"><script>${ran('attribute-break')}</script>`,
  `'><img src=x onerror=${ran('single-quote')}>`,
  `</script><script>${ran('close-script')}</script>`,
  `<!--<script>${ran('comment')}</script>-->`,
  `<iframe src="javascript:${ran('iframe')}"></iframe>`,
  `<a href="javascript:${ran('raw-link')}">raw link</a>`,
  `<details open ontoggle="${ran('details')}">`,
  `<input autofocus onfocus="${ran('autofocus')}">`,
  `<body onload="${ran('body')}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${ran('mutation')}">`,
  `<style>*{display:none!important}</style>`,
  `<div style="position:fixed;inset:0;background:url(javascript:${ran('css-url')})">`,
  `<link rel=stylesheet href="data:text/css,*{display:none}">`,
  `&lt;script&gt;${ran('entity')}&lt;/script&gt;`,
  `&#60;img src=x onerror=${ran('numeric-entity')}&#62;`,
  `[x](javascript:alert(1))`,
  `[js](javascript:${ran('md-javascript')})`,
  `[JS](JaVaScRiPt:${ran('md-case')})`,
  `[data](data:text/html;base64,${Buffer.from(`<script>${ran('md-data')}</script>`).toString('base64')})`,
  `[vb](vbscript:msgbox(1))`,
  `[tab](java&#x09;script:${ran('md-entity')})`,
  `[colon](javascript&colon;${ran('md-colon')})`,
  `[space]( javascript:${ran('md-space')})`,
  `[quote](https://example.org/"onmouseover="${ran('md-quote')})`,
  `[mail](mailto:x@example.org"onclick="${ran('md-mail')})`,
  // Template and replacement patterns for the packager's own substitution.
  `{{courseData}} {{title}} $& $' $\``,
  '\u2028\u2029',
];

export const CORPUS = PAYLOADS.join('\n\n');

// Strings under these keys are learner-facing text; everything else (ids, types, paths, references) is left alone.
const TEXT_KEYS = new Set([
  'title',
  'description',
  'text',
  'body',
  'prompt',
  'intro',
  'caption',
  'alt',
  'transcript',
  'hint',
  'name',
  'role',
  'match',
  'label',
  'note',
  'hours',
  'feedback',
  // An organisation's texts (its name, short name, services).
  'shortName',
  'offers',
  'serves',
  'access',
]);

/** Every learner-facing string of `value` becomes "<where>: " followed by the corpus. */
export function poison<T>(value: T, where = '', textual = false): T {
  if (typeof value === 'string') return (textual ? `${where}: ${CORPUS}` : value) as T;
  if (Array.isArray(value))
    return value.map((v, i) => poison(v, `${where}[${i}]`, textual || where.endsWith('scale'))) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        // Inside feedback, "correct" is text; elsewhere it is the right answer's id.
        const text = TEXT_KEYS.has(key) || (where.endsWith('feedback') && typeof v === 'string');
        return [key, poison(v, where ? `${where}.${key}` : key, text)];
      }),
    ) as T;
  }
  return value;
}
