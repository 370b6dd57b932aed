// In-memory state for one API, optionally persisted to a JSON file.
//
// Writes are atomic: the state goes to a temporary file beside the target,
// is flushed to disk, then renamed over it, so a crash mid-write leaves the
// previous complete file. Writes are serialized; mutations that arrive while
// one is in flight share the next write. `mutate` resolves only once its
// change is on disk, so an answered request is never lost.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface Store<State> {
  readonly state: State;
  mutate<T>(change: (state: State) => T): Promise<T>;
  /** Resolves when every change made so far is on disk. */
  flushed(): Promise<void>;
}

export function createStore<State>(initial: () => State, file?: string): Store<State> {
  const state = file ? (readStateFile<State>(file) ?? initial()) : initial();
  if (!file) {
    return { state, mutate: async (change) => change(state), flushed: async () => {} };
  }
  mkdirSync(path.dirname(file), { recursive: true });
  removeStaleTemporaries(file);

  let writing: Promise<void> | null = null;
  let pending: Promise<void> | null = null;
  let counter = 0;

  const writeNow = async () => {
    const temporary = `${file}.${process.pid}.${++counter}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(JSON.stringify(state));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file).catch(async (error) => {
      await rm(temporary, { force: true });
      throw error;
    });
  };

  // The write that will include every change made up to now.
  const scheduleWrite = (): Promise<void> => {
    if (pending) return pending;
    if (!writing) {
      writing = writeNow().finally(() => (writing = null));
      return writing;
    }
    pending = writing.then(() => {
      pending = null;
      return scheduleWrite();
    });
    return pending;
  };

  // The first write makes the file exist, even for an untouched seed state.
  let last = scheduleWrite();
  return {
    state,
    async mutate(change) {
      const result = change(state);
      last = scheduleWrite();
      await last;
      return result;
    },
    flushed: () => last,
  };
}

// A process killed mid-write leaves its temporary file behind; the data file
// itself is whole, so the leftovers are only clutter.
function removeStaleTemporaries(file: string) {
  const prefix = `${path.basename(file)}.`;
  for (const name of readdirSync(path.dirname(file))) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

function readStateFile<State>(file: string): State | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as State;
  } catch {
    throw new Error(
      `${file} is not a sandbox data file (it is not valid JSON); move it away or pass another --data path`,
    );
  }
}
