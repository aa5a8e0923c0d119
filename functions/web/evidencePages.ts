import { evidenceDownloadLink, offerEvidenceUpload, registerEvidenceUpload } from '../app/alerts/evidenceFiles.js';
import type { AlertView } from '../app/queries/audienceViews.js';
import { stillOwed } from '../domain/alertSchedule.js';
import { EVIDENCE_FILE_EXTENSIONS } from '../domain/evidenceFiles.js';
import { errorsFor, fields } from './forms.js';
import { translator, type Translator } from './i18n/translator.js';
import { attempt } from './outcome.js';
import type { PageKit } from './pageKit.js';
import { redirect, type WebRequest } from './responses.js';

/** A size in words, as GOV.UK writes it: 512 bytes, 2 KB, 1.4 MB (in the page's language). */
export function sizeInWords(bytes: number, t: Translator = translator('en')): string {
  if (bytes < 1024) return t('evidence.bytes', { count: String(bytes) });
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * The alert page's evidence files (issue 18): the files attached, each a download link, and while
 * the alert waits for the region's evidence, to those who may attach one, a form that uploads a
 * file straight to the store (the bucket's address: the file never passes through the service).
 * Then the page that takes the upload in, and the download link that checks access and audits.
 */
export function evidencePages({ deps, page, problem, t }: PageKit) {
  /** What the alert page shows of files, and the store's origin its form posts to (or none). */
  async function evidenceSection(request: WebRequest, alert: AlertView) {
    const files = (alert.evidenceFiles ?? []).map((file) => ({
      ...file,
      size: sizeInWords(file.size, t(request)),
      href: `/alerts/${encodeURIComponent(alert.id)}/files/${encodeURIComponent(file.key.split('/').pop() ?? '')}`,
    }));
    // An upload form only while the alert waits for the region's evidence: no reads for the others.
    const offer =
      deps.evidenceUploads && stillOwed(alert.status, 'evidence')
        ? await attempt(() =>
            offerEvidenceUpload(deps, request.principal, {
              alertId: alert.id,
              redirect: `${deps.config.baseUrl}/alerts/${encodeURIComponent(alert.id)}/files/uploaded`,
            }),
          )
        : undefined;
    const upload = offer?.ok ? offer.value : undefined;
    return {
      context: {
        evidence: {
          files,
          upload: upload ? { url: upload.form.url, fields: Object.entries(upload.form.fields) } : undefined,
          accept: EVIDENCE_FILE_EXTENSIONS.join(','),
        },
      },
      formOrigin: upload ? new URL(upload.form.url).origin : undefined,
    };
  }

  /** Where S3 sends the browser after an upload: the file named, with a button to add it (and a reason, for someone acting for the region). */
  async function uploaded(request: WebRequest, alertId: string, errors?: ReturnType<typeof errorsFor>, status = 200) {
    const key = request.query.get('key') ?? request.form.get('key') ?? '';
    const name = key.split('/').pop() ?? '';
    return page(request, status, 'evidence-uploaded.njk', {
      alertId,
      key,
      name,
      forRegion: request.principal.role !== 'region',
      values: fields(request.form),
      errors,
    });
  }

  /** Takes the upload in: back to the alert, or the reason it was refused (the file then deleted). */
  async function register(request: WebRequest, alertId: string) {
    const { key = '', onBehalfReason } = fields(request.form);
    const outcome = await attempt(() =>
      registerEvidenceUpload(deps, request.principal, {
        alertId,
        key,
        ...(onBehalfReason ? { onBehalfReason } : {}),
      }),
    );
    if (outcome.ok) return redirect(`/alerts/${encodeURIComponent(alertId)}#evidence-files`);
    if (outcome.status !== 400) return problem(request, outcome);
    return uploaded(request, alertId, errorsFor(outcome.errors, { key: 'file', alertId: 'file' }, t(request)), 400);
  }

  /** A file's link: access checked and the read audited, then on to a one-minute signed link. */
  async function download(request: WebRequest, alertId: string, fileId: string) {
    const outcome = await attempt(() => evidenceDownloadLink(deps, request.principal, { alertId, fileId }));
    if (!outcome.ok) return problem(request, outcome);
    return redirect(outcome.value.url);
  }

  return { evidenceSection, uploaded, register, download };
}
