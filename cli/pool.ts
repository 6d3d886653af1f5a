import { availableParallelism } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';

/**
 * Files checked in parallel on every core: one worker thread per core, each given the next file
 * when it hands back the last, so a slow file holds up one worker only. A worker that dies (a file
 * needing more memory than a worker may have, for one) loses that file alone: its task reports the
 * failure and a fresh worker goes on with the rest.
 */

/** The heap one worker may use: memory stays bounded per file, whatever a file holds. */
export const WORKER_MEMORY_MB = 2048;

interface Request<T> {
  readonly index: number;
  readonly task: T;
}
interface Reply<R> {
  readonly index: number;
  readonly result: R;
}

export interface PoolOptions<T, R> {
  /** The script the workers run: it calls `serveTasks` when it is not the main thread. */
  readonly script: URL;
  /** Passed to every worker as `workerData`. */
  readonly data: unknown;
  /** The result of a task whose worker died. */
  readonly failed: (task: T, error: unknown) => R;
  /** Called as each task finishes, in any order. */
  readonly onResult?: (result: R, index: number) => void;
  readonly threads?: number;
}

/** The results of `tasks` in their order, computed by worker threads. */
export function runInWorkers<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), tasks.length));
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    if (tasks.length === 0) return resolve(results);
    const settle = (index: number, result: R) => {
      results[index] = result;
      finished++;
      options.onResult?.(result, index);
      if (finished === tasks.length) resolve(results);
    };
    const start = () => {
      const worker = new Worker(options.script, {
        workerData: options.data,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
      });
      let current: number | undefined;
      const feed = () => {
        if (next >= tasks.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, task: tasks[current] } satisfies Request<T>);
      };
      worker.on('message', (reply: Reply<R>) => {
        settle(reply.index, reply.result);
        feed();
      });
      worker.on('error', (error) => {
        if (current === undefined) return;
        const lost = current;
        current = undefined;
        settle(lost, options.failed(tasks[lost], error));
        if (next < tasks.length) start();
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}

/** In a worker thread: answers each task with `run(task, workerData)`. */
export function serveTasks<T, R>(run: (task: T, data: unknown) => Promise<R>): void {
  parentPort?.on('message', async ({ index, task }: Request<T>) => {
    parentPort?.postMessage({ index, result: await run(task, workerData) } satisfies Reply<R>);
  });
}
