/** One event of a Chromium trace (Trace Event Format); times in microseconds. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}
export interface ExtensionTask {
  start: number;
  duration: number;
  what: string[];
  kind: 'own' | 'in-page-task' | 'frame';
  taskMs?: number;
  cut: boolean;
}
export function pageMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number };
export function loadEventTs(events: TraceEvent[], pageUrl: string): number | undefined;
export function extensionTasks(
  events: TraceEvent[],
  options: { extensionId: string; pageUrl: string },
): { tasks: ExtensionTask[]; shared: { start: number; duration: number; what: string[]; cut: boolean }[]; traceEnd: number };
