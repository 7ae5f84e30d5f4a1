import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type RawData, WebSocket, type WebSocketServer } from 'ws';
import { shardOf } from './snowflake.js';

// The gateway half of the stand-in: HELLO, IDENTIFY → READY (+ one GUILD_CREATE per guild of
// the shard, which discord.js waits for with the Guilds intent), heartbeats ACKed, RESUME →
// replay of missed events + RESUMED, and drops on demand to prove reconnection.

const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
const HEARTBEAT_INTERVAL_MS = 1000;

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  sent: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

export interface GatewayState {
  token: string;
  applicationId: string;
  botUser: object;
  guildIds: string[];
  url: () => string;
}

export class FakeGateway extends EventEmitter {
  readonly sessions = new Map<string, Session>();
  resumes = 0;

  constructor(
    readonly wss: WebSocketServer,
    private readonly state: GatewayState,
  ) {
    super();
    wss.on('connection', (socket) => this.accept(socket));
  }

  /** Sends a dispatch to the session serving `guildId` (the only shard, without sharding). */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const session = [...this.sessions.values()].find((s) => guildId === undefined || shardOf(guildId, s.shard[1]) === s.shard[0]);
    if (!session) throw new Error('no gateway session for that guild');
    this.send(session, t, d);
  }

  /** Kills every connection without a close frame (code 1006), as a network cut would. */
  drop(): void {
    for (const session of this.sessions.values()) {
      session.socket?.terminate();
      session.socket = null;
    }
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.sent.push(event);
    if (session.sent.length > 1000) session.sent.shift();
    // Events for a dropped socket stay buffered and are replayed on RESUME, as Discord does.
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify({ op: Op.Dispatch, ...event }));
  }

  private accept(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: Op.Hello, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } }));
    socket.on('message', (raw: RawData) => this.onMessage(socket, JSON.parse(raw.toString()) as { op: number; d: unknown }));
  }

  private onMessage(socket: WebSocket, payload: { op: number; d: unknown }): void {
    const d = (payload.d ?? {}) as Record<string, unknown>;
    if (payload.op === Op.Heartbeat) {
      socket.send(JSON.stringify({ op: Op.HeartbeatAck }));
    } else if (payload.op === Op.Identify) {
      if (d.token !== this.state.token) {
        socket.close(4004, 'Authentication failed');
        return;
      }
      this.identify(socket, (d.shard as [number, number] | undefined) ?? [0, 1]);
    } else if (payload.op === Op.Resume) {
      const session = this.sessions.get(String(d.session_id));
      if (d.token !== this.state.token || !session) {
        socket.send(JSON.stringify({ op: Op.InvalidSession, d: false }));
        return;
      }
      this.resumes += 1;
      session.socket = socket;
      for (const event of session.sent.filter((e) => e.s > Number(d.seq))) socket.send(JSON.stringify({ op: Op.Dispatch, ...event }));
      this.send(session, 'RESUMED', null);
      this.emit('resumed', session.id);
    }
  }

  private identify(socket: WebSocket, shard: [number, number]): void {
    const session: Session = { id: randomUUID().replace(/-/g, ''), shard, seq: 0, sent: [], socket };
    this.sessions.set(session.id, session);
    const guilds = this.state.guildIds.filter((g) => shardOf(g, shard[1]) === shard[0]);
    this.send(session, 'READY', {
      v: 10,
      user: this.state.botUser,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.state.url(),
      shard,
      application: { id: this.state.applicationId, flags: 0 },
    });
    for (const id of guilds) this.send(session, 'GUILD_CREATE', guild(id, this.state.applicationId));
    this.emit('ready', session.id);
  }
}

function guild(id: string, ownerId: string): object {
  return {
    id,
    name: `测试服务器 ${id.slice(-4)}`,
    icon: null,
    owner_id: ownerId,
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: new Date().toISOString(),
    features: [],
    roles: [{ id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: (BigInt(id) + 1n).toString(), type: 0, name: 'general', position: 0, guild_id: id, permission_overwrites: [] }],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    preferred_locale: 'zh-CN',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    premium_tier: 0,
    nsfw_level: 0,
  };
}
