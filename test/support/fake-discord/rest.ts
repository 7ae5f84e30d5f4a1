import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { botMessage } from './bot-message.js';
import { parseMultipart, type UploadedFile } from './multipart.js';

// The REST half of the stand-in: the routes discord.js 14.28 calls, recorded for assertions,
// with injectable failures (429 with Retry-After, 5xx) to prove the bot copes.

export interface RecordedRequest {
  method: string;
  /** Decoded path below /api/v10, e.g. /interactions/1/tok/callback or …/messages/@original. */
  path: string;
  rawPath: string;
  query: URLSearchParams;
  body: unknown;
  /** Files of a multipart request (a reply with an image), in order. */
  files: UploadedFile[];
  authorization: string | undefined;
  at: number;
}

export interface InjectedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Route {
  method: string;
  pattern: RegExp;
  handle(req: RecordedRequest, match: RegExpExecArray): InjectedResponse;
}

export interface RestState {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string; discriminator: string; bot: true; avatar: null; global_name: null };
  gatewayUrl: () => string;
  shardCount: number;
  /** Registered commands, per scope ('global' or a guild id). */
  commands: Map<string, unknown[]>;
}

export class FakeRest extends EventEmitter {
  readonly requests: RecordedRequest[] = [];
  private readonly failures: { match: (r: RecordedRequest) => boolean; response: InjectedResponse }[] = [];
  private readonly routes: Route[];

  constructor(private readonly state: RestState) {
    super();
    this.routes = buildRoutes(state);
  }

  /** The next request matching `match` gets `response` instead of being served. */
  failNext(match: (r: RecordedRequest) => boolean, response: InjectedResponse): void {
    this.failures.push({ match, response });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const rawPath = url.pathname.replace(/^\/api\/v\d+/, '');
    const raw = await readBody(req);
    const text = raw.toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    const multipart = contentType.startsWith('multipart/form-data') ? parseMultipart(raw, contentType) : null;
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(rawPath),
      rawPath,
      query: url.searchParams,
      body: multipart ? multipart.payload : text && contentType.includes('json') ? JSON.parse(text) : text || null,
      files: multipart?.files ?? [],
      authorization: req.headers.authorization,
      at: performance.now(),
    };
    this.requests.push(recorded);
    const response = this.takeFailure(recorded) ?? this.serve(recorded);
    // A 204 carries no body, and no JSON content type (discord.js would try to parse it).
    const type = response.body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(response.status, { ...type, ...response.headers });
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
    if (response.status < 300) this.emit('request', recorded);
  }

  private takeFailure(r: RecordedRequest): InjectedResponse | null {
    const index = this.failures.findIndex((f) => f.match(r));
    if (index < 0) return null;
    const [failure] = this.failures.splice(index, 1);
    return failure?.response ?? null;
  }

  private serve(r: RecordedRequest): InjectedResponse {
    const isWebhookish = r.path.startsWith('/interactions/') || r.path.startsWith('/webhooks/');
    if (!isWebhookish && r.authorization !== `Bot ${this.state.token}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    for (const route of this.routes) {
      const match = route.method === r.method ? route.pattern.exec(r.path) : null;
      if (match) return route.handle(r, match);
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function message(r: RecordedRequest, applicationId: string, id: string): InjectedResponse {
  const body = typeof r.body === 'object' && r.body !== null ? r.body : {};
  return {
    status: 200,
    body: botMessage(applicationId, {
      id,
      channel_id: '1',
      type: 0,
      webhook_id: applicationId,
      ...body,
    }),
  };
}

function buildRoutes(state: RestState): Route[] {
  const commandsRoute = (scope: (m: RegExpExecArray) => string) => ({
    put: (r: RecordedRequest, m: RegExpExecArray): InjectedResponse => {
      const list = (Array.isArray(r.body) ? r.body : []).map((c: unknown, i: number) => ({
        ...(c as object),
        id: `${BigInt(state.applicationId) + BigInt(i + 1)}`,
        application_id: state.applicationId,
        version: '1',
      }));
      state.commands.set(scope(m), list);
      return { status: 200, body: list };
    },
    get: (_r: RecordedRequest, m: RegExpExecArray): InjectedResponse => ({ status: 200, body: state.commands.get(scope(m)) ?? [] }),
  });
  const global = commandsRoute(() => 'global');
  const guild = commandsRoute((m) => m[2] ?? '');
  let messageIds = BigInt(state.applicationId) * 2n;
  const nextMessageId = () => (++messageIds).toString();
  return [
    {
      method: 'GET',
      pattern: /^\/gateway\/bot$/,
      handle: () => ({
        status: 200,
        body: {
          url: state.gatewayUrl(),
          shards: state.shardCount,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
        },
      }),
    },
    { method: 'GET', pattern: /^\/users\/@me$/, handle: () => ({ status: 200, body: state.botUser }) },
    {
      method: 'GET',
      pattern: /^\/applications\/@me$/,
      handle: () => ({ status: 200, body: { id: state.applicationId, flags: 0, name: 'bot', bot: state.botUser } }),
    },
    { method: 'PUT', pattern: /^\/applications\/(\d+)\/commands$/, handle: global.put },
    { method: 'GET', pattern: /^\/applications\/(\d+)\/commands$/, handle: global.get },
    { method: 'PUT', pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, handle: guild.put },
    { method: 'GET', pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, handle: guild.get },
    { method: 'POST', pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/, handle: () => ({ status: 204 }) },
    {
      method: 'PATCH',
      pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
      handle: (r) => message(r, state.applicationId, nextMessageId()),
    },
    { method: 'POST', pattern: /^\/webhooks\/(\d+)\/([^/]+)$/, handle: (r) => message(r, state.applicationId, nextMessageId()) },
    { method: 'DELETE', pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, handle: () => ({ status: 204 }) },
  ];
}
