export {
  ImportError,
  importRelease,
  type ImportInput,
  type ImportResult,
  type ImportWarning,
} from "./import-release.js";
