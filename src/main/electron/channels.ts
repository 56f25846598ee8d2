/**
 * IPC channel names, shared by the main side (ipc.ts) and the preload. A contract method travels
 * on a channel named after itself; a core event on `event:<name>`.
 */
export const eventChannel = (name: string): string => `event:${name}`;
