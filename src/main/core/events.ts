import type { EventName, EventPayload } from '../../shared/contract';

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

/** The core's main → renderer notifications; hosts forward them over IPC or server-sent events. */
export class CoreEvents {
  #listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const set = this.#listeners.get(event) ?? new Set();
    set.add(listener as Listener<EventName>);
    this.#listeners.set(event, set);
    return () => set.delete(listener as Listener<EventName>);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        // A broken listener (a closed window, a dropped stream) must not break the use case.
        console.error(`Listener for ${event} failed`, error);
      }
    }
  }
}

/**
 * The events one opening of the database uses: emits go to the core's events (the hosts'
 * subscriptions outlive a restore), and the services' own subscriptions end with the session,
 * so a replaced database's services never run again.
 */
export class SessionEvents extends CoreEvents {
  readonly #unsubscribes: (() => void)[] = [];

  constructor(private readonly parent: CoreEvents) {
    super();
  }

  override on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    const unsubscribe = this.parent.on(event, listener);
    this.#unsubscribes.push(unsubscribe);
    return unsubscribe;
  }

  override emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.parent.emit(event, payload);
  }

  dispose(): void {
    this.#unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
  }
}
