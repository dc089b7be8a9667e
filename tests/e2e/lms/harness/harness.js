/**
 * The LMS side of the end-to-end test, run in the browser: scorm-again as the runtime,
 * the package's launch page (read from its imsmanifest.xml) in an iframe, and a record
 * of every API call with the error code it earned and of what the LMS would persist.
 *
 * window.lms.launch({ standard, packageUrl, cmi }) starts a launch; window.lms.state()
 * reads the record. Plain JavaScript, served as is: the browser runs no TypeScript.
 *
 * Like a strict LMS, it judges the outcome itself when the session ends, whatever the
 * SCO set (judgeAtEnd): SCORM 1.2's mastery override as Moodle applies it at LMSFinish
 * (on by default), and SCORM 2004's success from score.scaled (RTE 4.2.22).
 */
(() => {
  const STANDARDS = {
    scorm12: {
      // scorm-again's browser builds, one a standard, define window.Scorm12API and window.Scorm2004API.
      script: '/scorm-again/scorm12.min.js',
      global: 'API',
      create: () => new window.Scorm12API(SETTINGS),
      methods: ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'],
      commit: 'LMSCommit',
      end: 'LMSFinish',
      lastError: 'LMSGetLastError',
    },
    scorm2004: {
      script: '/scorm-again/scorm2004.min.js',
      global: 'API_1484_11',
      create: () => new window.Scorm2004API(SETTINGS),
      methods: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
      commit: 'Commit',
      end: 'Terminate',
      lastError: 'GetLastError',
    },
  };
  // Settings without mastery_override turn it on (shared/SCORM-NOTES.md); commits only when the SCO asks.
  const SETTINGS = { logLevel: 5, autocommit: false, mastery_override: false };

  const record = { launchUrl: '', calls: [], stored: null, commits: 0, terminated: false, unloaded: false };

  const byLocalName = (root, name) => Array.from(root.getElementsByTagNameNS('*', name));
  const clone = (value) => JSON.parse(JSON.stringify(value));

  /** What an LMS reads from the manifest: the launch href of the default organization's item, and its pass mark. */
  async function readManifest(packageUrl) {
    const response = await fetch(new URL('imsmanifest.xml', packageUrl));
    if (!response.ok) throw new Error(`imsmanifest.xml: HTTP ${response.status}`);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    if (xml.getElementsByTagName('parsererror').length) throw new Error('imsmanifest.xml is not well-formed XML');
    const organizations = byLocalName(xml, 'organizations')[0];
    const organization = byLocalName(organizations, 'organization').find(
      (o) => o.getAttribute('identifier') === organizations.getAttribute('default'),
    );
    if (!organization) throw new Error('imsmanifest.xml has no default organization');
    const item = byLocalName(organization, 'item').find((i) => i.hasAttribute('identifierref'));
    const resource = byLocalName(xml, 'resource').find(
      (r) => r.getAttribute('identifier') === item?.getAttribute('identifierref'),
    );
    const href = resource?.getAttribute('href');
    if (!href) throw new Error('imsmanifest.xml names no launchable resource');
    const mastery = byLocalName(item, 'masteryscore')[0]?.textContent?.trim();
    const primary = byLocalName(item, 'primaryObjective')[0];
    const measure =
      primary?.getAttribute('satisfiedByMeasure') === 'true'
        ? byLocalName(primary, 'minNormalizedMeasure')[0]?.textContent?.trim()
        : undefined;
    return { launchUrl: new URL(href, packageUrl).href, mastery, measure };
  }

  /**
   * What a strict LMS decides at LMSFinish/Terminate. SCORM 1.2 follows Moodle's StoreData
   * (mod/scorm/datamodels/scorm_12.js): a status never set becomes "completed"; in normal
   * mode for credit, a score.raw and a mastery score make it "passed" or "failed". SCORM
   * 2004: with a scaled_passing_score and a score.scaled, success_status follows them.
   */
  function judgeAtEnd(api, standard) {
    const cmi = api.cmi;
    if (standard === 'scorm12') {
      const core = cmi.core;
      if (core.lesson_status === 'not attempted') core.lesson_status = 'completed';
      const mastery = cmi.student_data.mastery_score;
      const normal = (core.lesson_mode || 'normal') === 'normal' && (core.credit || 'credit') === 'credit';
      if (normal && mastery !== '' && core.score.raw !== '')
        core.lesson_status = Number(core.score.raw) >= Number(mastery) ? 'passed' : 'failed';
    } else if (cmi.scaled_passing_score !== '' && cmi.score.scaled !== '') {
      cmi.success_status = Number(cmi.score.scaled) >= Number(cmi.scaled_passing_score) ? 'passed' : 'failed';
    }
  }

  /**
   * Records each call by wrapping the API object's own methods. scorm-again's listeners
   * would miss exactly the calls that matter most here: those refused before Initialize
   * or after Terminate never reach them.
   */
  function instrument(api, spec, standard) {
    const errorOf = () => String(api[spec.lastError]());
    const snapshot = () => clone(api.renderCommitCMI(true).cmi);
    for (const method of spec.methods) {
      const real = api[method].bind(api);
      api[method] = (...args) => {
        if (method === spec.end && api.isInitialized()) judgeAtEnd(api, standard);
        // Terminate persists what it renders at that moment; after it the API is closed.
        const before = method === spec.end ? snapshot() : undefined;
        const result = real(...args);
        const code = errorOf();
        const call = {
          method,
          args: args.map(String),
          result: String(result),
          code,
          at: Date.now(),
          afterTerminate: record.terminated,
        };
        record.calls.push(call);
        // The test's own ear, when it listens (test-lms.ts): every call, as it happens.
        window.lmsCall?.(call);
        if (String(result) === 'true' && method === spec.commit) {
          record.stored = snapshot();
          record.commits++;
        }
        if (String(result) === 'true' && method === spec.end) {
          record.stored = before;
          record.terminated = true;
        }
        return result;
      };
    }
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(script);
    });
  }

  async function launch({ standard, packageUrl, cmi }) {
    const spec = STANDARDS[standard];
    if (!spec) throw new Error(`unknown standard ${standard}`);
    const [{ launchUrl, mastery, measure }] = await Promise.all([readManifest(packageUrl), loadScript(spec.script)]);
    const launchCmi = clone(cmi ?? {});
    // As an LMS does on every launch: the manifest's pass mark becomes the SCO's mastery data.
    if (standard === 'scorm12' && mastery !== undefined)
      launchCmi.student_data = { ...launchCmi.student_data, mastery_score: mastery };
    if (standard === 'scorm2004' && measure !== undefined) launchCmi.scaled_passing_score = measure;
    const api = spec.create();
    api.loadFromJSON(launchCmi, '');
    instrument(api, spec, standard);
    window[spec.global] = api;
    record.launchUrl = launchUrl;

    const frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.title = 'Course';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = launchUrl;
    });
    return launchUrl;
  }

  /** Closes the content frame, as an LMS does once the SCO has finished (its pagehide fires). */
  function unload() {
    document.getElementById('sco')?.remove();
    record.unloaded = true;
  }

  /** Sends the content frame elsewhere, as an LMS moving to its own page does; resolves once it has gone. */
  function navigateAway() {
    const frame = document.getElementById('sco');
    return new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = '/lms/away.html';
    }).then(() => {
      record.unloaded = true;
    });
  }

  window.lms = { launch, unload, navigateAway, state: () => clone(record) };
})();
