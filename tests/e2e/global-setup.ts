// Starts one preview server of the built app for every browser test file.
import type { TestProject } from 'vitest/node';
import { serveDist } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, server } = await serveDist();
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
