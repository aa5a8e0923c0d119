// The little of s3rver 3.7 the local S3 server uses (the package ships no types).
declare module 's3rver' {
  import type { IncomingMessage } from 'node:http';
  import type { Readable } from 'node:stream';

  interface S3rverContext {
    method: string;
    path: string;
    headers: Record<string, string | string[] | undefined>;
    req: IncomingMessage | (Readable & Pick<IncomingMessage, 'headers' | 'method' | 'url'> & { socket: unknown });
    request: { req: S3rverContext['req'] };
    status: number;
    body: unknown;
    type: string;
    set(name: string, value: string): void;
  }

  export default class S3rver {
    constructor(options: {
      address?: string;
      port?: number;
      directory?: string;
      silent?: boolean;
      configureBuckets?: { name: string }[];
    });
    middleware: ((ctx: S3rverContext, next: () => Promise<void>) => Promise<void> | void)[];
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
