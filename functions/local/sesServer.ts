// The local SES server, run as its own process (its timers stay real whatever the simulation does).
// `POST /_faults` queues answers for the next SendEmail calls: e.g. [{"status":429,"type":"TooManyRequestsException"}].
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import sesLocalModule from 'aws-ses-v2-local';

type Fault = { status: number; type: string; message?: string; hang?: boolean };
type Start = (options: { host: string; port: number }) => Promise<Server>;

const start = ((sesLocalModule as unknown as { default?: Start }).default ?? sesLocalModule) as unknown as Start;
const port = Number(process.argv[2] ?? 8005);
const server = await start({ host: '127.0.0.1', port });
const faults: Fault[] = [];
const [app] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
server.removeAllListeners('request');
server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  if (req.method === 'POST' && req.url === '/_faults') {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      faults.push(...(JSON.parse(body || '[]') as Fault[]));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ queued: faults.length }));
    });
    return;
  }
  const fault = req.method === 'POST' && req.url?.startsWith('/v2/email/outbound-emails') ? faults.shift() : undefined;
  if (!fault) return app?.(req, res);
  req.resume();
  if (fault.hang) {
    // Store the message, then cut the connection before answering: the sender cannot know it went.
    res.on('error', () => undefined);
    res.writeHead = (() => {
      res.destroy();
      return res;
    }) as typeof res.writeHead;
    return app?.(req, res);
  }
  res.writeHead(fault.status, { 'content-type': 'application/json', 'x-amzn-errortype': fault.type });
  res.end(JSON.stringify({ message: fault.message ?? fault.type }));
});
