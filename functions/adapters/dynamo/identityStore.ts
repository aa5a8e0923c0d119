import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type * as z from 'zod/mini';
import { ConflictError } from '../../ports/errors.js';
import {
  calendarLinkSchema,
  identityEventSchema,
  sessionRecordSchema,
  signInAttemptSchema,
  type CalendarLink,
  type IdentityEvent,
  type SessionRecord,
  type SignInAttempt,
} from '../../ports/identityRecords.js';
import type { IdentityStore } from '../../ports/identityStore.js';
import { isConditionFailure, type DynamoTable } from './table.js';

/*
 * Identity items share the table (tableDesign.ts), each under its own partition:
 *
 *   session          SESSION#<sha-256 of the id>     META       (ttl: when it ends)
 *   sign-in attempt  SIGNIN#<state>                  META       (ttl: ten minutes)
 *   calendar link    CALLINK#<sha-256 of the secret> META
 *   person's link    PERSON#<email>                  CALLINK    (which link is theirs now)
 *   identity event   SIGNINS#<yyyy-mm-dd>            AT#<at>#<uuid>
 */

const epoch = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

function recordOf<T>(item: Record<string, unknown> | undefined, schema: z.ZodMiniType<T>): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, ttl: _ttl, ...rest } = item;
  return schema.parse(rest);
}

export class DynamoIdentityStore implements IdentityStore {
  constructor(private readonly table: DynamoTable) {}

  private async get(pk: string, sk: string) {
    const { Item } = await this.table.doc.send(
      new GetCommand({ TableName: this.table.tableName, Key: { pk, sk }, ConsistentRead: true }),
    );
    return Item as Record<string, unknown> | undefined;
  }

  private async put(item: Record<string, unknown>, condition?: string, values?: Record<string, unknown>) {
    try {
      await this.table.doc.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: item,
          ...(condition ? { ConditionExpression: condition } : {}),
          ...(values ? { ExpressionAttributeValues: values } : {}),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new ConflictError('the record changed before this write; read it again');
      throw error;
    }
  }

  private async delete(pk: string, sk: string) {
    await this.table.doc.send(new DeleteCommand({ TableName: this.table.tableName, Key: { pk, sk } }));
  }

  async createSession(session: SessionRecord): Promise<void> {
    sessionRecordSchema.parse(session);
    const item = { pk: `SESSION#${session.idHash}`, sk: 'META', ttl: epoch(session.expiresAt), ...session };
    await this.put(item, 'attribute_not_exists(pk)');
  }

  async getSession(idHash: string): Promise<SessionRecord | undefined> {
    return recordOf(await this.get(`SESSION#${idHash}`, 'META'), sessionRecordSchema);
  }

  async updateSession({ session, expectedLastSeenAt }: { session: SessionRecord; expectedLastSeenAt: string }) {
    sessionRecordSchema.parse(session);
    const item = { pk: `SESSION#${session.idHash}`, sk: 'META', ttl: epoch(session.expiresAt), ...session };
    await this.put(item, 'lastSeenAt = :seen', { ':seen': expectedLastSeenAt });
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.delete(`SESSION#${idHash}`, 'META');
  }

  async saveSignInAttempt(attempt: SignInAttempt): Promise<void> {
    signInAttemptSchema.parse(attempt);
    const item = { pk: `SIGNIN#${attempt.state}`, sk: 'META', ttl: epoch(attempt.expiresAt), ...attempt };
    await this.put(item, 'attribute_not_exists(pk)');
  }

  async takeSignInAttempt(state: string): Promise<SignInAttempt | undefined> {
    try {
      const { Attributes } = await this.table.doc.send(
        new DeleteCommand({
          TableName: this.table.tableName,
          Key: { pk: `SIGNIN#${state}`, sk: 'META' },
          ConditionExpression: 'attribute_exists(pk)',
          ReturnValues: 'ALL_OLD',
        }),
      );
      return recordOf(Attributes as Record<string, unknown> | undefined, signInAttemptSchema);
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  async replaceCalendarLink({ link }: { link: CalendarLink }): Promise<void> {
    calendarLinkSchema.parse(link);
    const person = `PERSON#${link.principal.email.toLowerCase()}`;
    const current = await this.get(person, 'CALLINK');
    const oldHash = typeof current?.secretHash === 'string' ? current.secretHash : undefined;
    await this.table.transact([
      ...(oldHash
        ? [{ Delete: { TableName: this.table.tableName, Key: { pk: `CALLINK#${oldHash}`, sk: 'META' } } }]
        : []),
      { Put: { TableName: this.table.tableName, Item: { pk: `CALLINK#${link.secretHash}`, sk: 'META', ...link } } },
      {
        Put: {
          TableName: this.table.tableName,
          Item: { pk: person, sk: 'CALLINK', secretHash: link.secretHash },
          // Another reset meanwhile: refused, so two links never both work.
          ConditionExpression: oldHash ? 'secretHash = :old' : 'attribute_not_exists(pk)',
          ...(oldHash ? { ExpressionAttributeValues: { ':old': oldHash } } : {}),
        },
      },
    ]);
  }

  async findCalendarLink(secretHash: string): Promise<CalendarLink | undefined> {
    return recordOf(await this.get(`CALLINK#${secretHash}`, 'META'), calendarLinkSchema);
  }

  async calendarLinkOf(email: string): Promise<CalendarLink | undefined> {
    const pointer = await this.get(`PERSON#${email.toLowerCase()}`, 'CALLINK');
    return typeof pointer?.secretHash === 'string' ? this.findCalendarLink(pointer.secretHash) : undefined;
  }

  async recordIdentityEvent(event: IdentityEvent): Promise<void> {
    // Checked before it is written: one bad entry must not make a day's record unreadable.
    identityEventSchema.parse(event);
    const item = { pk: `SIGNINS#${event.at.slice(0, 10)}`, sk: `AT#${event.at}#${randomUUID()}`, ...event };
    await this.put(item, 'attribute_not_exists(pk)');
  }

  async identityEvents(day: string): Promise<IdentityEvent[]> {
    const items = await this.table.queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `SIGNINS#${day}` },
      ConsistentRead: true,
    });
    return items.map((item) => recordOf(item, identityEventSchema) as IdentityEvent);
  }
}
