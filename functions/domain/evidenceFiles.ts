import type { SaidKey, SaidValue } from './messages/said.js';
import { ruleError, type Result } from './validation.js';

/**
 * Evidence files the region attaches to an alert (issue 18): what is accepted, checked before a
 * byte is stored. Files stay in the system behind access control and are never emailed; a notice
 * names the alert, never a file.
 */

/** The largest file accepted: 10 MB. */
export const EVIDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** The most files one alert holds. */
export const EVIDENCE_FILES_PER_ALERT = 10;

/**
 * The kinds of file accepted, each known by its first bytes as well as its declared type (a file
 * is what its content says, not what its name says): PDF, PNG, JPEG, and Word and Excel documents
 * (both ZIP containers).
 */
const KINDS = [
  { type: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
] as const;

export const EVIDENCE_FILE_TYPES: readonly string[] = KINDS.map((kind) => kind.type);

/** The file name endings accepted, for a file input's `accept`: `.pdf,.png,…`. */
export const EVIDENCE_FILE_EXTENSIONS: readonly string[] = KINDS.flatMap((kind) => kind.extensions.map((e) => `.${e}`));

/**
 * The type a file claims by its name's ending (what a browser's form upload tells of it: the form
 * cannot set a type per file without script), or undefined for an ending not accepted. The first
 * bytes must still agree (checkEvidenceFile).
 */
export function evidenceTypeByName(name: string): string | undefined {
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return KINDS.find((kind) => (kind.extensions as readonly string[]).includes(extension))?.type;
}

export interface EvidenceFileCheck {
  /** The name to show: the file's own name, as one line of safe characters. */
  name: string;
  type: string;
  size: number;
}

/** A file name as it may be shown and stored: no path, no control or format characters, at most 100 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim();
  return clean.slice(-100) || 'evidence';
}

/**
 * Whether a file may be attached: not empty, at most 10 MB, of an accepted kind whose declared
 * type, extension and first bytes agree, and not past the alert's number of files. Or why not,
 * naming the field.
 */
export function checkEvidenceFile(
  file: { name: string; type: string; bytes: Uint8Array },
  alreadyAttached = 0,
): Result<EvidenceFileCheck> {
  const refuse = (key: SaidKey, values: Readonly<Record<string, SaidValue>> = {}): Result<never> => ({
    ok: false,
    errors: [ruleError('file', file.name, key, values)],
  });
  if (alreadyAttached >= EVIDENCE_FILES_PER_ALERT) {
    return refuse('alert.file.full', { max: EVIDENCE_FILES_PER_ALERT });
  }
  if (file.bytes.length === 0) return refuse('alert.file.empty');
  if (file.bytes.length > EVIDENCE_FILE_MAX_BYTES) return refuse('alert.file.tooBig');
  const name = safeFileName(file.name);
  const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const kind = KINDS.find((k) => k.type === file.type);
  if (!kind || !(kind.extensions as readonly string[]).includes(extension)) return refuse('alert.file.kind');
  if (!kind.magic.every((byte, index) => file.bytes[index] === byte)) {
    return refuse('alert.file.notWhatItSays');
  }
  return { ok: true, value: { name, type: kind.type, size: file.bytes.length } };
}
