/**
 * The task pane's Web Worker: runs the core's pipeline on the sheets the Excel host read, so a
 * build of a large tracker never holds the pane's thread. Office.js stays on the main thread
 * (a worker has no `Office` or `Excel`); only plain data comes in and goes out.
 */
import { runPipeline, type PipelineOptions } from '../core/pipeline';
import type { RawSheet } from '../core/types';
import { serveCalls } from './workerCalls';

/** What the pane sends for one build. */
export type PipelineCall = { sheets: RawSheet[]; options: PipelineOptions };

serveCalls(self, {
  runPipeline: ({ sheets, options }: PipelineCall) => runPipeline(sheets, options),
});
