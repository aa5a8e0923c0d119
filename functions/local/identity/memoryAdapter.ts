import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * Where the local identity provider keeps its sessions, interactions, grants, codes and tokens: in
 * memory, one store per provider, each entry dropped once it expires. A restart signs everyone
 * out, as Cognito's sessions would end; the signing keys (keys.ts) are what survives. Our own
 * adapter also keeps oidc-provider from warning about its development-only one.
 */
interface Entry {
  payload: AdapterPayload;
  /** Milliseconds since the epoch; undefined: no expiry. */
  expiresAt?: number;
}

export function memoryAdapter(): (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  /** model:id → payload; `uid:` (sessions), `userCode:` and `grant:` (the keys issued under a grant) index it. */
  const indexes = new Map<string, string>();
  const grants = new Map<string, Set<string>>();

  const live = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  let writes = 0;
  const sweep = () => {
    for (const key of entries.keys()) live(key);
    for (const [grantId, members] of grants) {
      for (const key of members) if (!entries.has(key)) members.delete(key);
      if (members.size === 0) grants.delete(grantId);
    }
    for (const [index, key] of indexes) if (!entries.has(key)) indexes.delete(index);
  };

  return (model) => {
    const keyOf = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        if (++writes % 256 === 0) sweep();
        const key = keyOf(id);
        entries.set(key, {
          payload: structuredClone(payload),
          expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : undefined,
        });
        if (model === 'Session' && payload.uid) indexes.set(`uid:${payload.uid}`, key);
        if (payload.userCode) indexes.set(`userCode:${payload.userCode}`, key);
        if (payload.grantId) {
          const members = grants.get(payload.grantId) ?? new Set<string>();
          members.add(key);
          grants.set(payload.grantId, members);
        }
      },
      async find(id) {
        const found = live(keyOf(id));
        return found && structuredClone(found);
      },
      async findByUid(uid) {
        const key = indexes.get(`uid:${uid}`);
        const found = key === undefined ? undefined : live(key);
        return found && structuredClone(found);
      },
      async findByUserCode(userCode) {
        const key = indexes.get(`userCode:${userCode}`);
        const found = key === undefined ? undefined : live(key);
        return found && structuredClone(found);
      },
      async consume(id) {
        const found = live(keyOf(id));
        if (found) found.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        const key = keyOf(id);
        const found = entries.get(key)?.payload;
        entries.delete(key);
        if (found?.uid && indexes.get(`uid:${found.uid}`) === key) indexes.delete(`uid:${found.uid}`);
        if (found?.userCode) indexes.delete(`userCode:${found.userCode}`);
      },
      async revokeByGrantId(grantId) {
        for (const key of grants.get(grantId) ?? []) entries.delete(key);
        grants.delete(grantId);
      },
    };
  };
}
