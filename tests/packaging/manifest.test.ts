import { beforeAll, describe, expect, it } from 'vitest';
import { validateManifest, WRAPPER_IMPORTS } from '../../packaging/check/xsd.ts';
import { packageCourse } from '../../packaging/course-zip.ts';
import { buildManifest } from '../../packaging/manifest.ts';
import { escapeXml, manifestIdentifier } from '../../packaging/manifest-xml.ts';
import type { Course } from '../../src/course/types.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../../src/scorm/scorm-version.ts';
import { packageInputFor } from '../support/organisations.ts';
import { fakePlayer, fixtureDir, tempDir, text, unzip, validate } from './helpers.ts';

const playerDir = fakePlayer(tempDir());
const COURSES = (['sample', 'mini'] as const).flatMap((name) =>
  validate(fixtureDir(name)).map((validated) => ({ name, validated })),
);
const packages = new Map<string, Map<string, Uint8Array>>();
const key = (name: string, language: string, standard: ScormVersion) => `${name}-${language}-${standard}`;

beforeAll(async () => {
  for (const { name, validated } of COURSES) {
    for (const standard of SCORM_VERSIONS) {
      const input = packageInputFor(validated);
      const bytes = await packageCourse(input, { standard, courseDir: fixtureDir(name), playerDir });
      packages.set(key(name, validated.course.language, standard), await unzip(bytes));
    }
  }
});

const cases = COURSES.flatMap(({ name, validated }) =>
  SCORM_VERSIONS.map((standard) => ({ name, language: validated.course.language, standard })),
);

// #region Schema validation with xmllint
describe('the manifest passes the official schemas, ADL and IMSSS parts included', () => {
  it.each(cases)('$name ($language, $standard)', ({ name, language, standard }) => {
    const files = packages.get(key(name, language, standard))!;
    const result = validateManifest(files, text(files.get('imsmanifest.xml')), WRAPPER_IMPORTS[standard]);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('the schema check catches what an LMS would reject', () => {
  const check = (standard: ScormVersion, edit: (xml: string) => string, imports = WRAPPER_IMPORTS[standard]) => {
    const files = packages.get(key('sample', 'en', standard))!;
    const xml = text(files.get('imsmanifest.xml'));
    const edited = edit(xml);
    expect(edited).not.toBe(xml);
    return validateManifest(files, edited, imports);
  };

  it('rejects scormType="SCO" in SCORM 2004', () => {
    const result = check('scorm2004', (xml) => xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="SCO"'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain("The value 'SCO' is not an element of the set");
  });

  it('misses scormType="SCO" when checked against imscp_v1p1.xsd alone, which is why the wrapper exists', () => {
    const result = check('scorm2004', (xml) => xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="SCO"'), {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    });
    expect(result.valid).toBe(true);
  });

  it('rejects a minNormalizedMeasure above 1', () => {
    const result = check('scorm2004', (xml) =>
      xml.replace(/<imsss:minNormalizedMeasure>[^<]*</, '<imsss:minNormalizedMeasure>1.5<'),
    );
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain("The value '1.5' is greater than the maximum value allowed ('1')");
  });

  it('rejects scormtype="SCO" in SCORM 1.2', () => {
    const result = check('scorm12', (xml) => xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="SCO"'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain("The value 'SCO' is not an element of the set");
  });

  it('rejects a misspelt ADL element in SCORM 1.2', () => {
    const result = check('scorm12', (xml) => xml.replaceAll('adlcp:masteryscore', 'adlcp:masteryScore'));
    expect(result.valid).toBe(false);
  });

  it('rejects an identifier that is not an xs:ID', () => {
    const result = check('scorm12', (xml) =>
      xml.replace('identifier="lakeside_sample-en-v1-2-0"', 'identifier="1.2.0 sample"'),
    );
    expect(result.valid).toBe(false);
  });
});
// #endregion

// #region What the manifests say
describe('manifest content', () => {
  const manifest = (name: string, language: string, standard: ScormVersion) =>
    text(packages.get(key(name, language, standard))!.get('imsmanifest.xml'));

  it('names the schema version each standard requires', () => {
    expect(manifest('sample', 'en', 'scorm12')).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest('sample', 'en', 'scorm2004')).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('writes scormtype in lower case for 1.2 and scormType in camel case for 2004', () => {
    expect(manifest('mini', 'en', 'scorm12')).toContain('adlcp:scormtype="sco"');
    expect(manifest('mini', 'en', 'scorm2004')).toContain('adlcp:scormType="sco"');
  });

  it('gives the pass mark to the LMS in the form each standard reads', () => {
    expect(manifest('sample', 'en', 'scorm12')).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest('sample', 'en', 'scorm2004')).toMatch(
      /<imsss:primaryObjective satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0\.8<\/imsss:minNormalizedMeasure>/,
    );
  });

  it('gives no pass mark when the course has no assessment', () => {
    expect(manifest('mini', 'en', 'scorm12')).not.toContain('masteryscore');
    expect(manifest('mini', 'en', 'scorm2004')).not.toContain('imsss:sequencing');
  });

  it('leaves the LMS its own navigation and exit controls', () => {
    for (const standard of SCORM_VERSIONS)
      expect(manifest('sample', 'en', standard)).not.toMatch(/hideLMSUI|adlnav:presentation/);
  });

  it('uses the translated title in a translated package', () => {
    expect(manifest('mini', 'ar', 'scorm2004')).toContain('<title>دقيقة من الإصغاء</title>');
    expect(manifest('mini', 'ar', 'scorm2004')).toContain('identifier="oasis_mini-ar-v1-0-0"');
  });

  it('escapes XML in course text', () => {
    const course = { ...COURSES[0]!.validated.course, title: 'Tom & "Jerry" <b>\u0007' } as Course;
    const xml = buildManifest('scorm2004', { course, organisation: 'demo', files: ['index.html', 'media/a b&c.jpg'] });
    expect(xml).toContain('<title>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</title>');
    expect(xml).toContain('<file href="media/a%20b%26c.jpg"/>');
  });

  it('shortens SCORM 1.2 titles to the 200 characters its schema allows', () => {
    const course = { ...COURSES[0]!.validated.course, title: 'x'.repeat(300) } as Course;
    const title = /<title>([^<]*)<\/title>/.exec(
      buildManifest('scorm12', { course, organisation: 'demo', files: [] }),
    )![1]!;
    expect(Array.from(title)).toHaveLength(200);
  });
});

describe('manifest values', () => {
  it('makes identifiers that start with a letter and hold no dots', () => {
    expect(manifestIdentifier('demo', 'communication', 'en', '1.2.0')).toBe('demo_communication-en-v1-2-0');
    expect(manifestIdentifier('2024-ns', '2024-basics', 'pt-BR', '1.0.0-beta.1')).toBe(
      'org-2024-ns_2024-basics-pt-BR-v1-0-0-beta-1',
    );
  });

  it('names the organisation in the identifier, so two organisations never share one and no two ids run together', () => {
    expect(manifestIdentifier('lakeside', 'mini', 'en', '1.0.0')).not.toBe(
      manifestIdentifier('oasis', 'mini', 'en', '1.0.0'),
    );
    // "a" + "b-c" and "a-b" + "c" would both read "a-b-c" with a hyphen between them.
    expect(manifestIdentifier('a', 'b-c', 'en', '1.0.0')).not.toBe(manifestIdentifier('a-b', 'c', 'en', '1.0.0'));
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\uD800c')).toBe('abc');
  });
});
// #endregion
