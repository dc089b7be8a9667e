/**
 * imsmanifest.xml for SCORM 2004 4th Edition: one organization, one item, one SCO.
 * The pass mark travels as the primary objective's `minNormalizedMeasure`, which the LMS
 * hands to the player as `cmi.scaled_passing_score`. No `adlnav:presentation` is written:
 * the LMS keeps its own navigation and exit controls.
 */
import { normalizedMeasure } from '../src/scorm/pass-mark.ts';
import {
  escapeXml,
  fileElements,
  IDS,
  type ManifestInput,
  manifestIdentifier,
  versionAttribute,
} from './manifest-xml.ts';

export const SCORM2004_NAMESPACES = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
} as const;

/** Writes the SCORM 2004 4th Edition manifest for one course language. */
export function buildScorm2004Manifest({ course, organisation, files }: ManifestInput): string {
  const ns = SCORM2004_NAMESPACES;
  const title = escapeXml(course.title);
  // satisfiedByMeasure makes the LMS judge "passed" from the score as well as trust the
  // player's success_status; without an assessment there is nothing to measure.
  const sequencing = course.assessment
    ? `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${normalizedMeasure(course.assessment.passMark)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${manifestIdentifier(organisation, course.id, course.language, course.version)}"${versionAttribute(course.version)}
  xmlns="${ns.imscp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:adlseq="${ns.adlseq}"
  xmlns:adlnav="${ns.adlnav}"
  xmlns:imsss="${ns.imsss}"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${ns.imscp} imscp_v1p1.xsd ${ns.adlcp} adlcp_v1p3.xsd ${ns.adlseq} adlseq_v1p3.xsd ${ns.adlnav} adlnav_v1p3.xsd ${ns.imsss} imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${IDS.organization}">
    <organization identifier="${IDS.organization}">
      <title>${title}</title>
      <item identifier="${IDS.item}" identifierref="${IDS.resource}">
        <title>${title}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${IDS.resource}" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileElements(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
