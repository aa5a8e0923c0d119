import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The real timer, taken when this module loads, before any simulated clock replaces it: a slow
 * answer is slow in real time, as the client's socket timeout is.
 */
const realSetTimeout = globalThis.setTimeout;

/** What goes wrong with one request. */
export type DynamoFault =
  /** Refused before DynamoDB sees it: nothing is written. */
  | { kind: 'throttled'; type?: 'ProvisionedThroughputExceededException' | 'ThrottlingException' }
  | { kind: 'internal-error' }
  /** The connection is cut before the request is forwarded: nothing is written. */
  | { kind: 'dropped-before' }
  /** Forwarded and applied, then the connection is cut: written, but the client never hears. */
  | { kind: 'dropped-after' }
  /** Held `delayMs` (real time) before it is forwarded: applied late, perhaps after the client gave up. */
  | { kind: 'slow'; delayMs: number };

/** A request as the rule sees it: the operation and its JSON body (attribute values in DynamoDB's wire form). */
export interface DynamoRequest {
  operation: string;
  body: Record<string, unknown>;
}

export interface FaultRule {
  /** The operation, as named after `DynamoDB_20120810.` in the X-Amz-Target header: `PutItem`, `TransactWriteItems`. */
  operation: string;
  /** Picks among requests of that operation, e.g. the notice's intent rather than any other put. */
  when?: (body: Record<string, unknown>) => boolean;
  fault: DynamoFault;
  /** How many of the next matching requests are hit (1 unless told). */
  times?: number;
}

export interface DynamoFaultProxy {
  endpoint: string;
  inject(rule: FaultRule): void;
  /** Forgets the rules and what was hit. */
  reset(): void;
  /** The requests hit so far, in order. */
  readonly hits: (DynamoRequest & { fault: DynamoFault })[];
  stop(): Promise<void>;
}

const PREFIX = 'DynamoDB_20120810.';
const JSON_TYPE = 'application/x-amz-json-1.0';

function refusal(fault: Extract<DynamoFault, { kind: 'throttled' | 'internal-error' }>) {
  const type =
    fault.kind === 'throttled' ? (fault.type ?? 'ProvisionedThroughputExceededException') : 'InternalServerError';
  const message =
    fault.kind === 'throttled'
      ? 'The level of configured provisioned throughput for the table was exceeded.'
      : 'Internal server error';
  return {
    status: fault.kind === 'throttled' ? 400 : 500,
    body: JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }),
  };
}

/**
 * A plain HTTP proxy in front of DynamoDB Local that fails chosen requests the ways DynamoDB and
 * the network do: throttling, internal errors, connections cut before or after the write is
 * applied, slow answers. Every other request goes through untouched, so the stores under test
 * talk to the real thing through a real SDK client.
 */
export async function startDynamoFaultProxy(target: string): Promise<DynamoFaultProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  let rules: (FaultRule & { left: number })[] = [];
  const hits: (DynamoRequest & { fault: DynamoFault })[] = [];

  /** The fault for this request, if a rule with hits left matches it (the earliest such rule). */
  function faultFor(request: DynamoRequest): DynamoFault | undefined {
    const rule = rules.find(
      (r) => r.left > 0 && r.operation === request.operation && (r.when ? r.when(request.body) : true),
    );
    if (!rule) return undefined;
    rule.left -= 1;
    hits.push({ ...request, fault: rule.fault });
    return rule.fault;
  }

  function forward(
    req: http.IncomingMessage,
    body: Buffer,
    answer: (status: number, headers: http.IncomingHttpHeaders, body: Buffer) => void,
  ) {
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => answer(res.statusCode ?? 502, res.headers, Buffer.concat(chunks)));
      },
    );
    out.on('error', () => req.socket.destroy());
    out.end(body);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = target.startsWith(PREFIX) ? target.slice(PREFIX.length) : target;
      const fault = faultFor({ operation, body: parse(raw) });
      const reply = (status: number, headers: http.IncomingHttpHeaders, body: Buffer) => {
        if (res.destroyed) return;
        res.writeHead(status, { ...headers, 'content-length': String(body.length) });
        res.end(body);
      };
      switch (fault?.kind) {
        case undefined:
          return forward(req, raw, reply);
        case 'throttled':
        case 'internal-error': {
          const { status, body } = refusal(fault);
          return reply(status, { 'content-type': JSON_TYPE }, Buffer.from(body));
        }
        case 'dropped-before':
          return req.socket.destroy();
        case 'dropped-after':
          return forward(req, raw, () => req.socket.destroy());
        case 'slow':
          return void realSetTimeout(() => forward(req, raw, reply), fault.delayMs);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    inject(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    reset() {
      rules = [];
      hits.length = 0;
    },
    hits,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

function parse(raw: Buffer): Record<string, unknown> {
  try {
    return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
