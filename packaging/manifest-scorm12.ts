/**
 * imsmanifest.xml for SCORM 1.2: one organization, one item, one SCO.
 * The LMS learns the pass mark from `adlcp:masteryscore` and hands it to the player as
 * `cmi.student_data.mastery_score`.
 */
import { masteryScore } from '../src/scorm/pass-mark.ts';
import {
  clip,
  escapeXml,
  fileElements,
  IDS,
  type ManifestInput,
  manifestIdentifier,
  versionAttribute,
} from './manifest-xml.ts';

export const SCORM12_NAMESPACES = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
} as const;

// The 1.2 content-packaging schema caps titles at 200 characters; course titles may be 300.
const MAX_TITLE = 200;

/** Writes the SCORM 1.2 manifest for one course language. */
export function buildScorm12Manifest({ course, organisation, files }: ManifestInput): string {
  const ns = SCORM12_NAMESPACES;
  const title = escapeXml(clip(course.title, MAX_TITLE));
  const mastery = course.assessment
    ? `\n        <adlcp:masteryscore>${masteryScore(course.assessment.passMark)}</adlcp:masteryscore>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${manifestIdentifier(organisation, course.id, course.language, course.version)}"${versionAttribute(course.version)}
  xmlns="${ns.imscp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${ns.imscp} imscp_rootv1p1p2.xsd ${ns.imsmd} imsmd_rootv1p2p1.xsd ${ns.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${IDS.organization}">
    <organization identifier="${IDS.organization}">
      <title>${title}</title>
      <item identifier="${IDS.item}" identifierref="${IDS.resource}" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${IDS.resource}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileElements(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
