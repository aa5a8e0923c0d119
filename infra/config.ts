import { z } from 'zod';

/** One deployment stage's settings, from cdk.json's `stages` (or `-c stage=…`), checked before anything is built. */
export const stageConfigSchema = z
  .object({
    /** AWS region to deploy to. */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'must be an AWS region such as eu-west-2' }),
    /** Sender of every notice: a verified SES identity (its domain). */
    fromAddress: z.string().regex(/^.*<[^@<>\s]+@([^@<>\s]+)>$|^[^@<>\s]+@[^@<>\s]+$/, {
      error: 'must be an email address, optionally with a name: DIPP <dipp@example.gov.uk>',
    }),
    mailbox: z.email(),
    baseUrl: z.url(),
    /** Notices may go only to these domains (the inspectorate's, the probation service's). */
    allowedRecipientDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
    chiefInspector: z.object({ name: z.string().min(1), email: z.email() }),
    /** Where alarms go (an operations mailbox), subscribed to the operations topic. */
    operationsEmail: z.email(),
  })
  .strict();
export type StageConfig = z.infer<typeof stageConfigSchema>;

/** Reads and checks the stage's settings; a wrong value stops the synth, naming the setting. */
export function stageConfig(stages: unknown, stage: string): StageConfig {
  const all = z.record(z.string(), z.unknown()).safeParse(stages);
  if (!all.success || !(stage in all.data)) {
    throw new Error(`no settings for stage "${stage}" in cdk.json's context.stages`);
  }
  const parsed = stageConfigSchema.safeParse(all.data[stage]);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`stage "${stage}" is not valid: ${problems}`);
  }
  return parsed.data;
}

/** The domain of the sending identity: "DIPP <dipp@x.gov.uk>" → "x.gov.uk". */
export function senderDomain(fromAddress: string): string {
  const address = /<([^>]+)>/.exec(fromAddress)?.[1] ?? fromAddress;
  return address.slice(address.indexOf('@') + 1);
}

/** cdk.json's stages, for when the app is built without its context (the tests). */
export const DEFAULT_STAGES = {
  dev: {
    region: 'eu-west-2',
    fromAddress: 'DIPP inspections <dipp-notices@dev.inspections.example>',
    mailbox: 'dipp-inspections@dev.inspections.example',
    baseUrl: 'https://dipp.dev.inspections.example',
    allowedRecipientDomains: ['inspections.example', 'probation.example'],
    chiefInspector: {
      name: 'Chief Inspector of Probation',
      email: 'chief.inspector@inspections.example',
    },
    operationsEmail: 'dipp-operations@dev.inspections.example',
  },
  prod: {
    region: 'eu-west-2',
    fromAddress: 'HM Inspectorate of Probation <dipp-notices@inspections.example>',
    mailbox: 'dipp-inspections@inspections.example',
    baseUrl: 'https://dipp.inspections.example',
    allowedRecipientDomains: ['inspections.example', 'probation.example'],
    chiefInspector: {
      name: 'Chief Inspector of Probation',
      email: 'chief.inspector@inspections.example',
    },
    operationsEmail: 'dipp-operations@inspections.example',
  },
};
