/**
 * The XLIFF 2.0 round trip on the real translations: export, edit as a translator would,
 * import, and the i18n file comes back identical (or updated) and validates.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourceCourse, readTranslation } from '../../src/cli/xliff/course-strings.ts';
import { validateImported } from '../../src/cli/xliff/validate-import.ts';
import { readXliff, writeXliff } from '../../src/cli/xliff/xliff-document.ts';
import { exportXliff } from '../../src/cli/xliff/xliff-export.ts';
import { formatImportProblem, importProblems, translationFromXliff } from '../../src/cli/xliff/xliff-import.ts';
import { nodeCourseFolder } from '../../src/validator/node-folder.ts';
import { ROOT } from '../support/courses.ts';

const temp = mkdtempSync(join(tmpdir(), 'pss-xliff-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const TRANSLATIONS = ['communication', 'listening', 'self-care'].flatMap((id) =>
  readdirSync(join(ROOT, 'courses', id, 'i18n')).map((name) => ({ id, language: name.replace(/\.json$/, '') })),
);

/** Export then import, in-process, as the command does; returns the XLIFF text and the i18n text. */
function exported(id: string, language: string) {
  const folder = nodeCourseFolder(join('courses', id), ROOT);
  const course = readSourceCourse(folder).course!;
  const translation = readTranslation(folder, language);
  const xml = writeXliff(exportXliff({ folder, course, language, ...(translation ? { translation } : {}) }));
  return { folder, course, xml };
}

function imported(id: string, xml: string) {
  const folder = nodeCourseFolder(join('courses', id), ROOT);
  const course = readSourceCourse(folder).course!;
  const read = readXliff(xml);
  if ('error' in read) throw new Error(read.error);
  const problems = importProblems(read.xliff, course).map((p) => formatImportProblem('file.xlf', p));
  const value = translationFromXliff(read.xliff, course, readTranslation(folder, read.xliff.trgLang));
  return { problems, text: `${JSON.stringify(value, null, 2)}\n`, folder, language: read.xliff.trgLang };
}

describe('XLIFF round trip', () => {
  it('finds every real translation', () => {
    expect(TRANSLATIONS.map(({ id, language }) => `${id}/${language}`)).toEqual([
      'communication/ar',
      'communication/es',
      'communication/fr',
      'listening/ar',
      'listening/es',
      'listening/fr',
      'self-care/ar',
      'self-care/es',
      'self-care/fr',
    ]);
  });

  it.each(TRANSLATIONS)('gives back $id/$language byte for byte, and it validates', ({ id, language }) => {
    const { xml } = exported(id, language);
    const back = imported(id, xml);
    expect(back.problems).toEqual([]);
    expect(back.text).toBe(readFileSync(join(ROOT, 'courses', id, 'i18n', `${language}.json`), 'utf8'));
    expect(validateImported(back.folder, `i18n/${language}.json`, back.text)).toEqual([]);
  });

  it('takes a translator’s edits, Markdown, line breaks and XML special characters included', () => {
    const { xml } = exported('self-care', 'fr');
    const read = readXliff(xml);
    if ('error' in read) throw new Error(read.error);
    const listUnit = read.xliff.units.find((u) => u.source.includes('\n- '))!;
    // As a CAT tool saves it: targets rewritten, entities escaped by the XML layer.
    const edited = xml
      .replace(
        '<target>Prendre soin de soi quand on aide les autres</target>',
        '<target>Prendre soin de soi &amp; des autres, « ensemble »</target>',
      )
      .replace(
        `<target>${escapeXml(listUnit.target!)}</target>`,
        `<target>${escapeXml(`${listUnit.target!} `)}</target>`,
      );
    const back = imported('self-care', edited);
    expect(back.problems).toEqual([]);
    const strings = JSON.parse(back.text).strings;
    expect(strings['course.title']).toBe('Prendre soin de soi & des autres, « ensemble »');
    expect(strings[listUnit.id]).toBe(`${listUnit.target} `);
    expect(strings[listUnit.id]).toContain('\n- ');
    expect(validateImported(back.folder, 'i18n/fr.json', back.text)).toEqual([]);
  });

  it('leaves raw HTML a translator typed to the validator, which refuses it before anything is written', () => {
    const { xml } = exported('self-care', 'fr');
    const back = imported(
      'self-care',
      xml.replace('quand on aide les autres</target>', 'quand on aide &lt;b&gt;les autres&lt;/b&gt;</target>'),
    );
    expect(back.problems).toEqual([]);
    expect(validateImported(back.folder, 'i18n/fr.json', back.text).map((p) => `${p.path} ${p.rule}`)).toEqual([
      'strings["course.title"] raw-html',
    ]);
  });

  it('reports missing, extra and stale units and broken Markdown, each at its unit', () => {
    const { xml } = exported('self-care', 'fr');
    const edited = xml
      // A unit the course does not have: a typo in the key.
      .replace('<unit id="course.description">', '<unit id="course.descripton">')
      // A stale unit: its source no longer matches the course.
      .replace('<source>Self-care for helpers</source>', '<source>Self care for helpers</source>')
      // Bold lost in translation.
      .replace(/(<unit id="([^"]+)">(?:(?!<\/unit>)[\s\S])*?<target>[^<]*?)\*\*([^<*]+)\*\*/, '$1$3')
      // A target left empty.
      .replace(/<target>Décrire le stress quotidien[^<]*<\/target>/, '<target></target>');
    const { problems } = imported('self-care', edited);
    expect(problems).toMatchInlineSnapshot(`
      [
        "file.xlf:8:5 → unit "course.title": its source text changed since the file was exported: the course now says "Self-care for helpers". Translate the new text (export again to get it).",
        "file.xlf:19:5 → unit "course.descripton": is not a string of the course. Did you mean "course.description"?",
        "file.xlf:41:5 → unit "obj-stress-signs.text": has no translation. Fill in its target.",
        "file.xlf:259:5 → unit "layers-intro.body": the Markdown did not survive the translation: bold: 1 span in the source, 0 spans here.",
        "file.xlf:1:1 → unit "course.description": is missing from the file. Export the course again: it has strings this file does not.",
      ]
    `);
  });
});

describe('XLIFF notes for translators', () => {
  it('say where the text appears, what format it takes and how long it may be', () => {
    const { xml } = exported('self-care', 'es');
    const unit = /<unit id="kc-critical-days-after\.choices\.routine\.text">[\s\S]*?<\/unit>/.exec(xml)?.[0];
    expect(unit).toMatchInlineSnapshot(`
      "<unit id="kc-critical-days-after.choices.routine.text">
            <notes>
              <note category="location">lesson 2 “Understanding stress” › page “After a shocking event” › multiple-choice block kc-critical-days-after › choice routine › text</note>
              <note category="format">Markdown: keep **bold**, *italic*, [link text](address) with the address unchanged, lines starting &quot;- &quot; or &quot;1. &quot; for lists, and a blank line between paragraphs. No HTML.</note>
              <note category="length">At most 20,000 characters.</note>
            </notes>
            <segment state="translated">
              <source>Regular times for sleep and meals</source>
              <target>Horarios regulares para dormir y comer</target>
            </segment>
          </unit>"
    `);
  });

  it('link the glossary for the language when there is one, and leave targets out for a new language', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin/pss-scorm.mjs'),
        'xliff',
        'export',
        'courses/listening',
        '--lang',
        'ar',
        '--out',
        join(temp, 'l.ar.xlf'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(join(temp, 'l.ar.xlf'), 'utf8')).toContain(
      '<note category="glossary">Use the terms agreed in the glossary: docs/glossary-ar.md.</note>',
    );
    const fresh = exported('listening', 'de').xml;
    expect(fresh).not.toContain('<target>');
    expect(fresh).toContain('<segment state="initial">');
  });
});

describe('npm run xliff', () => {
  it('exports, takes a scripted translator’s edit, and imports back to an updated i18n file that validates', () => {
    const courses = join(temp, 'courses');
    cpSync(join(ROOT, 'courses', 'self-care'), join(courses, 'self-care'), { recursive: true });
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/pss-scorm.mjs'), 'xliff', ...args], { cwd: temp, encoding: 'utf8' });
    expect(run('export', 'courses/self-care', '--lang', 'es', '--out', 'es.xlf').status).toBe(0);
    const xml = readFileSync(join(temp, 'es.xlf'), 'utf8');
    writeFileSync(
      join(temp, 'es.xlf'),
      xml.replace(/(<unit id="course\.title">[\s\S]*?<target>)[^<]*/, '$1Cuidarse para cuidar'),
    );
    const result = run('import', 'es.xlf');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/courses\/self-care\/i18n\/es\.json updated: 469 strings, and the course validates/);
    const file = JSON.parse(readFileSync(join(courses, 'self-care', 'i18n', 'es.json'), 'utf8'));
    expect(file.strings['course.title']).toBe('Cuidarse para cuidar');

    // A broken import writes nothing.
    writeFileSync(join(temp, 'es.xlf'), xml.replace('<unit id="course.title">', '<unit id="course.titel">'));
    const before = readFileSync(join(courses, 'self-care', 'i18n', 'es.json'), 'utf8');
    const refused = run('import', 'es.xlf');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'unit "course.titel": is not a string of the course. Did you mean "course.title"?',
    );
    expect(readFileSync(join(courses, 'self-care', 'i18n', 'es.json'), 'utf8')).toBe(before);
  });
});

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&apos;')
    .replace(/"/g, '&quot;');
}
