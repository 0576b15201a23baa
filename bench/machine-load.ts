// The machine's load when a measurement ran: on a shared machine a slow figure means little without it.
import { availableParallelism, loadavg } from 'node:os';

export interface MachineLoad {
  /** When it was read (ISO). */
  at: string;
  /** The load average over 1, 5 and 15 minutes (runnable processes; compare with `cpus`). */
  avg1: number;
  avg5: number;
  avg15: number;
  cpus: number;
}

export function machineLoad(): MachineLoad {
  const [avg1 = 0, avg5 = 0, avg15 = 0] = loadavg();
  return { at: new Date().toISOString(), avg1, avg5, avg15, cpus: availableParallelism() };
}

export function formatLoad(load: MachineLoad): string {
  return `${load.avg1.toFixed(2)} ${load.avg5.toFixed(2)} ${load.avg15.toFixed(2)} (1, 5, 15 min; ${load.cpus} cores)`;
}
