/**
 * How a process of ours ends on SIGINT or SIGTERM: it runs its own `stop` (stop accepting, drain
 * the requests in flight, store the audit queue, close the database) and exits 0. This is the
 * only handler: Apollo Server's own (`stopOnTerminationSignals`) is turned off wherever we build
 * one, because two concurrent stops of one Apollo Server never finish (the second waits on a
 * barrier the first does not release) and its handler re-sends the signal to the process.
 *
 * A stop that has not finished by `deadlineMs` is cut off with exit code 1, and so is the process
 * on a second signal: an operator's Ctrl-C, or an orchestrator, always ends it.
 */
import { DRAIN_TIMEOUT_MS } from "../http/http-server.js";
import { log } from "../log.js";

/** Room for the gateway's drain, then the subgraphs', then storing the audit queue. */
export const STOP_DEADLINE_MS = 2 * DRAIN_TIMEOUT_MS + 5_000;

export function stopOnTermination(stop: () => Promise<void>, deadlineMs = STOP_DEADLINE_MS): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, "second signal while stopping: exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "shutting down");
    setTimeout(() => {
      log.error({ deadlineMs }, "shutdown did not finish in time: exiting");
      process.exit(1);
    }, deadlineMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
