import { refuse } from './refusal.js';

/**
 * How many console queries may run at once, per user and in all. Neo4j checks the transaction
 * timeout only between rows: a query whose work is one long expression (a nested reduce() over big
 * ranges) keeps a CPU core busy long after its timeout, and not even TERMINATE stops it. The console
 * stops waiting for such a query at its deadline, but its slot stays taken until Neo4j is done, so
 * nobody can occupy more than `perUser` cores, nor all users together more than `total`.
 */
export const CONCURRENCY = { perUser: 2, total: 4 } as const;

export class ConsoleGate {
  private readonly running = new Map<string, number>();
  private count = 0;

  constructor(
    readonly perUser: number = CONCURRENCY.perUser,
    readonly total: number = CONCURRENCY.total,
  ) {}

  /** Takes a slot for `user` or refuses; the returned function gives it back (once). */
  enter(user: string): () => void {
    const mine = this.running.get(user) ?? 0;
    if (mine >= this.perUser) {
      throw refuse('busy', 'input', `You already have ${mine} console queries running (at most ${this.perUser}); wait for them to finish or time out.`, { running: mine });
    }
    if (this.count >= this.total) {
      throw refuse('busy', 'input', `The console is running ${this.count} queries, its limit; try again in a few seconds.`, { running: this.count });
    }
    this.running.set(user, mine + 1);
    this.count += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count -= 1;
      const left = (this.running.get(user) ?? 1) - 1;
      if (left > 0) this.running.set(user, left);
      else this.running.delete(user);
    };
  }

  /** Queries running now (including ones the console stopped waiting for). */
  get size(): number {
    return this.count;
  }
}

const gates = new WeakMap<object, ConsoleGate>();

/** One gate per database connection (per app), created on first use. */
export function gateFor(owner: object): ConsoleGate {
  let gate = gates.get(owner);
  if (!gate) {
    gate = new ConsoleGate();
    gates.set(owner, gate);
  }
  return gate;
}
