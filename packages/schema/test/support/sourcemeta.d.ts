// The package ships JavaScript only; this is the part of npm/main.js the differential test calls.
declare module "@sourcemeta/jsonschema" {
  export function spawn(args: string[], options?: { json?: boolean } & import("node:child_process").SpawnOptions): Promise<{ code: number; stdout: string; stderr: string }>;
}
